/**
 * Referral store figures on the embedded Cosmos server the bot runs in development (journal on
 * disk, loopback HTTP), through the same repository code as the bot:
 *   - referrals written per second (each = the referral item + its `created` audit entry), one at
 *     a time and 8 in flight;
 *   - the duty queue: p50/p99 of loading one organisation's 500 open referrals (with other
 *     organisations' and closed referrals in the same container).
 * Bounded: fixed counts, about 10–20 s on a 2-core machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AuditActor } from '../src/referrals/audit';
import { close, submit } from '../src/referrals/lifecycle';
import type { DraftInput } from '../src/referrals/model';
import { cosmosReferralStores } from '../src/store/cosmosReferralStores';
import { RISK_LEVELS } from '../src/risk/types';
import { NEEDS } from '../src/signposting/needs';
import { openStore } from '../src/store/cosmosStore';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';

const REPORTER: AuditActor = { id: 'bench-reporter', role: 'reporter' };
const DUTY: AuditActor = { id: 'bench-duty', role: 'duty-worker' };
const QUEUE_SIZE = 500;
const QUEUE_LOADS = 200;

function input(organisationId: string, i: number): DraftInput {
  return {
    organisationId,
    reporter: {
      kind: 'msteams',
      aadObjectId: 'bench-reporter',
      name: 'Bench Reporter',
      role: 'teacher',
      callBackNumber: '01632 960000',
    },
    locale: 'en-GB',
    ageBand: '11-15',
    needs: [NEEDS[i % NEEDS.length], NEEDS[(i * 7) % NEEDS.length]].filter(
      (need, index, all) => all.indexOf(need) === index,
    ),
    // About 2 KB of free text, as a full triage record holds.
    account: {
      observations: [
        {
          questionId: 'observed',
          labelKey: 'triage:q.observed.label',
          answer: { kind: 'text', text: 'Observation text. '.repeat(30) },
        },
      ],
      childWords: [
        {
          questionId: 'childWords',
          labelKey: 'triage:q.childWords.label',
          answer: { kind: 'text', text: 'The child said this. '.repeat(20) },
        },
      ],
      opinions: [
        {
          questionId: 'opinion',
          labelKey: 'triage:q.opinion.label',
          answer: { kind: 'text', text: 'An opinion. '.repeat(20) },
        },
      ],
      context: [
        {
          questionId: 'home',
          labelKey: 'triage:q.home.label',
          answer: { kind: 'choices', values: ['changes'], labelKeys: ['triage:q.home.choices.changes'] },
        },
      ],
    },
    risk: { level: RISK_LEVELS[i % RISK_LEVELS.length], indicators: [] },
    levelOfNeed: { level: ((i % 4) + 1) as 1 | 2 | 3 | 4, reasons: ['emergingNeed'] },
    consent: { parentCarerAwareness: 'aware-consents' },
  };
}

async function inParallel(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-bench-referrals-'));
  const store = await openStore({ kind: 'embedded', dataDir, database: 'bench' });
  try {
    const { referrals } = cosmosReferralStores(store, { retentionDays: 9125 });

    const sequentialCount = 200;
    let started = performance.now();
    for (let i = 0; i < sequentialCount; i++) await referrals.createDraft(input('org-write', i), REPORTER);
    const sequentialRate = sequentialCount / ((performance.now() - started) / 1000);

    const parallelCount = 400;
    started = performance.now();
    await inParallel(parallelCount, 8, async (i) => {
      await referrals.createDraft(input('org-write', i), REPORTER);
    });
    const parallelRate = parallelCount / ((performance.now() - started) / 1000);

    // The queue: 500 open in one organisation, closed ones beside them, another organisation's too.
    await inParallel(QUEUE_SIZE + 100, 8, async (i) => {
      const draft = await referrals.createDraft(input('org-queue', i), REPORTER);
      const now = new Date();
      await referrals.update(
        'org-queue',
        draft.reference,
        (r) => (i < QUEUE_SIZE ? submit(r, now) : close(submit(r, now), 'advice-given', { id: 'bench-duty' }, now)),
        DUTY,
      );
    });
    const first = await referrals.listOpen('org-queue');
    if (first.length !== QUEUE_SIZE)
      throw new Error(`The queue held ${first.length} referrals, expected ${QUEUE_SIZE}`);

    const times: number[] = [];
    for (let i = 0; i < QUEUE_LOADS; i++) {
      const t0 = performance.now();
      await referrals.listOpen('org-queue');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return [
      {
        name: 'referrals: written per second, one at a time (referral + audit entry)',
        value: round(sequentialRate),
        unit: 'referrals/s',
        goal: '> 50 referrals/s',
      },
      {
        name: 'referrals: written per second, 8 in flight',
        value: round(parallelRate),
        unit: 'referrals/s',
        goal: '> 50 referrals/s',
      },
      {
        name: `referrals: duty queue of ${QUEUE_SIZE} open referrals, load p50`,
        value: round(percentile(times, 50)),
        unit: 'ms',
        goal: '< 200 ms',
      },
      {
        name: `referrals: duty queue of ${QUEUE_SIZE} open referrals, load p99`,
        value: round(percentile(times, 99)),
        unit: 'ms',
        goal: '< 200 ms',
      },
    ];
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runWhenMain(module, run);
