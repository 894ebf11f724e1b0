/**
 * Escalation speed (issue 6): the time from a risk message's arrival at /api/messages to the
 * escalation card reaching the duty worker at the connector stand-in, and the escalations per second
 * one instance sustains. One duty worker is on duty (`on duty` in a Teams personal chat); every
 * disclosure comes from a new teacher's conversation. The bot runs in its own process, as
 * `npm start` runs it (development mode, logs off), with the embedded store in a process of its own.
 *
 * Bounded: about a minute. Run: npm run bench -- escalation
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';
import { TeamsChat, syntheticPerson } from './support/activities';
import { CONNECTIONS, hammer, type Traffic } from './support/cannon';
import { startNavigator } from './support/child';
import { BenchConnector, type Arrival } from './support/connector';
import { closeConnections, postActivity } from './support/http';
import { percentile, round, sleep, sortedCopy } from './support/stats';

/** A disclosure of physical harm: urgent, escalated at once (the same words as the escalation tests). */
const DISCLOSURE = 'She told me her stepdad hits her with a belt when he has been drinking';
const WARM_UP = 10;
const TIMED = 200;
const SUSTAINED_SECONDS = 10;
const DRAIN_TIMEOUT_MS = 30_000;
const CARD_TIMEOUT_MS = 10_000;

/** The escalation card's title, as the duty worker sees it (locales/en-GB/escalation.json card.title). */
const ALERT_MARK = 'Safeguarding alert:';

/** Each reporter's name is unique, so a card can be matched to the message that raised it. */
const reporterName = (n: number) => `Bench Reporter R${n}Z`;
const reporterOf = (body: string): number | undefined => {
  const match = /Bench Reporter R(\d+)Z/.exec(body);
  return match?.[1] ? Number(match[1]) : undefined;
};

class DisclosureTraffic implements Traffic {
  sent = 0;
  constructor(
    private readonly serviceUrl: string,
    private readonly firstReporter: number,
  ) {}

  nextBody(): string {
    const n = this.firstReporter + this.sent;
    this.sent += 1;
    return new TeamsChat(this.serviceUrl, syntheticPerson(reporterName(n))).message(DISCLOSURE);
  }
}

export async function run(): Promise<BenchResult[]> {
  const connector = await new BenchConnector().start();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-bench-escalation-'));
  const bot = await startNavigator(dataDir);
  try {
    const duty = new TeamsChat(connector.url, syntheticPerson('Bench Duty Worker'));
    const onDuty = connector.next(
      (a) => a.conversationId === duty.id && a.body.includes("You're on duty"),
      CARD_TIMEOUT_MS,
    );
    onDuty.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    await postActivity(bot.url, duty.message('on duty'));
    await onDuty;

    const isAlert = (a: Arrival) => a.conversationId === duty.id && a.method === 'POST' && a.body.includes(ALERT_MARK);

    // One at a time: the card's journey with nothing else in the way.
    const latencies: number[] = [];
    for (let n = 0; n < WARM_UP + TIMED; n += 1) {
      const teacher = new TeamsChat(connector.url, syntheticPerson(reporterName(n)));
      const card = connector.next((a) => isAlert(a) && reporterOf(a.body) === n, CARD_TIMEOUT_MS);
      card.catch(() => undefined); // awaited below; as above
      const sentAt = performance.now();
      const posted = await postActivity(bot.url, teacher.message(DISCLOSURE));
      if (posted.status !== 200) throw new Error(`a disclosure was answered ${posted.status}`);
      const arrived = await card;
      if (n >= WARM_UP) latencies.push(arrived.at - sentAt);
    }
    const sorted = sortedCopy(latencies);

    // Sustained: disclosures from several connections for a fixed time; every card must still arrive.
    const first = WARM_UP + TIMED;
    const delivered = new Set<number>();
    let lastCardAt = 0;
    const stop = connector.listen((a) => {
      if (!isAlert(a)) return;
      const n = reporterOf(a.body);
      if (n === undefined || n < first) return;
      delivered.add(n);
      lastCardAt = a.at;
    });
    const traffic = new DisclosureTraffic(connector.url, first);
    const cpuBefore = (await bot.usage()).cpuMillis;
    const startedAt = performance.now();
    const load = await hammer(bot.url, traffic, { seconds: SUSTAINED_SECONDS });
    const sendingEndedAt = performance.now();
    while (delivered.size < traffic.sent && performance.now() - sendingEndedAt < DRAIN_TIMEOUT_MS) await sleep(100);
    stop();
    const cpu = (await bot.usage()).cpuMillis - cpuBefore;
    const drained = delivered.size === traffic.sent;
    const span = (Math.max(lastCardAt, sendingEndedAt) - startedAt) / 1000;

    return [
      {
        name: `escalation: risk message arrival to card at the connector, p50 (${TIMED}, one at a time)`,
        value: round(percentile(sorted, 50), 1),
        unit: 'ms',
      },
      {
        name: 'escalation: risk message arrival to card at the connector, p99',
        value: round(percentile(sorted, 99), 1),
        unit: 'ms',
        goal: '< 250 ms',
      },
      {
        name: 'escalation: risk message arrival to card at the connector, max',
        value: round(sorted[sorted.length - 1] ?? Number.NaN, 1),
        unit: 'ms',
      },
      {
        name: `escalation: sustained, disclosures sent (${SUSTAINED_SECONDS} s, ${CONNECTIONS} connections, each from a new conversation)`,
        value: traffic.sent,
        unit: 'disclosures',
      },
      {
        name: 'escalation: sustained, failed disclosures (non-2xx, errors, timeouts)',
        value: load.failed,
        unit: 'disclosures',
        goal: '0',
      },
      {
        name: 'escalation: sustained, cards delivered to the duty worker',
        value: delivered.size,
        unit: 'cards',
        goal: `${traffic.sent} (one per disclosure)`,
      },
      {
        name: 'escalation: sustained, escalations per second (cards delivered ÷ time to the last card)',
        value: round(delivered.size / span, 1),
        unit: 'escalations/s',
      },
      { name: 'escalation: sustained, disclosure turn latency p99', value: round(load.p99, 1), unit: 'ms' },
      {
        name: 'escalation: sustained, bot CPU per escalation',
        value: round(cpu / Math.max(delivered.size, 1), 1),
        unit: 'ms',
      },
      {
        name: 'escalation: sustained, every card delivered within 30 s of the last disclosure',
        value: drained ? 1 : 0,
        unit: 'yes=1',
        goal: '1',
      },
    ];
  } finally {
    await bot.stop();
    await connector.stop();
    closeConnections();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runWhenMain(module, run);
