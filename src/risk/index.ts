/**
 * Risk detection: text and triage answers → RiskAssessment. Pure apart from reading the lexicons
 * once; no SDK types. The bot assesses every free-text message with assessText before moving on.
 */
import type { SupportedLocale } from '../i18n/locale';
import { assessTextWith } from './assessText';
import { defaultLearnedReader } from './learnedReaderFile';
import { defaultCompiledLexicons } from './lexiconFile';
import type { RiskAssessment } from './types';

export { ANSWER_RULE_NAMES, assessAnswer, isAnswerRuleName, type AnswerRuleName } from './answerRules';
export { combineAssessments } from './combine';
export { compileLexicons, type CompiledLexicons } from './compile';
export { assessTextWith } from './assessText';
export { lexiconSchema, parseLexicon, type Lexicon } from './lexiconSchema';
export { loadLexicon } from './lexiconFile';
export { compareLevels, maxLevel, NO_RISK } from './levels';
export * from './types';

/**
 * Loads, validates and compiles both lexicons and the learned reader now (about half a second). Call it at start-up so
 * a
 * broken lexicon stops the bot with a clear message instead of failing on the first message.
 */
export function prepareRiskDetection(): void {
  defaultCompiledLexicons();
  defaultLearnedReader();
}

/**
 * Assesses one message: the phrase reading (both lexicons, as mixed Welsh and English is common;
 * `locale` is the language preferred for reasons), raised — never lowered — by the learned reader.
 */
export function assessText(text: string, locale: SupportedLocale): RiskAssessment {
  return assessTextWith(defaultCompiledLexicons(), text, locale, defaultLearnedReader());
}

/**
 * The assessment when a member of staff answers yes to the bot's safety question ("Is anyone in
 * danger right now?"): immediate danger, so the 999 guidance and an escalation follow.
 */
export function safetyAnswerAssessment(locale: SupportedLocale): RiskAssessment {
  const reason =
    defaultCompiledLexicons().lexicons.get(locale)?.learned?.askedYes ??
    'The member of staff answered yes to "Is anyone in danger right now?"';
  return { level: 'immediate', indicators: ['immediate-danger'], matches: [], reasons: [reason] };
}
