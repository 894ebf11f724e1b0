/**
 * Finds every lexicon phrase in a list of words. Each word is first resolved to the term ids it can
 * stand for (the word itself, Welsh mutations, prefixes, shorter forms of an elongated word, and a
 * one-letter slip for the few long words marked fuzzy); then phrases are tried from their first word.
 */
import { type CompiledLexicons, type CompiledPhrase, NUM_ID, type TrieNode } from './compile';
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

/** Longest span a phrase may cover; longer runs are cut (phrases are a few words, gaps at most 8). */
const MAX_SPAN = 64;

/**
 * Marks (trie node, position) pairs already walked from the current start word, so a phrase with
 * several gaps is never explored twice from the same place: the walk is bounded by nodes × 64.
 * One buffer per compiled lexicon, reused, so a message allocates nothing for it. One byte per pair:
 * a node's 64 positions share one cache line (the buffer is larger than the cache), and the stamps
 * start again after 255 start words.
 */
interface Visited {
  buffer: Uint8Array;
  stamp: number;
}
const MAX_STAMP = 255;
const visitedByLexicon = new WeakMap<CompiledLexicons, Visited>();

function visitedFor(compiled: CompiledLexicons): Visited {
  let visited = visitedByLexicon.get(compiled);
  if (!visited) {
    visited = { buffer: new Uint8Array(compiled.nodeCount * MAX_SPAN), stamp: 0 };
    visitedByLexicon.set(compiled, visited);
  }
  return visited;
}

interface Walk {
  readonly tokens: readonly ResolvedToken[];
  start: number;
  sentence: number;
  readonly visited: Visited;
  readonly out: PhraseMatch[];
}

function walk(state: Walk, node: TrieNode, at: number): void {
  const offset = at - state.start;
  if (offset >= MAX_SPAN) return;
  const key = node.id * MAX_SPAN + offset;
  if (state.visited.buffer[key] === state.visited.stamp) return;
  state.visited.buffer[key] = state.visited.stamp;
  const { tokens } = state;
  for (const phrase of node.accepts) state.out.push({ phrase, first: state.start, last: at - 1 });
  if (node.end && (at >= tokens.length || tokens[at].clause !== tokens[at - 1].clause)) walk(state, node.end, at);
  for (const gap of node.gaps) {
    for (let skip = 0; skip <= gap.max; skip += 1) {
      const next = at + skip;
      if (skip > 0 && (next - 1 >= tokens.length || tokens[next - 1].sentence !== state.sentence)) break;
      walk(state, gap.next, next);
    }
  }
  if (at >= tokens.length || tokens[at].sentence !== state.sentence) return;
  for (const id of tokens[at].ids) {
    const children = node.byId.get(id);
    if (children) for (const child of children) walk(state, child, at + 1);
  }
}

/** Every phrase of every role found in the tokens, at every length it matches. */
export function findPhrases(compiled: CompiledLexicons, tokens: readonly ResolvedToken[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const visited = visitedFor(compiled);
  const state: Walk = { tokens, start: 0, sentence: 0, visited, out };
  for (let start = 0; start < tokens.length; start += 1) {
    if (tokens[start].ids.length === 0) continue;
    if (visited.stamp >= MAX_STAMP) {
      visited.buffer.fill(0);
      visited.stamp = 0;
    }
    visited.stamp += 1;
    state.start = start;
    state.sentence = tokens[start].sentence;
    walk(state, compiled.root, start);
  }
  return out;
}
