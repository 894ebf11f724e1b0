/**
 * Finds every lexicon phrase in a list of words. Each word is first resolved to the term ids it can
 * stand for (the word itself, Welsh mutations, prefixes, shorter forms of an elongated word, and a
 * one-letter slip for the few long words marked fuzzy); then phrases are tried from their first word.
 */
import { type CompiledLexicons, type CompiledPhrase, NUM_ID } from './compile';
import { collapseVariants, type Token } from './tokenize';

export interface Resolved {
  readonly ids: readonly number[];
  readonly flags: number;
}

/** A token after resolveTokens has filled in its ids and flags. */
export type ResolvedToken = Token;

export interface PhraseMatch {
  readonly phrase: CompiledPhrase;
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
}

const EMPTY: Resolved = { ids: [], flags: 0 };
const CACHE_LIMIT = 50_000;
const FUZZY_MIN = 6;
const FUZZY_MAX = 24;

const caches = new WeakMap<CompiledLexicons, Map<string, Resolved>>();

function cacheFor(compiled: CompiledLexicons): Map<string, Resolved> {
  let cache = caches.get(compiled);
  if (!cache) {
    cache = new Map();
    caches.set(compiled, cache);
  }
  return cache;
}

function isDigits(form: string): boolean {
  for (let i = 0; i < form.length; i += 1) {
    const code = form.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return form.length > 0;
}

function addExact(compiled: CompiledLexicons, form: string, ids: Set<number>): boolean {
  let found = false;
  const id = compiled.terms.get(form);
  if (id !== undefined) {
    ids.add(id);
    found = true;
  }
  const surfaces = compiled.surfaces.get(form);
  if (surfaces) for (const surfaceId of surfaces) ids.add(surfaceId);
  return found;
}

function addPrefixes(compiled: CompiledLexicons, form: string, ids: Set<number>): void {
  const longest = Math.min(form.length, compiled.maxPrefix);
  for (let length = compiled.minPrefix; length <= longest; length += 1) {
    const found = compiled.prefixes.get(form.slice(0, length));
    if (found) for (const id of found) ids.add(id);
  }
}

function addFuzzy(compiled: CompiledLexicons, form: string, ids: Set<number>): void {
  const direct = compiled.fuzzy.get(form);
  if (direct) for (const id of direct) ids.add(id);
  for (let i = 0; i < form.length; i += 1) {
    const found = compiled.fuzzy.get(form.slice(0, i) + form.slice(i + 1));
    if (found) for (const id of found) ids.add(id);
  }
}

function computeResolved(compiled: CompiledLexicons, form: string, elongated: boolean): Resolved {
  const ids = new Set<number>();
  let exact = addExact(compiled, form, ids);
  addPrefixes(compiled, form, ids);
  if (isDigits(form)) ids.add(NUM_ID);
  if (elongated) {
    for (const variant of collapseVariants(form)) {
      if (addExact(compiled, variant, ids)) exact = true;
      addPrefixes(compiled, variant, ids);
    }
  }
  if (!exact && form.length >= FUZZY_MIN && form.length <= FUZZY_MAX) addFuzzy(compiled, form, ids);
  if (ids.size === 0) return EMPTY;
  let flags = 0;
  for (const id of ids) flags |= compiled.flags[id] ?? 0;
  return { ids: [...ids], flags };
}

export function resolveWord(compiled: CompiledLexicons, form: string, elongated: boolean): Resolved {
  const cache = cacheFor(compiled);
  const key = elongated ? `${form}\u0000` : form;
  const cached = cache.get(key);
  if (cached) return cached;
  const resolved = computeResolved(compiled, form, elongated);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, resolved);
  return resolved;
}

/** Fills in each token's ids and flags in place (no copies: this runs for every word of every message). */
export function resolveTokens(compiled: CompiledLexicons, tokens: Token[]): ResolvedToken[] {
  for (const token of tokens) {
    const resolved = resolveWord(compiled, token.form, token.elongated);
    token.ids = resolved.ids;
    token.flags = resolved.flags;
  }
  return tokens;
}

function hasAny(ids: readonly number[], wanted: ReadonlySet<number>): boolean {
  for (const id of ids) if (wanted.has(id)) return true;
  return false;
}

const FAIL = -2;

/** The last token index of the longest match of `phrase` from slot `slot` at token `at`, or FAIL. */
function matchFrom(tokens: readonly ResolvedToken[], phrase: CompiledPhrase, slot: number, at: number, sentence: number): number {
  const slots = phrase.slots;
  if (slot === slots.length) return at - 1;
  const current = slots[slot];
  if (current.type === 'term') {
    if (at >= tokens.length || tokens[at].sentence !== sentence || !hasAny(tokens[at].ids, current.ids)) return FAIL;
    return matchFrom(tokens, phrase, slot + 1, at + 1, sentence);
  }
  if (current.type === 'end') {
    const atEnd = at >= tokens.length || tokens[at].clause !== tokens[at - 1].clause;
    return atEnd ? matchFrom(tokens, phrase, slot + 1, at, sentence) : FAIL;
  }
  let best = FAIL;
  for (let skip = 0; skip <= current.max; skip += 1) {
    const next = at + skip;
    if (skip > 0 && (next - 1 >= tokens.length || tokens[next - 1].sentence !== sentence)) break;
    const end = matchFrom(tokens, phrase, slot + 1, next, sentence);
    if (end > best) best = end;
  }
  return best;
}

/**
 * A phrase can be reached through two ids of one word; a stamp per phrase says it was already tried
 * at this word. One buffer per compiled lexicon, reused, so a message allocates nothing for it.
 */
interface Stamps {
  buffer: Int32Array;
  next: number;
}
const stampsByLexicon = new WeakMap<CompiledLexicons, Stamps>();

function stampsFor(compiled: CompiledLexicons): Stamps {
  let stamps = stampsByLexicon.get(compiled);
  if (!stamps) {
    stamps = { buffer: new Int32Array(compiled.phraseCount), next: 1 };
    stampsByLexicon.set(compiled, stamps);
  }
  return stamps;
}

/** Every phrase of every role found in the tokens, the longest match per phrase and start. */
export function findPhrases(compiled: CompiledLexicons, tokens: readonly ResolvedToken[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const stamps = stampsFor(compiled);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (stamps.next >= 0x7fffffff) {
      stamps.buffer.fill(0);
      stamps.next = 1;
    }
    const stamp = stamps.next;
    stamps.next += 1;
    for (const id of token.ids) {
      const phrases = compiled.firstIndex.get(id);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (stamps.buffer[phrase.uid] === stamp) continue;
        stamps.buffer[phrase.uid] = stamp;
        const last = matchFrom(tokens, phrase, 1, i + 1, token.sentence);
        if (last >= i) found.push({ phrase, first: i, last });
      }
    }
  }
  return found;
}
