/**
 * Puts the learned reader beside the phrase reading. The learned reader can only raise the level
 * (never lower one, never remove an indicator); when it is unsure and the level is below urgent,
 * the assessment says `ask: true` so the bot asks one direct safety question.
 */
import type { SupportedLocale } from '../i18n/locale';
import type { CompiledLexicons } from './compile';
import { type ExplanationsOf, NO_EXPLANATIONS } from './explanationFeatures';
import type { LearnedReader, LearnedReading } from './learnedReader';
import { compareLevels, maxLevel } from './levels';
import type { Token } from './tokenize';
import type { RiskAssessment, RiskIndicator, RiskLevel } from './types';

const FALLBACK_REASON = {
  concern: 'Read as a concern by the learned reader (no listed phrase)',
  urgent: 'Read as urgent by the learned reader (no listed phrase)',
  immediate: 'Read as immediate danger by the learned reader (no listed phrase)',
} as const;

/**
 * Fewer words than this and the learned reader says nothing: n-gram statistics have no evidence in
 * "13", "none" or "teacher" (typed answers), and read such scraps as risk. Short explicit messages
 * ("kms", "self harm") are the phrase reading's.
 */
export const MIN_WORDS_FOR_LEARNED_READER = 3;

const LETTER = /\p{L}/u;

/** At least `count` tokens hold a letter; stops at the count, so a long message costs no more than a short one. */
function hasWords(tokens: readonly Token[], count: number): boolean {
  let words = 0;
  for (const token of tokens) {
    const code = token.form.charCodeAt(0);
    // A word starting with a plain letter answers without the Unicode test.
    if ((code >= 97 && code <= 122) || LETTER.test(token.form)) words += 1;
    if (words >= count) return true;
  }
  return false;
}

/**
 * A 999 call the learned reader makes alone (the phrases read the message below urgent) needs its urgent head to lean
 * clearly towards urgent, not just past its dev-chosen threshold (0.21–0.23, set for urgent recall), or the second
 * immediate model (P(immediate | urgent)) to be sure. Otherwise the learned level is urgent: the message is still
 * escalated, but the bot gives no 999 guidance on statistics alone. s22-L, rounds 37–39 left out: the learned reader
 * alone made 30 of the 58 999 calls on the held `none` messages, half of them with every immediate path agreeing and
 * the urgent head near its threshold. This rule takes 4 of them (a family flying to a wedding, not the glove brought
 * back to the door at P(urgent) 0.33) (dev 14 of 69) and no held or dev immediate message; at 0.3 it took 5 (dev 21)
 * and one dev immediate message (src/risk/README.md, s22-L). The phrases' own urgent is backing enough.
 */
export const LEARNED_ONLY_IMMEDIATE = { urgent: 0.27, immediateIfUrgent: 0.75 } as const;

/** A learned immediate may stand: the phrases read urgent, or the urgent head or the second immediate model is sure. */
export function learnedImmediateBacked(
  reading: Pick<LearnedReading, 'urgent' | 'immediateIfUrgent'>,
  byPhrases: RiskLevel,
): boolean {
  return (
    compareLevels(byPhrases, 'urgent') >= 0 ||
    reading.urgent >= LEARNED_ONLY_IMMEDIATE.urgent ||
    reading.immediateIfUrgent >= LEARNED_ONLY_IMMEDIATE.immediateIfUrgent
  );
}

/**
 * The learned level: urgent by either reader and a cue that it is happening now ("gets home", "right now", "not
 * breathing"), with the immediate head leaning that way, or the second immediate model sure, is immediate. Neither
 * raises a message that is not already urgent. A learned-only immediate needs `learnedImmediateBacked`, else urgent.
 */
function levelRead(
  learned: LearnedReader,
  reading: LearnedReading,
  byPhrases: RiskLevel,
  explanations: ExplanationsOf,
): RiskLevel {
  const byCue =
    // The urgent the cue acts on is the phrases' or the whole message's, never a window's alone; windows never read
    // immediate, so the learned level is then urgent at most too (LearnedReading.wholeLevel).
    maxLevel(reading.wholeLevel, byPhrases) === 'urgent' &&
    (learned.immediateByCue(reading) || learned.immediateIfUrgent(reading));
  const level = byCue ? 'immediate' : learned.levelOf(reading);
  // An urgent the learned reader reads alone needs its second urgent head, trained on the hard part (s25-L): without
  // it the message is a concern (and the bot asks its safety question: the urgent head still leans that way).
  if (
    compareLevels(byPhrases, 'urgent') < 0 &&
    compareLevels(level, 'urgent') >= 0 &&
    !learned.urgentConfirmed(reading, explanations)
  )
    return 'concern';
  return level === 'immediate' && !learnedImmediateBacked(reading, byPhrases) ? 'urgent' : level;
}

