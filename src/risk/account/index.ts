/**
 * Story first (issue 17): readAccount reads a member of staff's own account into the triage answers
 * it states, so the bot can show them on one card for confirmation and ask only what is missing.
 */
import type { SupportedLocale } from '../../i18n/locale';
import { defaultFrames } from '../learnedReaderFile';
import { defaultAccountReading } from './defaultReading';
import { readAccountWith } from './readAccount';
import type { AccountFacts } from './types';

export { readAccountWith, MAX_ACCOUNT_LENGTH } from './readAccount';
export { compileAccountReading, accountLexicon } from './compileAccount';
export { accountFactsSchema, evidenceSchema, type AccountFacts, type Evidence } from './types';
export * from './optionIds';

/** Compiles the account reading now (about a second): call it at start-up, beside prepareRiskDetection. */
export function prepareAccountReading(): void {
  defaultAccountReading();
  defaultFrames();
}

export function readAccount(text: string, locale: SupportedLocale): AccountFacts {
  return readAccountWith(defaultAccountReading(), text, locale, defaultFrames());
}
