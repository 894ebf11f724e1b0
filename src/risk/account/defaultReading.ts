/**
 * The account reading compiled from the shipped risk lexicons (read once by src/risk's own loader,
 * the only file access) and the account vocabularies in code.
 */
import type { CompiledLexicons } from '../compile';
import { loadLexicon } from '../lexiconFile';
import { compileAccountReading } from './compileAccount';
import { ENGLISH_ACCOUNT_VOCABULARY } from './vocabulary.en';
import { WELSH_ACCOUNT_VOCABULARY } from './vocabulary.cy';

let compiled: CompiledLexicons | undefined;

export function defaultAccountReading(): CompiledLexicons {
  if (!compiled) {
    compiled = compileAccountReading([
      { lexicon: loadLexicon('en-GB'), vocabulary: ENGLISH_ACCOUNT_VOCABULARY },
      { lexicon: loadLexicon('cy'), vocabulary: WELSH_ACCOUNT_VOCABULARY },
    ]);
  }
  return compiled;
}
