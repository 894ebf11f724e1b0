/**
 * Rates measured in many short rounds, summed up by their median and spread: on a shared machine one long timing
 * swings with whatever else runs, while the median of many rounds, and how far the rounds spread, say what one core
 * does and how far to trust it. Each round is timed both in this process's CPU time (`process.cpuUsage`, which a busy
 * second core does not inflate by taking the core away) and in wall time.
 */
import { percentile, sortedCopy } from './stats';

/** One round's rates: items per second of wall time and per second of this process's CPU time. */
export interface RoundRate {
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

/** The middle and the spread of a set of rates. */
export interface Spread {
  readonly median: number;
  readonly lowest: number;
  readonly lowerQuartile: number;
  readonly upperQuartile: number;
  readonly highest: number;
}

/**
 * Times `rounds` rounds, each `work` over every item once. `betweenRounds`, when given, runs after each round, outside
 * its timing (a reference workload timed in the same minutes, say).
 */
export function timeRounds<T>(
  items: readonly T[],
  work: (item: T) => void,
  rounds: number,
  betweenRounds?: () => void,
): RoundRate[] {
  const rates: RoundRate[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    for (const item of items) work(item);
    const cpu = process.cpuUsage(cpuBefore);
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push({
      perSecond: items.length / wallSeconds,
      perCpuSecond: items.length / ((cpu.user + cpu.system) / 1e6),
    });
    betweenRounds?.();
  }
  return rates;
}

/**
 * The median and quartiles by nearest rank (`percentile`, as the other benchmarks read p50 and p99): with an odd number
 * of rounds the median is the middle round itself.
 */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('No rounds to sum up');
  const sorted = sortedCopy(values);
  return {
    median: Math.round(percentile(sorted, 50)),
    lowest: Math.round(sorted[0]),
    lowerQuartile: Math.round(percentile(sorted, 25)),
    upperQuartile: Math.round(percentile(sorted, 75)),
    highest: Math.round(sorted[sorted.length - 1]),
  };
}
