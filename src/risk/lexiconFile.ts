/**
 * Loads the lexicons from locales/<lng>/risk-lexicon.json once, synchronously, at first use, and
 * keeps the compiled result. The only file access in src/risk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/locale';
import { type CompiledLexicons, compileLexicons } from './compile';
import { type Lexicon, parseLexicon } from './lexiconSchema';

export const LEXICON_FILE_NAME = 'risk-lexicon.json';

export function lexiconPath(locale: SupportedLocale): string {
  return join(projectRoot(), 'locales', locale, LEXICON_FILE_NAME);
}

const lexicons = new Map<SupportedLocale, Lexicon>();

export function loadLexicon(locale: SupportedLocale): Lexicon {
  const cached = lexicons.get(locale);
  if (cached) return cached;
  const path = lexiconPath(locale);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the risk lexicon ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const lexicon = parseLexicon(json, path);
  if (lexicon.locale !== locale) throw new Error(`${path} says it is for ${lexicon.locale}, not ${locale}`);
  lexicons.set(locale, lexicon);
  return lexicon;
}

let compiled: CompiledLexicons | undefined;

/** Both lexicons compiled together, so any message is read in both languages. */
export function defaultCompiledLexicons(): CompiledLexicons {
  if (!compiled) compiled = compileLexicons(SUPPORTED_LOCALES.map((locale) => loadLexicon(locale)));
  return compiled;
}
