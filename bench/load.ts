/**
 * The bot under load, on loopback, next to a bare botbuilder echo bot run the same way in the same
 * run (issue 10 part 5, issue 2, issue 3). Each bot runs in its own process (the Navigator as
 * `start:production` runs it, its store in a process of its own, development mode, logs off);
 * autocannon and a fast connector stand-in run in this one.
 *
 *  - triage turns from 1,000 distinct Teams conversations, each answering the question it was
 *    last asked (turns/s, p50/p99), and the same shape against the echo bot: the ratios. Also
 *    against the echo bot saving a counter in conversation state on the same kind of store: what
 *    saving state each turn costs on this stack before a bot does anything else;
 *  - a simple message (`hello`) in existing conversations, the same three bots;
 *  - 50 messages sent at once into one conversation: all processed, replies in sending order;
 *  - server time per turn over 50 whole triages, one turn at a time;
 *  - RSS of a fresh bot process after 10,000 conversations were stored, with the store in its own
 *    process (the goal) and, for comparison, inside the bot as `npm start` runs it on a laptop.
 *
 * Bounded: about four minutes on two cores; every phase is capped (at most about eleven minutes).
 * Run: npm run bench -- load
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';
import { TeamsChat, syntheticPerson } from './support/activities';
import { CONNECTIONS, hammer, type LoadFigures, type Traffic } from './support/cannon';
import { startEchoBot, startNavigator, startStatefulEchoBot, type ChildBot, type StoreShape } from './support/child';
import { BenchConnector, type Arrival } from './support/connector';
import { closeConnections, postActivity } from './support/http';
import { postAllAtOnce } from './support/rawHttp';
import { percentile, round, sleep, sortedCopy } from './support/stats';
import { AskedQuestions, SCRIPTED_TRIAGE, nextTriageMessage } from './support/triage';

const CONVERSATIONS = 1_000;
/** Upper bound on giving each of the 1,000 conversations its first turn (also the warm-up). */
const PRIME_CAP_SECONDS = 60;
const MEASURE_SECONDS = 10;
const STORED_CONVERSATIONS = 10_000;
const STORE_CAP_SECONDS = 240;
const TIMED_TRIAGES = 50;
const UNTIMED_TRIAGES = 3;
/** No new triage starts after this long (the figures then say how many were timed). */
const TRIAGES_CAP_SECONDS = 120;
const AT_ONCE = 50;
const MB = 1024 * 1024;

/** Triage turns rotating through many conversations: each answers its pending question. */
class TriageTraffic implements Traffic {
  private cursor = 0;
  private readonly steps: number[];
  unplanned = 0;
  completed = 0;
  /** Messages built, and those that answered a pending question (the rest start a triage). */
  built = 0;
  answers = 0;

  /** With `asked`, answers follow the bot's questions; without, the scripted order (the echo bot asks nothing). */
  constructor(
    private readonly chats: readonly TeamsChat[],
    private readonly asked?: AskedQuestions,
  ) {
    this.steps = chats.map(() => 0);
    for (const chat of chats) asked?.track(chat.id);
  }

  nextBody(): string {
    const i = this.cursor++ % this.chats.length;
    const chat = this.chats[i] as TeamsChat;
    if (!this.asked) {
      const step = this.steps[i] ?? 0;
      this.steps[i] = step + 1;
      return chat.message(SCRIPTED_TRIAGE[step % SCRIPTED_TRIAGE.length] ?? 'start');
    }
    this.built += 1;
    const pending = this.asked.take(chat.id);
    const next = nextTriageMessage(pending);
    if (pending !== undefined) this.answers += 1;
    if (!next.planned) this.unplanned += 1;
    if (next.completes) this.completed += 1;
    return chat.message(next.text);
  }
}

/** The same words, round the same conversations. */
class RepeatTraffic implements Traffic {
  private cursor = 0;
  constructor(
    private readonly chats: readonly TeamsChat[],
    private readonly text: string,
  ) {}

  nextBody(): string {
    const chat = this.chats[this.cursor++ % this.chats.length] as TeamsChat;
    return chat.message(this.text);
  }
}