interface RestReading {
  readonly level: RiskLevel;
  readonly ask: boolean;
}

/**
 * The learned level of the message without its explained sentences, and whether the reader is unsure of that rest;
 * none when too little is left to read.
 */
function readRest(
  learned: LearnedReader,
  tokens: readonly Token[],
  explained: ReadonlySet<number>,
  byPhrases: RiskLevel,
  explanations: ExplanationsOf,
): RestReading {
  const rest = tokens.filter((token) => !explained.has(token.sentence));
  if (!hasWords(rest, MIN_WORDS_FOR_LEARNED_READER)) return { level: 'none', ask: false };
  const reading = learned.read(rest);
  const restExplanations = () => explanations().filter((feature) => !explained.has(feature.sentence));
  return { level: levelRead(learned, reading, byPhrases, restExplanations), ask: learned.shouldAsk(reading) };
}

export function raiseWithLearnedReader(
  byPhrases: RiskAssessment,
  learned: LearnedReader,
  tokens: readonly Token[],
  compiled: CompiledLexicons,
  locale: SupportedLocale,
  explained: ReadonlySet<number> = new Set(),
  /** What the message names after its alarms, for the second urgent head (explanationFeatures.ts, s26-M). */
  explanations: ExplanationsOf = NO_EXPLANATIONS,
): RiskAssessment {
  // Immediate already: the reader can raise nothing, and asks only below urgent, so its reading would change nothing.
  if (byPhrases.level === 'immediate' || !hasWords(tokens, MIN_WORDS_FOR_LEARNED_READER)) return byPhrases;
  const reading = learned.read(tokens);
  const learnedLevel = levelRead(learned, reading, byPhrases.level, explanations);
  // The phrases found an alarm and what it turned out to be ("'a man followed me' - it was her dad"): statistics
  // cannot tell the alarm from its explanation, so those sentences are raised to concern at most, and the rest of the
  // message is read on its own, as if the explained sentences were not there.
  const capped =
    explained.size > 0 && compareLevels(byPhrases.level, 'urgent') < 0 && compareLevels(learnedLevel, 'concern') > 0;
  // Reading the rest reuses the reader's feature buffers, so the whole message's indicators are taken first.
  const wholeIndicators = capped ? learned.indicatorsOf(reading) : undefined;
  const rest = capped ? readRest(learned, tokens, explained, byPhrases.level, explanations) : undefined;
  const level: RiskLevel = rest ? maxLevel('concern', rest.level) : learnedLevel;
  // Unsure of the explained alarm is no reason to ask: only of what the explanation does not reach.
  const unsure = rest ? rest.ask : learned.shouldAsk(reading);
  if (compareLevels(level, byPhrases.level) <= 0) {
    return compareLevels(byPhrases.level, 'urgent') < 0 && unsure ? { ...byPhrases, ask: true } : byPhrases;
  }
  const learnedIndicators = wholeIndicators ?? learned.indicatorsOf(reading);
  const added: RiskIndicator[] = level === 'immediate' ? ['immediate-danger', ...learnedIndicators] : learnedIndicators;
  const indicators = [...byPhrases.indicators];
  for (const indicator of added) if (!indicators.includes(indicator)) indicators.push(indicator);
  const reasonText =
    compiled.lexicons.get(locale)?.learned?.[level as 'concern' | 'urgent' | 'immediate'] ??
    FALLBACK_REASON[level as 'concern' | 'urgent' | 'immediate'];
  const raised: RiskAssessment = {
    level,
    indicators,
    matches: byPhrases.matches,
    reasons: [reasonText, ...byPhrases.reasons],
  };
  // Raised only to concern, and still unsure about urgent (or a weak signal): ask as well.
  return compareLevels(level, 'urgent') < 0 && (byPhrases.ask === true || unsure) ? { ...raised, ask: true } : raised;
}
