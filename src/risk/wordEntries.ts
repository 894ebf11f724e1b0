/**
 * One entry per distinct word form, shared by the tokenizer, the matcher and the learned reader. Words repeat across
 * messages, so what each of them works out about a word is kept in its entry, and a message's word is looked up once
 * (by the tokenizer), not once by each: three look-ups by string a word, in tables larger than the processor's cache,
 * were about a sixth of the whole reading.
 */
import type { WordFeatures } from './features';
import type { Resolved } from './matcher';
import type { TokenizeOptions } from './tokenize';

export interface WordEntry {
  /** The normalised word. */
  readonly form: string;
  /** What the tokenizer's spellings expand it to ("wanna" → "want", "to"), or undefined. */
  readonly spelling: readonly string[] | undefined;
  /**
   * The matcher's reading of the word (and of it elongated, "sooo"), for the compiled lexicons in `resolvedBy`:
   * another lexicon reads the word afresh.
   */
  resolvedBy: object | undefined;
  resolved: Resolved | undefined;
  resolvedElongated: Resolved | undefined;
  /** The learned reader's features of the word, for the frames table in `featuresBy`. */
  featuresBy: object | undefined;
  features: WordFeatures | undefined;
}

/** Past this many words the entries start again (hostile text must not grow them without bound). */
const ENTRY_LIMIT = 50_000;

/** One table per tokenizer options: a word's spelling depends on them (they never change once made). */
const tables = new WeakMap<TokenizeOptions, Map<string, WordEntry>>();

export function wordEntriesFor(options: TokenizeOptions): Map<string, WordEntry> {
  let table = tables.get(options);
  if (!table) {
    table = new Map();
    tables.set(options, table);
  }
  return table;
}

export function wordEntry(table: Map<string, WordEntry>, options: TokenizeOptions, form: string): WordEntry {
  const known = table.get(form);
  if (known) return known;
  if (table.size >= ENTRY_LIMIT) table.clear();
  const entry: WordEntry = {
    form,
    spelling: options.spellings.get(form),
    resolvedBy: undefined,
    resolved: undefined,
    resolvedElongated: undefined,
    featuresBy: undefined,
    features: undefined,
  };
  table.set(form, entry);
  return entry;
}
