/**
 * One entry per distinct word form, shared by the tokenizer, the matcher and the learned reader. Words repeat across
 * messages, so what each of them works out about a word is kept in its entry, and a message's word is looked up once
 * (by the tokenizer), not once by each: three look-ups by string a word, in tables larger than the processor's cache,
 * were about a sixth of the whole reading.
 */
import { randomInt } from 'node:crypto';
import type { WordFeatures } from './features';
import type { Resolved } from './matcher';
import type { TokenizeOptions } from './tokenize';

export interface WordEntry {
  /** The normalised word. */
  readonly form: string;
  /** What the tokenizer's spellings expand it to ("wanna" → "want", "to"), or undefined. */
  readonly spelling: readonly string[] | undefined;
  /** It is one of the tokenizer's clause breakers ("but", "ond"): read once here, not from a Set for every token. */
  readonly breaksClause: boolean;
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

/**
 * The entries of one tokenizer options, found by the hash of their form in a flat table (open addressing) rather than
 * a Map by string. A Map look-up by a word just sliced from the text reads the Map's buckets, then the stored key
 * string, then the entry, each a wait on memory for a table of ~30,000 words (about a sixth of the phrase reading);
 * here a slot holds the form's hash beside its entry's number, so a miss or a collision is settled in the slot itself
 * and only the one entry whose hash matches is read and compared.
 */
export interface WordTable {
  /** Two numbers a slot: the form's hash, then its entry's index in `entries` plus one (0: the slot is empty). */
  slots: Int32Array;
  readonly entries: WordEntry[];
  /**
   * Each entry's form, in the same order: a matching hash is confirmed by the form read from here, not through its
   * entry (one wait on memory fewer for every word of every message).
   */
  readonly forms: string[];
}

/** Past this many words the entries start again (hostile text must not grow them without bound). */
const ENTRY_LIMIT = 50_000;
/** Slots to start with (a power of two); the table doubles when it is half full, so probes stay short. */
const FIRST_SLOTS = 4096;

/** One table per tokenizer options: a word's spelling depends on them (they never change once made). */
const tables = new WeakMap<TokenizeOptions, WordTable>();

export function wordEntriesFor(options: TokenizeOptions): WordTable {
  let table = tables.get(options);
  if (!table) {
    table = { slots: new Int32Array(2 * FIRST_SLOTS), entries: [], forms: [] };
    tables.set(options, table);
  }
  return table;
}

/**
 * A start for the hash drawn once per process: FNV-1a is not a keyed hash, so with a fixed start someone could write a
 * message of many words with one hash and make every look-up walk them all (V8 seeds its own string hash for the same
 * reason). Entries are found by their form, so no reading depends on the start.
 */
const HASH_START = (0x811c9dc5 ^ randomInt(0x40000000)) | 0;

/** FNV-1a over the form's UTF-16 units, from this process's start. */
function hashOf(form: string): number {
  let hash = HASH_START;
  for (let i = 0; i < form.length; i += 1) hash = Math.imul(hash ^ form.charCodeAt(i), 0x01000193);
  return hash;
}

/** The first slot to probe for a hash: its bits mixed (FNV's low bits alone cluster), masked to the table. */
function firstSlot(hash: number, slotCount: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 7) & (slotCount - 1);
}

function place(slots: Int32Array, hash: number, index: number): void {
  const slotCount = slots.length >> 1;
  let at = firstSlot(hash, slotCount);
  while (slots[2 * at + 1] !== 0) at = (at + 1) & (slotCount - 1);
  slots[2 * at] = hash;
  slots[2 * at + 1] = index + 1;
}

export function wordEntry(table: WordTable, options: TokenizeOptions, form: string): WordEntry {
  const hash = hashOf(form);
  const { slots, entries, forms } = table;
  const slotCount = slots.length >> 1;
  for (let at = firstSlot(hash, slotCount); ; at = (at + 1) & (slotCount - 1)) {
    const index = slots[2 * at + 1];
    if (index === 0) break;
    if (slots[2 * at] === hash && forms[index - 1] === form) return entries[index - 1];
  }
  if (entries.length >= ENTRY_LIMIT) {
    entries.length = 0;
    forms.length = 0;
    slots.fill(0);
  }
  const entry: WordEntry = {
    form,
    spelling: options.spellings.get(form),
    breaksClause: options.clauseBreakers.has(form),
    resolvedBy: undefined,
    resolved: undefined,
    resolvedElongated: undefined,
    featuresBy: undefined,
    features: undefined,
  };
  entries.push(entry);
  forms.push(form);
  if (2 * entries.length > slotCount) {
    // Half full: twice the slots, every entry placed again.
    table.slots = new Int32Array(4 * slotCount);
    entries.forEach((known, index) => place(table.slots, hashOf(known.form), index));
  } else place(slots, hash, entries.length - 1);
  return entry;
}
