/**
 * Runs a bot in its own process, so what a benchmark measures (RSS, CPU) is the bot's alone and
 * the load generator does not share its event loop. The child prints "listening on <url>".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './projectRoot';

export interface ChildBot {
  readonly url: string;
  readonly pid: number;
  /** Milliseconds from spawning the process to its "listening on" line. */
  readonly readyMs: number;
  /** Resident set size now, from /proc/<pid>/status (VmRSS). */
  rssBytes(): number;
  /** Peak resident set size so far (VmHWM). */
  peakRssBytes(): number;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/[^\s]+)/;

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]) * 1024;
}

/**
 * Starts `node <script>` with only `env` (and PATH): nothing from the caller's environment, such as
 * a real app id or Cosmos account, leaks into a benchmark.
 */
export function startChild(script: string, env: Record<string, string>, readyTimeoutMs = 60_000): Promise<ChildBot> {
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
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
        rssBytes: () => statusField(pid, 'VmRSS'),
        peakRssBytes: () => statusField(pid, 'VmHWM'),
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

/** The Early Help Navigator as `npm start` runs it: embedded store in `dataDir`, development mode, logs off. */
export function startNavigator(dataDir: string, env: Record<string, string> = {}): Promise<ChildBot> {
  const nodeOptions = botNodeOptions();
  return startChild(path.join(projectRoot(), 'dist', 'src', 'index.js'), { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}), ...env });
}

/**
 * Node options for the bot's process, to try a setting before it goes into the start script, e.g.
 * BENCH_BOT_NODE_OPTIONS="--max-old-space-size=192" npm run bench -- load. Unset: Node's defaults.
 */
export function botNodeOptions(): string | undefined {
  const value = process.env.BENCH_BOT_NODE_OPTIONS?.trim();
  return value ? value : undefined;
}

/** The reference: a bare botbuilder echo bot (bench/echoBot.ts). */
export function startEchoBot(): Promise<ChildBot> {
  return startChild(path.join(projectRoot(), 'dist', 'bench', 'echoBot.js'), { PORT: '0' });
}

/** CPU time (user + system) the process has used so far, in milliseconds, from /proc/<pid>/stat. */
export function cpuMillis(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ on Linux is 100 on every mainstream architecture. */
const CLOCK_TICKS_PER_SECOND = 100;