/** A new conversation for every request. */
class NewConversationTraffic implements Traffic {
  constructor(
    private readonly serviceUrl: string,
    private readonly text: string,
  ) {}

  nextBody(): string {
    return new TeamsChat(this.serviceUrl, syntheticPerson('Bench Teacher')).message(this.text);
  }
}

function chats(connector: BenchConnector, count: number): TeamsChat[] {
  return Array.from({ length: count }, () => new TeamsChat(connector.url, syntheticPerson('Bench Teacher')));
}

/** Load figures plus the bot process's CPU time per answered turn (less sensitive to a shared machine than turns/s). */
interface Measured extends LoadFigures {
  cpuPerTurn: number;
}

async function measured(bot: ChildBot, traffic: Traffic): Promise<Measured> {
  const before = (await bot.usage()).cpuMillis;
  const figures = await hammer(bot.url, traffic, { seconds: MEASURE_SECONDS });
  return { ...figures, cpuPerTurn: ((await bot.usage()).cpuMillis - before) / Math.max(figures.answered, 1) };
}

interface Comparison {
  navigator: Measured;
  echo: Measured;
  /** The echo bot saving a counter in conversation state on the store each turn, and nothing else. */
  statefulEcho: Measured;
}

async function triageLoad(
  bot: ChildBot,
  connector: BenchConnector,
  echo: boolean,
): Promise<{ figures: Measured; unplanned: number; completed: number; answerShare: number }> {
  const asked = echo ? undefined : new AskedQuestions(connector);
  try {
    const traffic = new TriageTraffic(chats(connector, CONVERSATIONS), asked);
    // Every conversation gets its first turn before the measured run, so that run is mostly answers.
    await hammer(bot.url, traffic, { amount: CONVERSATIONS, capSeconds: PRIME_CAP_SECONDS });
    const before = {
      unplanned: traffic.unplanned,
      completed: traffic.completed,
      answers: traffic.answers,
      built: traffic.built,
    };
    const figures = await measured(bot, traffic);
    return {
      figures,
      unplanned: traffic.unplanned - before.unplanned,
      completed: traffic.completed - before.completed,
      answerShare: (100 * (traffic.answers - before.answers)) / Math.max(traffic.built - before.built, 1),
    };
  } finally {
    asked?.detach();
  }
}

/** `hello` in conversations that already exist: each is greeted once first (that also warms up). */
async function helloLoad(bot: ChildBot, connector: BenchConnector): Promise<Measured> {
  const traffic = new RepeatTraffic(chats(connector, CONVERSATIONS), 'hello');
  await hammer(bot.url, traffic, { amount: CONVERSATIONS, capSeconds: PRIME_CAP_SECONDS });
  return measured(bot, traffic);
}

/**
 * A reference bot's figures under both traffic shapes (it asks nothing: answers follow the script); then it is stopped.
 */
async function referenceLoad(bot: ChildBot, connector: BenchConnector): Promise<{ triage: Measured; hello: Measured }> {
  try {
    return { triage: (await triageLoad(bot, connector, true)).figures, hello: await helloLoad(bot, connector) };
  } finally {
    await bot.stop();
  }
}

interface OrderFigures {
  accepted: number;
  processed: number;
  outOfOrder: number;
  interleaved: number;
}

