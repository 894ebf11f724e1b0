/**
 * The labelled message sets under test/risk-data/{train,dev,test}: one JSON object a line, each a
 * realistic message labelled with the level a careful DSL would give. Read by the trainer
 * (`npm run risk:train`), the scorer (`npm run risk:score`), the tests and the benchmark — never by
 * the bot while it assesses a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../projectRoot';
import { RISK_INDICATORS, RISK_LEVELS } from '../risk/types';
import { SUPPORTED_LOCALES } from '../i18n/locale';

export const labelledMessageSchema = z.strictObject({
  id: z.string().optional(),
  locale: z.enum(SUPPORTED_LOCALES),
  level: z.enum(RISK_LEVELS),
  indicators: z.array(z.enum(RISK_INDICATORS)).optional(),
  register: z.string().optional(),
  /** "engineer" for hard `none` sentences written by the developers (train only). */
  source: z.string().optional(),
  text: z.string().min(1),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export function riskDataDir(split: Split): string {
  return join(projectRoot(), 'test', 'risk-data', split);
}

/** Parses JSON lines; a bad line throws with the file and line number. */
export function parseLabelledLines(content: string, file: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file} line ${index + 1}: not valid JSON`);
    }
    const parsed = labelledMessageSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${file} line ${index + 1}: ${parsed.error.message}`);
    out.push(parsed.data);
  });
  return out;
}

export function loadLabelledFile(file: string): LabelledMessage[] {
  return parseLabelledLines(readFileSync(file, 'utf8'), file);
}

/** Every *.jsonl file of a split, in file-name order (so training sees the same order every run). */
export function loadSplit(split: Split): LabelledMessage[] {
  const dir = riskDataDir(split);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => loadLabelledFile(join(dir, name)));
}
