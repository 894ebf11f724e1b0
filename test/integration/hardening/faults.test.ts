/**
 * Faults: the store stops mid-conversation, the connector answers 429 and 500, and the process is
 * killed (SIGKILL) between a disclosure and its delivery. Nothing acknowledged is lost, the person
 * is told what to do meanwhile, and the escalation arrives after a restart.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ConnectorStandIn, type Received } from '../../support/connectorStandIn';
import { allText, cardsOf, Conversation, textOf } from '../../support/conversationDriver';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';
import { continueTriage, LOW_RISK_CASE, runTriage } from '../../support/triage';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const isAlertFor = (c: Conversation) => (r: Received) =>
  r.conversationId === c.id &&
  r.method === 'POST' &&
  cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:'));

describe('the store stops mid-conversation', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ start: { sweepIntervalMs: 60_000 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('turns /readyz 503, gives the urgent contacts and says the report is not saved, then continues at the same question with nothing lost', async () => {
    const c = t.conversation();
    await c.say('hello');
    // Acknowledged before the outage: the role (the bot moved on to the organisation).
    const before = await runTriage(c, LOW_RISK_CASE, { stopBefore: 'organisation' });
    expect(allText(before.last.replies)).toContain('Which school or organisation are you from?');

    await t.bot.store.embedded?.pause();
    try {
      expect((await fetch(`${t.bot.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
      const started = Date.now();
      const during = await c.say('Before Outage Academy');
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`store outage: the reply came ${seconds.toFixed(1)} s after the message\n`);
      expect(during.status).toBeLessThan(500);
      const text = allText(during.replies);
      expect(text).toContain('Your report is not yet saved');
      expect(text).toContain('A child in immediate danger: call 999.');
      expect(text).toContain('Tell your Designated Safeguarding Lead');
      expect(text).toContain('Childline (for the child): 0800 1111');
      expect(text).toContain('NSPCC Helpline');
      expect(text).toContain('NHS 111');
      // Teams gives up on a request after 15 s: the person must hear back well before that.
      expect(seconds).toBeLessThan(15);
    } finally {
      await t.bot.store.embedded?.resume();
    }

    expect((await fetch(`${t.bot.url}/readyz`)).status).toBe(200);
    // The same question is still open: the organisation is taken now and what follows it comes next:
    // the call-back number if an alert was raised on the way (the risk reading may raise one), else the summary.
    const again = await c.say('Before Outage Academy');
    const alerted = /Nobody is on duty|No duty worker has received|I've sent this/.test(allText(before.all));
    expect(allText(again.replies)).toContain(
      alerted ? 'What number can the duty worker call you back on?' : 'Shall I log it?',
    );
    const rest = await continueTriage(c, again, LOW_RISK_CASE);
    expect(rest.asked).toContain('summary');
    const summary = allText(rest.all);
    expect(summary).toContain('Before Outage Academy');
    expect(summary).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
  });
});

describe('the connector answers 429 then 500', () => {
  it('still delivers the reply once: the connector client retries, honouring Retry-After', async () => {
    const t = await startTestBot({ start: { sweepIntervalMs: 60_000 } });
    try {
      const c = t.conversation();
      await c.say('hello');
      t.connector.failNext(1, { status: 429, retryAfterSeconds: 1, conversationId: c.id });
      t.connector.failNext(1, { status: 500, conversationId: c.id });
      const before = t.connector.forConversation(c.id).length;
      const started = Date.now();
      const posted = await c.post(c.activity({ type: 'message', text: 'help' }));
      const reply = await t.connector.waitFor(
        (r) => r.conversationId === c.id && textOf(r.activity).includes('What you can type at any time'),
        15_000,
      );
      const seconds = (reply.at - started) / 1000;
      process.stdout.write(
        `connector 429 (Retry-After 1 s) then 500: the reply arrived after ${seconds.toFixed(2)} s\n`,
      );
      expect(posted.status).toBe(200);
      expect(seconds).toBeGreaterThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(
        t.connector
          .forConversation(c.id)
          .slice(before)
          .filter((r) => textOf(r.activity).includes('What you can type at any time')),
      ).toHaveLength(1);
      // No error was shown to the person and none logged: the retries were invisible.
      expect(t.logs.join('')).not.toMatch(/"event":"turn\.error"/);
    } finally {
      await t.close();
    }
  });
});

// ---- the real server as a child process ------------------------------------------------------

/** Builds dist/ when a TypeScript source is newer than the last build (scripts/ensure-built.cjs). */
function ensureBuilt(): void {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-built.cjs')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    // tsc still emits when someone else's file has a type error; only a missing entry point is fatal.
    if (!existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) throw err;
  }
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface ChildBot {
  process: ChildProcess;
  url: string;
  output: string[];
  /** When /readyz first answered 200. */
  readyAt: number;
}

async function startChild(dataDir: string): Promise<ChildBot> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ESCALATION_ACK_MINUTES: '30',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return { process: child, url, output, readyAt: Date.now() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the bot did not become ready:\n${output.join('')}`);
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('SIGKILL between a disclosure and its delivery', () => {
  const children: ChildProcess[] = [];
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    ensureBuilt();
    connector = await new ConnectorStandIn().start();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) await killed(child);
    await connector.stop();
  });

  it('delivers the escalation card after the killed process is restarted on the same data', async () => {
    const dataDir = tempDataDir();
    const first = await startChild(dataDir);
    children.push(first.process);
    const dsl = new Conversation({
      botUrl: first.url,
      connector,
      user: { id: `29:${randomUUID()}`, name: 'Killed Dsl', aadObjectId: randomUUID() },
    });
    expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");

    // The duty worker's chat is unreachable, so the card stays in the outbox.
    connector.failNext(10_000, { status: 503, conversationId: dsl.id });
    const teacher = new Conversation({ botUrl: first.url, connector });
    const told = await teacher.say('she told me her stepdad hits her with a belt when he has been drinking');
    expect(allText(told.replies)).toContain("I've sent this to your duty safeguarding worker now");
    await killed(first.process);
    expect(first.process.signalCode).toBe('SIGKILL');
    expect(connector.received.filter(isAlertFor(dsl))).toHaveLength(0);

    connector.clearFailures();
    const restartedAt = Date.now();
    const second = await startChild(dataDir);
    children.push(second.process);
    const alert = await connector.waitFor(isAlertFor(dsl), 30_000);
    process.stdout.write(
      `SIGKILL: the restarted process was ready ${((second.readyAt - restartedAt) / 1000).toFixed(1)} s after its start; the escalation card arrived ${((alert.at - restartedAt) / 1000).toFixed(1)} s after its start (${((alert.at - second.readyAt) / 1000).toFixed(1)} s after ready)\n`,
    );
    expect(textOf(alert.activity)).toContain('physical abuse');
    expect(textOf(alert.activity)).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(connector.received.filter(isAlertFor(dsl))).toHaveLength(1);

    // The teacher's conversation survived too: it is not welcomed again as a stranger.
    teacher.retarget(second.url);
    const after = await teacher.say('help');
    expect(allText(after.replies)).toContain('What you can type at any time');
    expect(allText(after.replies)).not.toContain('act early');
  }, 90_000);
});
