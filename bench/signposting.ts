/**
 * Matching time for one query against a generated directory of 5,000 services (goal: under 5 ms).
 * The directory is generated deterministically and validated like a real one, then indexed once.
 */
import { performance } from 'node:perf_hooks';
import {
  DAYS,
  serviceDirectorySchema,
  TIERS,
  type Service,
  type ServiceDirectory,
} from '../src/signposting/directorySchema';
import { createMatcher, type RiskLevel, type SignpostingQuery } from '../src/signposting/matcher';
import { NEEDS, type LevelOfNeed } from '../src/signposting/needs';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';

const SERVICES = 5_000;
const QUERIES = 2_000;
const WARM_UP = 200;
const AREAS = Array.from({ length: 40 }, (_, i) => `Area ${i + 1}`);

/** Mulberry32: a small seeded generator, so every run measures the same directory and queries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function some<T>(rnd: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(rnd() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(rnd, list)))];
}

export function generateDirectory(size: number, seed = 42): ServiceDirectory {
  const rnd = random(seed);
  const services: Service[] = [];
  for (let i = 0; i < size; i++) {
    const tier = pick(rnd, TIERS);
    const national = rnd() < 0.2;
    const minimumAge = Math.floor(rnd() * 12);
    const text = { 'en-GB': `Generated service ${i}`, cy: `Gwasanaeth ${i}` };
    services.push({
      id: `generated-${i}`,
      name: text,
      organization: { name: `Provider ${i % 300}` },
      description: text,
      status: rnd() < 0.97 ? 'active' : 'inactive',
      scope: national ? 'national' : tier === 'school' ? 'school' : 'local',
      country: pick(rnd, ['england', 'wales', 'both'] as const),
      ...(national ? {} : { serviceAreas: some(rnd, AREAS, 1, 3) }),
      tier,
      crisis: rnd() < 0.02,
      eligibility: { minimumAge, maximumAge: minimumAge + 6 + Math.floor(rnd() * 14), audience: ['young-person'] },
      needs: some(rnd, NEEDS, 1, 5),
      levels: some(rnd, [1, 2, 3, 4] as const, 1, 3),
      access: { referral: some(rnd, ['self', 'parent', 'professional'] as const, 1, 3) },
      contacts: [
        { phone: `01632 960${String(i % 1000).padStart(3, '0')}` },
        { url: `https://service-${i}.example.org` },
      ],
      openingHours:
        rnd() < 0.1
          ? { alwaysOpen: true }
          : { sessions: [{ days: some(rnd, DAYS, 3, 7), opens: '09:00', closes: rnd() < 0.5 ? '17:00' : '21:00' }] },
      languages: rnd() < 0.1 ? ['cy', 'en'] : ['en'],
      ...(tier === 'specialist' ? { interimSupport: [text], typicalWait: { days: Math.floor(rnd() * 200) } } : {}),
      lastReviewed: '2026-01-01',
    });
  }
  return serviceDirectorySchema.parse({ services });
}

function queries(count: number, seed = 7): SignpostingQuery[] {
  const rnd = random(seed);
  const week = Date.parse('2026-11-23T00:00:00Z');
  return Array.from({ length: count }, () => ({
    needs: some(rnd, NEEDS, 1, 3),
    age: rnd() < 0.8 ? 4 + Math.floor(rnd() * 15) : undefined,
    level: pick(rnd, [1, 2, 3, 4] as const) as LevelOfNeed,
    area: rnd() < 0.7 ? pick(rnd, AREAS) : undefined,
    country: pick(rnd, ['england', 'wales', undefined] as const),
    now: new Date(week + Math.floor(rnd() * 7 * 24 * 60) * 60_000),
    risk: pick(rnd, ['none', 'none', 'concern', 'urgent', 'immediate'] as const) as RiskLevel,
    camhsConsidered: rnd() < 0.3,
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export async function run(): Promise<BenchResult[]> {
  const directory = generateDirectory(SERVICES);
  const built = performance.now();
  const matcher = createMatcher(directory);
  const buildMs = performance.now() - built;
  const all = queries(WARM_UP + QUERIES);
  let sink = 0;
  for (const q of all.slice(0, WARM_UP)) sink += matcher.match(q).suggestions.length;
  const times: number[] = [];
  for (const q of all.slice(WARM_UP)) {
    const start = performance.now();
    const result = matcher.match(q);
    times.push(performance.now() - start);
    sink += result.suggestions.length + result.crisis.length;
  }
  if (sink === 0) throw new Error('the generated queries matched nothing; the benchmark would measure nothing');
  times.sort((a, b) => a - b);
  return [
    { name: 'signposting: directory size', value: matcher.size, unit: 'services' },
    { name: 'signposting: index build (once, at start-up)', value: round(buildMs), unit: 'ms' },
    { name: 'signposting: match one query, p50', value: round(percentile(times, 50)), unit: 'ms', goal: '< 5 ms' },
    { name: 'signposting: match one query, p99', value: round(percentile(times, 99)), unit: 'ms', goal: '< 5 ms' },
    { name: 'signposting: match one query, max', value: round(times[times.length - 1] ?? Number.NaN), unit: 'ms' },
  ];
}

runWhenMain(module, run);
