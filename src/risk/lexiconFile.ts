/**
 * The lexicons that ship in locales/<lng>/risk-lexicon.json, imported as modules so src/risk does no
 * file access: validated and compiled once, at first use. They stay data a safeguarding lead edits;
 * an edit takes effect at the next build (`npm start` and the risk scripts rebuild first when a
 * lexicon is newer than the build: scripts/ensure-built.cjs).
 */
import cyLexiconJson from '../../locales/cy/risk-lexicon.json';
import enGbLexiconJson from '../../locales/en-GB/risk-lexicon.json';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/locale';
import { type CompiledLexicons, compileLexicons } from './compile';
import { type Lexicon, parseLexicon } from './lexiconSchema';

/** Where each shipped lexicon lives in the repository, for messages that name it. */
export const LEXICON_SOURCES: Readonly<Record<SupportedLocale, string>> = {
  'en-GB': 'locales/en-GB/risk-lexicon.json',
  cy: 'locales/cy/risk-lexicon.json',
};

const SHIPPED_LEXICONS: Readonly<Record<SupportedLocale, unknown>> = { 'en-GB': enGbLexiconJson, cy: cyLexiconJson };

const lexicons = new Map<SupportedLocale, Lexicon>();

export function loadLexicon(locale: SupportedLocale): Lexicon {
  const cached = lexicons.get(locale);
  if (cached) return cached;
  const source = LEXICON_SOURCES[locale];
  const lexicon = parseLexicon(SHIPPED_LEXICONS[locale], source);
  if (lexicon.locale !== locale) throw new Error(`${source} says it is for ${lexicon.locale}, not ${locale}`);
  lexicons.set(locale, lexicon);
  return lexicon;
}

let compiled: CompiledLexicons | undefined;

/** Both lexicons compiled together, so any message is read in both languages. */
export function defaultCompiledLexicons(): CompiledLexicons {
  if (!compiled) compiled = compileLexicons(SUPPORTED_LOCALES.map((locale) => loadLexicon(locale)));
  return compiled;
}
