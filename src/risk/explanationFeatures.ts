/**
 * Explanation features for the second urgent head (s26-M): which contexts of the lexicons (locales/…/risk-lexicon.json
 * `contexts`: what an alarm turned out to be, a game, a reason, a laugh, an everyday absence…) the message names after
 * an alarm, in the alarm's sentence or the next. Each is a hashed feature whose weight the trainer learns (no hand
 * rule), so a safeguarding lead edits the contexts as data and the next retrain reads them. Only the second urgent head
 * reads them, and only when the model file says it was trained with them (`training.urgentConfirm.explanations`).
 */
import type { CompiledLexicons } from './compile';
import { featureSeed, hashWord } from './features';
import { sortFound, type Found } from './foundPhrases';
import { findPhrases, type ResolvedToken, tokensFor } from './matcher';
import type { Token } from './tokenize';

/** One feature and the sentence that names it (a reading of part of the message keeps only its sentences' ones). */
export interface ExplanationFeature {
  readonly sentence: number;
  readonly hash: number;
}

/**
 * A message's explanation features, found only when asked: the learned reader asks only for an urgent it makes alone,
 * and only when its model file was trained with them (LearnedReader.urgentConfirmScore).
 */
export type ExplanationsOf = () => readonly ExplanationFeature[];

/** No explanation features (a reading that has none to give). */
export const NO_EXPLANATIONS: ExplanationsOf = () => [];

/** Seeds apart from features.ts's (1–5): a context named after an alarm, and any explanation after one. */
const SEED_CONTEXT_AFTER_ALARM = featureSeed(12);
const SEED_EXPLAINED = featureSeed(13);

/**
 * For each context found after an alarm (a risk phrase of the lexicons, whatever its judged level) in the alarm's
 * sentence or in the next: the context's kind, and one feature shared by every kind.
 */
export function explanationFeatures(tokens: readonly Token[], found: Found): ExplanationFeature[] {
  if (found.contexts.size === 0 || found.risks.length === 0) return [];
  // Each sentence's first alarm.
  const alarmAt = new Map<number, number>();
  for (const risk of found.risks) {
    const sentence = tokens[risk.first].sentence;
    const before = alarmAt.get(sentence);
    if (before === undefined || risk.first < before) alarmAt.set(sentence, risk.first);
  }
  const out: ExplanationFeature[] = [];
  for (const [sentence, contexts] of found.contexts) {
    for (const context of contexts) {
      const alarm = alarmAt.get(sentence);
      if (!((alarm !== undefined && alarm < context.first) || alarmAt.has(sentence - 1))) continue;
      out.push({ sentence, hash: hashWord(SEED_CONTEXT_AFTER_ALARM, context.context) });
      out.push({ sentence, hash: SEED_EXPLAINED });
    }
  }
  return out;
}

/** The explanation features of a text read on its own (the trainer's view: tokens and phrases found afresh). */
export function explanationFeaturesOf(compiled: CompiledLexicons, text: string): ExplanationFeature[] {
  const tokens: ResolvedToken[] = tokensFor(compiled, text);
  return explanationFeatures(tokens, sortFound(tokens, findPhrases(compiled, tokens)));
}
