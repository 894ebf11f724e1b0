/**
 * Risk detection speed: typical messages assessed per second of one core (one thread, the whole reading: phrases and
 * the learned reader), as the median and spread of many short rounds in CPU and wall time; the phrase reading alone
 * for comparison; and the worst time for hostile inputs built to make a matcher backtrack or loop. Pure CPU, no
 * network. Run: npx tsc -p tsconfig.json && node dist/bench/risk.js
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { assessText, assessTextWith } from '../src/risk';
import { defaultCompiledLexicons } from '../src/risk/lexiconFile';
import { loadSplit } from '../src/riskTraining/labelledData';
import type { SupportedLocale } from '../src/i18n/locale';
import type { BenchResult } from './types';
import { type RoundRate, spreadOf, timeRounds } from './support/rounds';
import { referenceChecksum, referencePass, timeReferenceRound } from './support/referenceWorkload';
import { round } from './support/stats';
import { runWhenMain } from './support/standalone';

/**
 * The typical set is one message in this many of train and dev, in file order: every writer, both languages and every
 * level in proportion, and a round short enough (about a second) for many rounds in a benchmark run.
 */
const SAMPLE_EVERY = 4;
/** Rounds over the typical set, each reading every message of it once; the figure is their median. */
const ROUNDS = 15;
/** Untimed passes first: the lexicons and model load, the word entries fill, the JIT compiles the reading. */
const WARM_UP_PASSES = 2;
const HOSTILE_RUNS = 3;
/** Untimed passes of the reference workload with each warm-up pass, so its rounds run compiled code too. */
const REFERENCE_WARM_UP_PASSES = 20;
const messageSchema = z.object({ text: z.string(), locale: z.enum(['en-GB', 'cy']) });

function projectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json found above ${start}`);
    dir = parent;
  }
  return dir;
}

interface Message {
  text: string;
  locale: SupportedLocale;
}

/**
 * Typical messages: one in SAMPLE_EVERY of the labelled sets (test/risk-data/train and dev), realistic staff,
 * youth-worker and young people's messages in both languages, everyday ones and disclosures at every level, as the
 * bot receives them (bench/README.md says how the figure is made from them).
 */
function typicalMessages(): Message[] {
  const messages = [...loadSplit('train'), ...loadSplit('dev')]
    .filter((_, index) => index % SAMPLE_EVERY === 0)
    .map((m) => messageSchema.parse({ text: m.text, locale: m.locale }));
  if (messages.length === 0)
    throw new Error(`No labelled messages under ${join(projectRoot(__dirname), 'test', 'risk-data')}`);
  return messages;
}

const KB100 = 100 * 1024;

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Inputs meant to hurt: near-matches, long runs, stacked cues, invisible characters, markup. */
export const HOSTILE_INPUTS: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'repeated near-matches', text: repeatTo('i want to kil my self but not really i wanna dye kms lol ', KB100) },
  { name: 'one letter, no spaces', text: 'a'.repeat(KB100) },
  { name: 'one letter elongated words', text: repeatTo('sooooooooooooooooooooooooooooooooo ', KB100) },
  { name: 'many negation cues', text: `${repeatTo('no not never denies no signs of without ', KB100)} self-harm` },
  { name: 'gap-heavy phrase starts', text: repeatTo('going to to to to to to want want want to to ', KB100) },
  {
    name: 'zero-width inside every letter',
    text: repeatTo('k\u200bi\u200bl\u200bl m\u200by\u200bs\u200be\u200bl\u200bf ', KB100),
  },
  { name: 'emoji only', text: repeatTo('😂💀🔪🩸', KB100) },
  { name: 'HTML markup', text: repeatTo('<p><b>she</b> wants to <span style="x">die</span> &nbsp;</p>', KB100) },
  { name: 'spelled-out letters', text: repeatTo('k i l l m y s e l f ', KB100) },
  { name: 'Welsh and English mixed', text: repeatTo("mae hi'n dweud ei bod hi eisiau marw but she denies it ", KB100) },
  { name: 'other scripts', text: repeatTo('Я хочу умереть 我想死 أريد أن أموت ', KB100) },
  {
    name: 'one 100 KB sentence of risk words',
    text: repeatTo('suicide overdose knife abuse nudes county lines ', KB100),
  },
];

function millis(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Warms `assess` up on the messages, then times ROUNDS rounds of it over them, each followed by a round of the
 * reference workload (bench/support/referenceWorkload.ts), whose rates go into `reference`.
 */
function rounds(messages: readonly Message[], assess: (message: Message) => void, reference: RoundRate[]): RoundRate[] {
  for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) {
    for (const message of messages) assess(message);
    for (let warm = 0; warm < REFERENCE_WARM_UP_PASSES; warm += 1) referencePass();
  }
  return timeRounds(messages, assess, ROUNDS, () => reference.push(timeReferenceRound()));
}

export async function run(): Promise<BenchResult[]> {
  const messages = typicalMessages();
  const loadBefore = os.loadavg()[0];
  // The reference workload's rounds, one after each round of either reading: how fast the machine was meanwhile.
  const reference: RoundRate[] = [];
  const whole = rounds(messages, (message) => assessText(message.text, message.locale), reference);
  // The phrase reading alone on the same messages, so the learned reader's share of the time shows.
  const compiled = defaultCompiledLexicons();
  const phrasesOnly = rounds(messages, (message) => assessTextWith(compiled, message.text, message.locale), reference);
  const loadAfter = os.loadavg()[0];
  if (!Number.isFinite(referenceChecksum())) throw new Error('The reference workload went wrong');
  const referenceCpu = spreadOf(reference.map((rate) => rate.perCpuSecond));
  const referenceWall = spreadOf(reference.map((rate) => rate.perSecond));
  const cpu = spreadOf(whole.map((round) => round.perCpuSecond));
  const wall = spreadOf(whole.map((round) => round.perSecond));
  const phrasesCpu = spreadOf(phrasesOnly.map((round) => round.perCpuSecond));
  const ofRounds = `the whole reading's ${ROUNDS} rounds`;

  const results: BenchResult[] = [
    // The first three names are read by the project README's table and earlier results: kept as they were.
    {
      name: 'risk: typical messages assessed per second of one core (CPU time; phrases and learned reader)',
      value: cpu.median,
      unit: 'messages/s',
      goal: '>= 10000',
    },
    {
      name: 'risk: the same, per second of wall time (lower when other work shares the cores)',
      value: wall.median,
      unit: 'messages/s',
    },
    {
      name: 'risk: the same messages, phrase reading alone, per second of one core (for comparison)',
      value: phrasesCpu.median,
      unit: 'messages/s',
    },
    {
      name: `risk: the typical set (1 in ${SAMPLE_EVERY} of train and dev), read whole in each round`,
      value: messages.length,
      unit: 'messages',
    },
    {
      name: 'risk: rounds of each reading, timed after a warm-up: each figure above is their median',
      value: ROUNDS,
      unit: 'rounds',
    },
    { name: `risk: ${ofRounds}, CPU time: lowest`, value: cpu.lowest, unit: 'messages/s' },
    { name: `risk: ${ofRounds}, CPU time: lower quartile`, value: cpu.lowerQuartile, unit: 'messages/s' },
    { name: `risk: ${ofRounds}, CPU time: upper quartile`, value: cpu.upperQuartile, unit: 'messages/s' },
    { name: `risk: ${ofRounds}, CPU time: highest`, value: cpu.highest, unit: 'messages/s' },
    { name: `risk: ${ofRounds}, wall time: lowest`, value: wall.lowest, unit: 'messages/s' },
    { name: `risk: ${ofRounds}, wall time: highest`, value: wall.highest, unit: 'messages/s' },
    {
      name: `risk: the phrase reading's ${ROUNDS} rounds, CPU time: lowest`,
      value: phrasesCpu.lowest,
      unit: 'messages/s',
    },
    {
      name: `risk: the phrase reading's ${ROUNDS} rounds, CPU time: highest`,
      value: phrasesCpu.highest,
      unit: 'messages/s',
    },
    // The machine's own speed in the same minutes (bench/README.md, "Reading it on a shared machine").
    {
      name: `risk: reference workload (fixed plain JavaScript, not our code), ${reference.length} rounds between the readings' rounds, passes per second of one core (CPU time): median`,
      value: referenceCpu.median,
      unit: 'passes/s',
    },
    { name: 'risk: reference workload, CPU time: lowest', value: referenceCpu.lowest, unit: 'passes/s' },
    { name: 'risk: reference workload, CPU time: highest', value: referenceCpu.highest, unit: 'passes/s' },
    { name: 'risk: reference workload, wall time: median', value: referenceWall.median, unit: 'passes/s' },
    // Other work on the machine: CPU time holds up under it better than wall time, but not wholly (shared caches).
    { name: 'risk: load average (1 minute) before the rounds', value: round(loadBefore, 2), unit: '' },
    { name: 'risk: load average (1 minute) after the rounds', value: round(loadAfter, 2), unit: '' },
  ];
  let worst = 0;
  for (const input of HOSTILE_INPUTS) {
    let slowest = 0;
    for (let run = 0; run < HOSTILE_RUNS; run += 1) {
      const start = process.hrtime.bigint();
      assessText(input.text, 'en-GB');
      slowest = Math.max(slowest, millis(start));
    }
    worst = Math.max(worst, slowest);
    results.push({
      name: `risk: hostile input, ${input.name} (${Math.round(input.text.length / 1024)} KB)`,
      value: round(slowest),
      unit: 'ms',
    });
  }
  results.push({ name: 'risk: worst hostile input', value: round(worst), unit: 'ms', goal: '< 1000' });
  return results;
}

runWhenMain(module, run);
