/**
 * The phrase reading alone, for the tests of its rules: these behaviours must not depend on the learned reader, which
 * can only raise what the phrases give (learnedReader.ts covers it). One helper for every grouped reading file.
 */
import {
  assessTextWith,
  compareLevels,
  type RiskAssessment,
  type RiskIndicator,
  type RiskLevel,
} from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

export function phraseReading(text: string, locale: SupportedLocale): RiskAssessment {
  return assessTextWith(defaultCompiledLexicons(), text, locale);
}

/** The phrase reading reaches `level` or higher. */
export function readsAtLeast(text: string, locale: SupportedLocale, level: RiskLevel): boolean {
  return compareLevels(phraseReading(text, locale).level, level) >= 0;
}

/** `expectLevel(text, level, indicator?)` for one language; a failure names the sentence it read. */
export function expectPhraseLevelIn(
  locale: SupportedLocale,
): (text: string, level: RiskLevel, indicator?: RiskIndicator) => void {
  return (text, level, indicator) => {
    const assessment = phraseReading(text, locale);
    expect({ text, level: assessment.level }).toEqual({ text, level });
    if (indicator) expect(assessment.indicators).toContain(indicator);
  };
}

/** `below(text, level, locale?)` with a default language: the phrase reading stays under `level`. */
export function readsBelowIn(
  defaultLocale: SupportedLocale,
): (text: string, level: RiskLevel, locale?: SupportedLocale) => boolean {
  return (text, level, locale = defaultLocale) => !readsAtLeast(text, locale, level);
}
