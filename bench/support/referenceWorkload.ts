/**
 * A fixed piece of plain JavaScript that depends on none of the project's code: the same strings, Map, array and sort
 * work in every run, on every build. Timed in rounds interleaved with a benchmark's own rounds, its rate shows how fast
 * the machine was in those same minutes: on this shared VM the speed of one core swings twofold between hours, and a
 * slow hour lowers this rate and the benchmark's together, while a slower build lowers only the benchmark's.
 */
import { type RoundRate, timeRounds } from './rounds';

/** Words the kernel counts: a fixed list, so each run does the same work. */
const WORDS =
  'she said he hit her and she is scared to go home tonight mae hi yn dweud ei bod hi eisiau mynd adref'.split(' ');
/** Kernel passes in one timed round: about 30 ms of one core on the development machine. */
const PASSES_PER_ROUND = 10;
/** Words each pass builds and counts. */
const WORDS_PER_PASS = 4000;

/**
 * One pass: builds WORDS_PER_PASS short strings, counts them in a Map, sorts the counts and joins the most common. The
 * return value depends on all of it, so the engine cannot leave any of it out.
 */
export function referencePass(): number {
  const counts = new Map<string, number>();
  const lengths: number[] = [];
  for (let i = 0; i < WORDS_PER_PASS; i += 1) {
    const word = `${WORDS[i % WORDS.length]}${i % 53}`;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    lengths.push(word.length * 31 + (i % 17));
  }
  lengths.sort((a, b) => a - b);
  const common = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
    .map(([word]) => word)
    .join(' ');
  return counts.size + lengths[lengths.length >> 1] + common.length;
}

/** A checksum of every pass run, read once at the end so no pass can be optimised away. */
let checksum = 0;

/** Times one round of the reference workload (PASSES_PER_ROUND passes): its rate is passes per second, wall and CPU. */
export function timeReferenceRound(): RoundRate {
  const passes = Array.from({ length: PASSES_PER_ROUND }, (_, pass) => pass);
  return timeRounds(passes, () => (checksum += referencePass()), 1)[0];
}

/** The checksum of every pass so far (the same for the same number of passes, on any machine). */
export function referenceChecksum(): number {
  return checksum;
}
