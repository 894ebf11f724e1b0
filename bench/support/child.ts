/**
 * Runs a bot in its own process, so what a benchmark measures (RSS, CPU) is the bot's alone and
 * the load generator does not share its event loop. The child prints "listening on <url>".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EMULATOR_KEY } from '../../src/store/embeddedCosmos';
import { projectRoot } from '../../src/projectRoot';
import { type ProcessUsage, processUsageSchema } from './processUsage';

export interface ChildBot {
  readonly url: string;
  readonly pid: number;
  /** Milliseconds from spawning the process to its "listening on" line. */
  readonly readyMs: number;
  /** The process's memory and CPU time so far, as it reports them itself (bench/support/usageReporter.ts). */
  usage(): Promise<ProcessUsage>;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/[^\s]+)/;

/** Preloaded into every child: it answers the usage question about itself. */
const USAGE_REPORTER = () => path.join(projectRoot(), 'dist', 'bench', 'support', 'usageReporter.js');

/** How long a live child may take to answer the usage question before the benchmark gives up on it. */
const USAGE_ANSWER_MS = 10_000;

/**
 * Asks a child started by startChild for its usage, and checks the answer. A child that has exited, or exits or
 * stays silent before answering, fails the benchmark with a reason instead of leaving it waiting for ever.
 */
async function askUsage(child: ChildProcess): Promise<ProcessUsage> {
  if (child.exitCode !== null || child.signalCode !== null || !child.connected)
    throw new Error(`the benchmarked process has exited (${child.exitCode ?? child.signalCode}); no usage to read`);
  // One controller ends both waits: on the answer, on the exit, or at the deadline.
  const done = new AbortController();
  const deadline = setTimeout(() => done.abort(), USAGE_ANSWER_MS);
  const answer = once(child, 'message', { signal: done.signal });
  const exit = once(child, 'exit', { signal: done.signal }).then(([code, killedBy]: unknown[]) => {
    throw new Error(`the benchmarked process exited (${String(code ?? killedBy)}) before reporting its usage`);
  });
  child.send('usage');
  try {
    const [message] = (await Promise.race([answer, exit])) as unknown[];
    return processUsageSchema.parse(message);
  } catch (error) {
    if (done.signal.aborted)
      throw new Error(`the benchmarked process did not report its usage within ${USAGE_ANSWER_MS} ms`, {
        cause: error,
      });
    throw error;
  } finally {
    clearTimeout(deadline);
    done.abort();
  }
}

/**
 * Starts `node <script>` with only `env` (and PATH): nothing from the caller's environment, such as
 * a real app id or Cosmos account, leaks into a benchmark.
 */
