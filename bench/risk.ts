/**
 * Risk detection speed: messages assessed per second on typical messages (one thread, the whole
 * reading: phrases and the learned reader), and the
 * worst time for hostile inputs built to make a matcher backtrack or loop. Pure CPU, no network.
 * Run: npx tsc -p tsconfig.json && node dist/bench/risk.js
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { assessText, assessTextWith } from '../src/risk';
import { defaultCompiledLexicons } from '../src/risk/lexiconFile';
import { loadSplit } from '../src/riskTraining/labelledData';
import type { SupportedLocale } from '../src/i18n/locale';
import type { BenchResult } from './types';
import { runWhenMain } from './support/standalone';

const TYPICAL_SECONDS = 2;
const HOSTILE_RUNS = 3;

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

/**
 * Typical messages: the labelled sets (test/risk-data/train and dev), realistic staff, youth-worker
 * and young people's messages in both languages, read by the whole reading (phrases, then the
 * learned reader).
 */
function typicalMessages(): Array<{ text: string; locale: SupportedLocale }> {
  const messages = [...loadSplit('train'), ...loadSplit('dev')].map((m) =>
    messageSchema.parse({ text: m.text, locale: m.locale }),
  );
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
 * Messages per second of wall time and per second of this process's CPU time: on a shared machine
 * the wall-time rate falls with other work, while CPU time still says what one core does.
 */
function rate(
  messages: ReadonlyArray<{ text: string; locale: SupportedLocale }>,
  assess: (message: { text: string; locale: SupportedLocale }) => void,
): { perSecond: number; perCpuSecond: number } {
  let assessed = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  while (millis(started) < TYPICAL_SECONDS * 1000) {
    for (const message of messages) assess(message);
    assessed += messages.length;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    perSecond: Math.round(assessed / (millis(started) / 1000)),
    perCpuSecond: Math.round(assessed / ((cpu.user + cpu.system) / 1e6)),
  };
}

export async function run(): Promise<BenchResult[]> {
  const messages = typicalMessages();
  for (const message of messages) assessText(message.text, message.locale); // warm up: lexicon load, JIT
  const both = rate(messages, (message) => assessText(message.text, message.locale));
  // The phrase reading alone on the same messages, so the learned reader's share of the time shows.
  const compiled = defaultCompiledLexicons();
  const phrasesOnly = rate(messages, (message) => assessTextWith(compiled, message.text, message.locale));

  const results: BenchResult[] = [
    {
      name: 'risk: typical messages assessed per second of one core (CPU time; phrases and learned reader)',
      value: both.perCpuSecond,
      unit: 'messages/s',
      goal: '>= 10000',
    },
    {
      name: 'risk: the same, per second of wall time (lower when other work shares the cores)',
      value: both.perSecond,
      unit: 'messages/s',
    },
    {
      name: 'risk: the same messages, phrase reading alone, per second of one core (for comparison)',
      value: phrasesOnly.perCpuSecond,
      unit: 'messages/s',
    },
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
      value: Math.round(slowest * 10) / 10,
      unit: 'ms',
    });
  }
  results.push({ name: 'risk: worst hostile input', value: Math.round(worst * 10) / 10, unit: 'ms', goal: '< 1000' });
  return results;
}

runWhenMain(module, run);