/** 50 `help` messages into one conversation at once: each answered, the answers in sending order. */
async function orderCheck(bot: ChildBot, connector: BenchConnector): Promise<OrderFigures> {
  const chat = new TeamsChat(connector.url, syntheticPerson('Bench Teacher'));
  await postActivity(bot.url, chat.message('hello'));
  const ids = Array.from({ length: AT_ONCE }, (_, i) => `order-${String(i).padStart(2, '0')}-${randomUUID()}`);
  const replyTo: string[] = [];
  const stop = connector.listen((arrival: Arrival) => {
    if (arrival.conversationId !== chat.id) return;
    const match = /"replyToId":"([^"]+)"/.exec(arrival.body);
    if (match?.[1]) replyTo.push(match[1]);
  });
  let statuses: number[];
  try {
    statuses = await postAllAtOnce(
      bot.url,
      ids.map((id) => chat.message('help', id)),
    );
    await sleep(500);
  } finally {
    stop();
  }
  // The turn each reply answers, by sending position; a turn's replies must be contiguous.
  const positions = replyTo.map((id) => ids.indexOf(id)).filter((p) => p >= 0);
  const runs = positions.filter((p, i) => i === 0 || p !== positions[i - 1]);
  let outOfOrder = 0;
  for (let i = 1; i < runs.length; i += 1) if ((runs[i] ?? 0) < (runs[i - 1] ?? 0)) outOfOrder += 1;
  return {
    accepted: statuses.filter((s) => s === 200).length,
    processed: new Set(positions).size,
    outOfOrder,
    interleaved: runs.length - new Set(runs).size,
  };
}

/** Whole triages, one turn at a time, each turn timed from sending to the bot's answer (replies delivered). */
async function sequentialTriages(
  bot: ChildBot,
  connector: BenchConnector,
): Promise<{ times: number[]; turnsPerTriage: number[]; unplanned: number }> {
  const asked = new AskedQuestions(connector);
  const times: number[] = [];
  const turnsPerTriage: number[] = [];
  let unplanned = 0;
  const deadline = performance.now() + TRIAGES_CAP_SECONDS * 1000;
  try {
    for (let n = 0; n < UNTIMED_TRIAGES + TIMED_TRIAGES && performance.now() < deadline; n += 1) {
      const chat = new TeamsChat(connector.url, syntheticPerson('Bench Teacher'));
      asked.track(chat.id);
      const own: number[] = [];
      own.push((await postActivity(bot.url, chat.message('hello'))).ms);
      asked.take(chat.id);
      for (let turn = 0; turn < 60; turn += 1) {
        const next = nextTriageMessage(asked.take(chat.id));
        if (!next.planned) unplanned += 1;
        const posted = await postActivity(bot.url, chat.message(next.text));
        if (posted.status !== 200) throw new Error(`a triage turn was answered ${posted.status}`);
        own.push(posted.ms);
        if (next.completes) break;
      }
      if (n >= UNTIMED_TRIAGES) {
        times.push(...own);
        turnsPerTriage.push(own.length);
      }
    }
  } finally {
    asked.detach();
  }
  return { times: sortedCopy(times), turnsPerTriage, unplanned };
}

interface MemoryFigures {
  readyMs: number;
  idle: number;
  loaded: number;
  peak: number;
  /** The store's own process with them all (own-process shape only). */
  storeLoaded?: number;
  stored: number;
  failed: number;
  seconds: number;
}

/** A fresh bot process, 10,000 conversations given one turn each (their state written), then its RSS. */
async function memoryWithStoredConversations(connector: BenchConnector, shape: StoreShape): Promise<MemoryFigures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-bench-memory-'));
  const bot = await startNavigator(dataDir, shape);
  let stored = 0;
  const stop = connector.listen((arrival) => {
    // The first question arrives only after the conversation's state is saved.
    if (arrival.method === 'POST' && arrival.body.includes('"nodeId":"immediateDanger"')) stored += 1;
  });
  try {
    await sleep(2000);
    const idle = (await bot.usage()).rssBytes;
    const load = await hammer(bot.url, new NewConversationTraffic(connector.url, 'start'), {
      amount: STORED_CONVERSATIONS,
      capSeconds: STORE_CAP_SECONDS,
    });
    await sleep(3000);
    const loaded = await bot.usage();
    return {
      readyMs: bot.readyMs,
      idle,
      loaded: loaded.rssBytes,
      peak: loaded.peakRssBytes,
      storeLoaded: (await bot.store?.usage())?.rssBytes,
      stored,
      failed: load.failed,
      seconds: load.seconds,
    };
  } finally {
    stop();
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number) => round(value, 1);

