/**
 * Compiles the account vocabularies with the risk lexicons' own reading: their spellings,
 * clitics, Welsh mutations, word flags (pronouns, relations, subjects), negation cues and clause
 * breakers — only the risk entries are swapped for account facts. Both languages are compiled
 * together, as the risk reading does, because staff mix Welsh and English.
 */
import { type CompiledLexicons, compileLexicons } from '../compile';
import type { Lexicon, LexiconEntry } from '../lexiconSchema';
import type { AccountVocabulary } from './vocabulary';

function accountEntries(vocabulary: AccountVocabulary): LexiconEntry[] {
  return Object.entries(vocabulary.facts).flatMap(([fact, phrases]) =>
    phrases && phrases.length > 0
      ? [
          {
            id: fact,
            indicators: [],
            level: 'concern' as const,
            kind: 'personal' as const,
            reason: fact,
            phrases: [...phrases],
          },
        ]
      : [],
  );
}

/** The risk lexicon with its entries, combinations and idioms replaced by the account's facts. */
export function accountLexicon(base: Lexicon, vocabulary: AccountVocabulary): Lexicon {
  const classes: Lexicon['classes'] = { ...base.classes };
  for (const [name, members] of Object.entries(vocabulary.classes)) {
    if (classes[name]) throw new Error(`account class @${name} would hide the risk lexicon's class of that name`);
    classes[name] = [...members];
  }
  return { ...base, classes, entries: accountEntries(vocabulary), combinations: [], idioms: [] };
}

export function compileAccountReading(
  sources: ReadonlyArray<{ readonly lexicon: Lexicon; readonly vocabulary: AccountVocabulary }>,
): CompiledLexicons {
  return compileLexicons(sources.map(({ lexicon, vocabulary }) => accountLexicon(lexicon, vocabulary)));
}