export function startChild(
  script: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[]; args?: string[]; readyTimeoutMs?: number } = {},
): Promise<ChildBot> {
  const { nodeArgs = [], args = [], readyTimeoutMs = 60_000 } = options;
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--require', USAGE_REPORTER(), script, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const spawnedAt = performance.now();
  let output = '';
  // If the benchmark dies or exits early, the bot must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} was not listening within ${readyTimeoutMs} ms:\n${output.slice(-2000)}`));
    }, readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTENING.exec(output);
      if (!match?.[1] || child.pid === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      // Keep draining the pipes so a chatty child never blocks on a full pipe.
      child.stdout?.resume();
      const pid = child.pid;
      resolve({
        url: match[1].replace(/\/$/, ''),
        pid,
        readyMs: performance.now() - spawnedAt,
        usage: () => askUsage(child),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}) before listening:\n${output.slice(-2000)}`));
    });
  });
}

/** Where the Navigator's store runs in a benchmark. */
export type StoreShape = 'own-process' | 'in-process';

export interface NavigatorBot extends ChildBot {
  /** The embedded store's process, when it runs in its own ('own-process'). */
  readonly store?: ChildBot;
}

/**
 * The Early Help Navigator (development mode, logs off) on the embedded store, with its data in
 * `dataDir`, started with the command each shape uses (START_SCRIPT):
 *  - 'own-process' (the default), as deployed: the store runs in a process of its own and the bot
 *    reaches it over loopback with the same @azure/cosmos client, as a deployed bot reaches Azure
 *    Cosmos DB, and the bot runs with `start:production`'s Node options. The bot process's CPU and
 *    memory are then the bot's alone, as they are in production.
 *  - 'in-process', as on a laptop: `npm start`, the store inside the bot's process.
 */
export async function startNavigator(dataDir: string, shape: StoreShape = 'own-process'): Promise<NavigatorBot> {
  const nodeOptions = botNodeOptions();
  const { script, nodeArgs } = npmScriptCommand(START_SCRIPT[shape]);
  const env = { PORT: '0', LOG_LEVEL: 'silent', ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) };
  if (shape === 'in-process') return startChild(script, { ...env, DATA_DIR: dataDir }, { nodeArgs });
  return withOwnStore(dataDir, (store) =>
    startChild(script, { ...env, ...store, CHILD_KEY_SECRET: randomBytes(32).toString('hex') }, { nodeArgs }),
  );
}

/**
 * Starts the embedded store in a process of its own (data in `dataDir`), then a bot given the
 * COSMOS_ENDPOINT and COSMOS_KEY that reach it. Stopping the bot stops the store after it.
 */
async function withOwnStore(
  dataDir: string,
  startBot: (store: { COSMOS_ENDPOINT: string; COSMOS_KEY: string }) => Promise<ChildBot>,
): Promise<NavigatorBot> {
  const store = await startChild(
    path.join(projectRoot(), 'dist', 'bench', 'embeddedStore.js'),
    {},
    { args: [dataDir] },
  );
  try {
    const bot = await startBot({ COSMOS_ENDPOINT: store.url, COSMOS_KEY: EMULATOR_KEY });
    return {
      ...bot,
      store,
      async stop() {
        await bot.stop();
        await store.stop();
      },
    };
  } catch (error) {
    await store.stop();
    throw error;
  }
}

/** How each shape is started: App Service runs `start:production`'s command; a laptop runs `npm start`. */
export const START_SCRIPT: Record<StoreShape, string> = { 'own-process': 'start:production', 'in-process': 'start' };

/** An npm script's command (`node [options] <script>`), split so the benchmark runs exactly that. */
export function npmScriptCommand(name: string): { script: string; nodeArgs: string[] } {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = pkg.scripts?.[name] ?? '';
  const words = command.trim().split(/\s+/);
  const script = words.at(-1);
  if (words[0] !== 'node' || !script?.endsWith('.js'))
    throw new Error(`npm run ${name} is not "node [options] <script>": ${command || '(none)'}`);
  return { script: path.join(projectRoot(), script), nodeArgs: words.slice(1, -1) };
}

/**
 * Node options for the bot's process, to try a setting before it goes into the start script, e.g.
 * BENCH_BOT_NODE_OPTIONS="--max-old-space-size=192" npm run bench -- load. Unset: Node's defaults.
 */
export function botNodeOptions(): string | undefined {
  const value = process.env.BENCH_BOT_NODE_OPTIONS?.trim();
  return value ? value : undefined;
}

const ECHO_BOT_SCRIPT = () => path.join(projectRoot(), 'dist', 'bench', 'echoBot.js');

/** The reference: a bare botbuilder echo bot (bench/echoBot.ts). */
export function startEchoBot(): Promise<ChildBot> {
  return startChild(ECHO_BOT_SCRIPT(), { PORT: '0' });
}

/** The echo bot keeping conversation state on the embedded store in its own process, as the Navigator does. */
export function startStatefulEchoBot(dataDir: string): Promise<NavigatorBot> {
  return withOwnStore(dataDir, (store) => startChild(ECHO_BOT_SCRIPT(), { PORT: '0', ...store }));
}