function memoryRows(shape: string, m: MemoryFigures, goal?: string): BenchResult[] {
  const stored = STORED_CONVERSATIONS.toLocaleString('en-GB');
  return [
    { name: `memory (${shape}): RSS of the bot process, idle after start`, value: round(m.idle / MB, 1), unit: 'MB' },
    {
      name: `memory (${shape}): conversations stored (one turn each, state saved)`,
      value: m.stored,
      unit: 'conversations',
      goal: stored,
    },
    {
      name: `memory (${shape}): RSS of the bot process with ${stored} stored conversations`,
      value: round(m.loaded / MB, 1),
      unit: 'MB',
      ...(goal ? { goal } : {}),
    },
    { name: `memory (${shape}): peak RSS while storing them (VmHWM)`, value: round(m.peak / MB, 1), unit: 'MB' },
    { name: `memory (${shape}): failed turns while storing them`, value: m.failed, unit: 'turns', goal: '0' },
    { name: `memory (${shape}): time to store them`, value: round(m.seconds, 1), unit: 's' },
  ];
}

function loadRows(label: string, c: Comparison): BenchResult[] {
  const throughputRatio = (100 * c.navigator.turnsPerSecond) / c.echo.turnsPerSecond;
  const p99Ratio = c.navigator.p99 / Math.max(c.echo.p99, 1);
  const stateRatio = (100 * c.statefulEcho.turnsPerSecond) / c.echo.turnsPerSecond;
  return [
    {
      name: `load: ${label}, Navigator, turns per second`,
      value: round(c.navigator.turnsPerSecond, 1),
      unit: 'turns/s',
    },
    { name: `load: ${label}, Navigator, latency p50`, value: ms(c.navigator.p50), unit: 'ms' },
    { name: `load: ${label}, Navigator, latency p99`, value: ms(c.navigator.p99), unit: 'ms' },
    {
      name: `load: ${label}, Navigator, failed turns (non-2xx, errors, timeouts)`,
      value: c.navigator.failed,
      unit: 'turns',
      goal: '0',
    },
    { name: `load: ${label}, Navigator, bot process CPU per turn`, value: ms(c.navigator.cpuPerTurn), unit: 'ms' },
    { name: `load: ${label}, echo bot, turns per second`, value: round(c.echo.turnsPerSecond, 1), unit: 'turns/s' },
    { name: `load: ${label}, echo bot, latency p50`, value: ms(c.echo.p50), unit: 'ms' },
    { name: `load: ${label}, echo bot, latency p99`, value: ms(c.echo.p99), unit: 'ms' },
    { name: `load: ${label}, echo bot, bot process CPU per turn`, value: ms(c.echo.cpuPerTurn), unit: 'ms' },
    {
      name: `load: ${label}, echo bot saving conversation state in Cosmos, turns per second`,
      value: round(c.statefulEcho.turnsPerSecond, 1),
      unit: 'turns/s',
    },
    {
      name: `load: ${label}, echo bot saving conversation state in Cosmos, latency p99`,
      value: ms(c.statefulEcho.p99),
      unit: 'ms',
    },
    {
      name: `load: ${label}, echo bot saving conversation state in Cosmos, bot process CPU per turn`,
      value: ms(c.statefulEcho.cpuPerTurn),
      unit: 'ms',
    },
    {
      name: `load: ${label}, throughput, echo bot saving state as % of echo bot (the most any bot that saves state each turn can reach here)`,
      value: round(stateRatio, 1),
      unit: '%',
    },
    {
      name: `load: ${label}, throughput, Navigator as % of echo bot`,
      value: round(throughputRatio, 1),
      unit: '%',
      goal: '>= 70%',
    },
    { name: `load: ${label}, p99, Navigator ÷ echo bot`, value: round(p99Ratio, 2), unit: '×', goal: '<= 1.5×' },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const connector = await new BenchConnector().start();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-bench-load-'));
  try {
    // The bots take turns, never running at once, so neither steals the other's CPU.
    const navigator = await startNavigator(dataDir);
    let triage: Awaited<ReturnType<typeof triageLoad>>;
    let hello: Measured;
    let order: OrderFigures;
    let perTurn: Awaited<ReturnType<typeof sequentialTriages>>;
    try {
      perTurn = await sequentialTriages(navigator, connector);
      triage = await triageLoad(navigator, connector, false);
      hello = await helloLoad(navigator, connector);
      order = await orderCheck(navigator, connector);
    } finally {
      await navigator.stop();
    }

    const echo = await referenceLoad(await startEchoBot(), connector);
    // The state-saving echo bot's store keeps its data beside the Navigator's (stopped by now).
    const echoStateDir = path.join(dataDir, 'echo-state');
    mkdirSync(echoStateDir);
    const statefulEcho = await referenceLoad(await startStatefulEchoBot(echoStateDir), connector);

    const memory = await memoryWithStoredConversations(connector, 'own-process');
    const laptop = await memoryWithStoredConversations(connector, 'in-process');

    const turns = perTurn.turnsPerTriage;
    return [
      ...loadRows(
        `triage turns, ${CONVERSATIONS.toLocaleString('en-GB')} conversations, ${CONNECTIONS} connections, ${MEASURE_SECONDS} s`,
        { navigator: triage.figures, echo: echo.triage, statefulEcho: statefulEcho.triage },
      ),
      {
        name: 'load: triage turns, share of measured turns that answered a question (the rest began a triage)',
        value: round(triage.answerShare, 1),
        unit: '%',
      },
      {
        name: 'load: triage turns, whole triages completed during the measured run',
        value: triage.completed,
        unit: 'triages',
      },
      {
        name: 'load: triage turns, questions the plan had no answer for',
        value: triage.unplanned,
        unit: 'questions',
        goal: '0',
      },
      ...loadRows(`simple message (hello), existing conversations, ${CONNECTIONS} connections, ${MEASURE_SECONDS} s`, {
        navigator: hello,
        echo: echo.hello,
        statefulEcho: statefulEcho.hello,
      }),
      {
        name: `order: ${AT_ONCE} messages sent at once into one conversation, answered 200`,
        value: order.accepted,
        unit: 'messages',
        goal: String(AT_ONCE),
      },
      {
        name: `order: ${AT_ONCE} messages sent at once into one conversation, processed (a reply to each)`,
        value: order.processed,
        unit: 'messages',
        goal: String(AT_ONCE),
      },
      { name: `order: replies out of sending order`, value: order.outOfOrder, unit: 'replies', goal: '0' },
      {
        name: `order: turns whose replies were interleaved with another turn's`,
        value: order.interleaved,
        unit: 'turns',
        goal: '0',
      },
      {
        name: `triage: server time per turn, p50 (${turns.length} whole triages, one turn at a time)`,
        value: ms(percentile(perTurn.times, 50)),
        unit: 'ms',
      },
      { name: `triage: server time per turn, p99`, value: ms(percentile(perTurn.times, 99)), unit: 'ms' },
      {
        name: `triage: server time per turn, max`,
        value: ms(perTurn.times[perTurn.times.length - 1] ?? Number.NaN),
        unit: 'ms',
      },
      {
        name: `triage: turns per whole triage (hello to confirmed summary)`,
        value: round(turns.reduce((a, b) => a + b, 0) / Math.max(turns.length, 1), 1),
        unit: 'turns',
      },
      { name: `triage: questions the plan had no answer for`, value: perTurn.unplanned, unit: 'questions', goal: '0' },
      {
        name: 'startup: bot process spawned to listening (fresh data folder, store in its own process)',
        value: Math.round(memory.readyMs),
        unit: 'ms',
        goal: '< 10,000 ms',
      },
      {
        name: 'startup: bot process spawned to listening (fresh data folder, embedded store in the bot, as npm start)',
        value: Math.round(laptop.readyMs),
        unit: 'ms',
        goal: '< 10,000 ms',
      },
      ...memoryRows('store in its own process, as in production', memory, '< 250 MB'),
      {
        name: `memory: RSS of the store's own process holding them`,
        value: round((memory.storeLoaded ?? Number.NaN) / MB, 1),
        unit: 'MB',
      },
      ...memoryRows('embedded store in the bot, as npm start', laptop),
    ];
  } finally {
    await connector.stop();
    closeConnections();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runWhenMain(module, run);
