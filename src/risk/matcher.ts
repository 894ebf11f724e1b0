/**
 * Finds every lexicon phrase in a list of words. Each word is first resolved to the term ids it can
 * stand for (the word itself, Welsh mutations, prefixes, shorter forms of an elongated word, and a
 * one-letter slip for the few long words marked fuzzy); then phrases are tried from their first word.
 */
import {
  type CompiledLexicons,
  type CompiledPhrase,
  idBit,
  MAX_GAP_WORDS,
  mixedIdBit,
  NUM_ID,
  type TrieNode,
} from './compile';
import { collapseVariants, type Token, tokenize, type WordResolver } from './tokenize';
import type { WordEntry } from './wordEntries';

export interface Resolved {
  readonly ids: readonly number[];
  readonly flags: number;
  /** Each id's bit (`idBit`) together: a trie node whose `idBits` share none has no child for this word. */
  readonly idBits: number;
  /** The same for each id's second bit (`mixedIdBit`, `TrieNode.mixedIdBits`). */
  readonly mixedIdBits: number;
  /**
   * The trie's first step for this word: the root's children for each of its ids, in id order. Kept with the
   * word, so a phrase start costs no look-up in the root's map (which has an entry for every first word).
   */
  readonly starts: readonly TrieNode[];
  /**
   * Three numbers for each of `starts`, in the same order: the id bits one of the words after the start word must
   * share for a phrase to go on from it (or READ_ALWAYS), the second bits likewise (`mixedIdBits`), then how many words
   * after it the start may step to (1, or GAP_REACH with gaps). Most starts only lead on by a word, or by gaps to
   * nodes that only lead on by a word, and most words near share no bit with them: tested with the word's entry
   * already read, the start's node need not be read.
   * One list, not two, because this reading mostly waits on memory: a second list would be a second wait per word.
   */
  readonly startTests: readonly number[];
}

/** A start that ends a phrase or has a "$" (or a gap to a node that does more than lead on): always read from. */
const READ_ALWAYS = -1;
/** The words a start with gaps may step to: the next, or the one after the longest gap compile.ts allows. */
const GAP_REACH = MAX_GAP_WORDS + 1;

/** What a phrase start needs of the words after it (see `Resolved.startTests`): its first bits, then its second. */
function startNeed(start: TrieNode): [number, number] {
  if (start.accepts.length > 0 || start.end !== null) return [READ_ALWAYS, READ_ALWAYS];
  let need = start.idBits;
  let mixedNeed = start.mixedIdBits;
  for (const gap of start.gaps) {
    if (!gap.onlyByWord) return [READ_ALWAYS, READ_ALWAYS];
    need |= gap.nextIdBits;
    mixedNeed |= gap.next.mixedIdBits;
  }
  return [need, mixedNeed];
}

/**
 * The id bits (`idBits`, or with `mixed` the second bits, `mixedIdBits`) of the `reach` words after `start`, up to the
 * end of its sentence (no phrase goes further). Each field read by its name: a field chosen by a string was a keyed
 * load the engine could not specialise (bitsAhead was about 3 % of the whole reading's samples).
 */
function bitsAhead(tokens: readonly ResolvedToken[], start: number, reach: number, mixed: boolean): number {
  const { sentence } = tokens[start];
  const last = Math.min(tokens.length - 1, start + reach);
  let bits = 0;
  for (let at = start + 1; at <= last; at += 1) {
    const token = tokens[at];
    if (token.sentence !== sentence) break;
    bits |= mixed ? token.mixedIdBits : token.idBits;
  }
  return bits;
}

/** A token made by `tokensFor`, with its ids, flags and phrase starts filled in. */
export type ResolvedToken = Token;

export interface PhraseMatch {
  readonly phrase: CompiledPhrase;
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
}

const EMPTY: Resolved = { ids: [], flags: 0, idBits: 0, mixedIdBits: 0, starts: [], startTests: [] };
const FUZZY_MIN = 6;
const FUZZY_MAX = 24;

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
  let bits = 0;
  const starts: TrieNode[] = [];
  for (const id of ids) {
    flags |= compiled.flags[id] ?? 0;
    bits |= idBit(id);
    const children = compiled.root.byId.get(id);
    // Each node once (a node whose slot holds two of the word's ids is listed under both): findPhrases reads each
    // start without a visited mark.
    if (children) for (const child of children) if (!starts.includes(child)) starts.push(child);
  }
  let mixedBits = 0;
  for (const id of ids) mixedBits |= mixedIdBit(id);
  const startTests = starts.flatMap((start) => [...startNeed(start), start.gaps.length > 0 ? GAP_REACH : 1]);
  return { ids: [...ids], flags, idBits: bits, mixedIdBits: mixedBits, starts, startTests };
}

/** The word's reading, kept in its shared entry (computed once per distinct word and lexicons). */
function resolvedOf(compiled: CompiledLexicons, entry: WordEntry, elongated: boolean): Resolved {
  if (entry.resolvedBy !== compiled) {
    entry.resolvedBy = compiled;
    entry.resolved = undefined;
    entry.resolvedElongated = undefined;
  }
  if (elongated) return (entry.resolvedElongated ??= computeResolved(compiled, entry.form, true));
  return (entry.resolved ??= computeResolved(compiled, entry.form, false));
}

/** One resolver per compiled lexicons, made once: `tokensFor` passes it to the tokenizer for every message. */
const resolvers = new WeakMap<CompiledLexicons, WordResolver>();

/**
 * The text's tokens with their ids, flags and phrase starts, each filled in as the token is made (not by a second pass
 * writing six fields into every token of every message).
 */
export function tokensFor(compiled: CompiledLexicons, text: string): ResolvedToken[] {
  let resolve = resolvers.get(compiled);
  if (!resolve) {
    resolve = (entry, elongated) => resolvedOf(compiled, entry, elongated);
    resolvers.set(compiled, resolve);
  }
  return tokenize(text, compiled.tokenizeOptions, resolve);
}

/** Longest span a phrase may cover; longer runs are cut (phrases are a few words, gaps at most 8). */
const MAX_SPAN = 64;

/**
 * Marks (trie node, offset from the start word) pairs already walked from the current start word, so a phrase with
 * several gaps is never explored twice from the same place: the walk is bounded by nodes × 64. Per node, the number
 * of the start word it was last reached from and a 64-bit set of offsets (two 32-bit halves): 12 bytes a node, so
 * the marks of a whole walk stay in cache, and a new start word clears a node's offsets only when it reaches it
 * (no buffer to wipe). One set per compiled lexicon, reused, so a message allocates nothing for it.
 */
interface Visited {
  readonly startOf: Uint32Array;
  readonly low: Uint32Array;
  readonly high: Uint32Array;
  start: number;
}
const visitedByLexicon = new WeakMap<CompiledLexicons, Visited>();

function visitedFor(compiled: CompiledLexicons): Visited {
  let visited = visitedByLexicon.get(compiled);
  if (!visited) {
    const size = compiled.nodeCount;
    visited = { startOf: new Uint32Array(size), low: new Uint32Array(size), high: new Uint32Array(size), start: 0 };
    visitedByLexicon.set(compiled, visited);
  }
  return visited;
}

/** Marks `node` at `offset` (below MAX_SPAN) as walked; false when it already was. */
function firstVisit(visited: Visited, node: number, offset: number): boolean {
  if (visited.startOf[node] !== visited.start) {
    visited.startOf[node] = visited.start;
    visited.low[node] = 0;
    visited.high[node] = 0;
  }
  const half = offset < 32 ? visited.low : visited.high;
  const bit = 1 << (offset & 31);
  if ((half[node] & bit) !== 0) return false;
  half[node] |= bit;
  return true;
}

/** A new start word: its number marks the nodes it reaches. After 2³² − 1 of them the numbers start again. */
function nextStart(visited: Visited): void {
  if (visited.start === 0xffffffff) {
    visited.startOf.fill(0);
    visited.start = 0;
  }
  visited.start += 1;
}

interface Walk {
  readonly tokens: readonly ResolvedToken[];
  start: number;
  sentence: number;
  readonly visited: Visited;
  readonly out: PhraseMatch[];
}

/** The words after `node` at `at`: each of the word's ids that leads on from the node. */
function stepByWord(state: Walk, node: TrieNode, at: number): void {
  const { tokens } = state;
  if (at >= tokens.length) return;
  const token = tokens[at];
  // Most words lead nowhere from most nodes: one test of the word's and the node's id bits, not one per id.
  if (token.sentence !== state.sentence || (node.idBits & token.idBits) === 0) return;
  for (const id of token.ids) {
    if ((node.idBits & idBit(id)) === 0 || (node.mixedIdBits & mixedIdBit(id)) === 0) continue;
    const children = node.byId.get(id);
    if (children) for (const child of children) walk(state, child, at + 1);
  }
}

function walk(state: Walk, node: TrieNode, at: number): void {
  const offset = at - state.start;
  if (offset >= MAX_SPAN || !firstVisit(state.visited, node.id, offset)) return;
  readFrom(state, node, at);
}

/** A node reached at `at`: the phrases it completes, then its "$", its gaps and the word at `at`. */
function readFrom(state: Walk, node: TrieNode, at: number): void {
  const { tokens } = state;
  for (const phrase of node.accepts) state.out.push({ phrase, first: state.start, last: at - 1 });
  if (node.end && (at >= tokens.length || tokens[at].clause !== tokens[at - 1].clause)) walk(state, node.end, at);
  for (const gap of node.gaps) {
    for (let skip = 0; skip <= gap.max; skip += 1) {
      const next = at + skip;
      if (skip > 0 && (next - 1 >= tokens.length || tokens[next - 1].sentence !== state.sentence)) break;
      if (!gap.onlyByWord) walk(state, gap.next, next);
      // A node after a gap that only leads on by a word (most gap targets) is tried at each place the gap may end
      // without a visit of its own, since a repeat visit would only reach children that the first already marked.
      // Most places hold no word that leads on: the gap's copy of the node's id bits says so without reading the node.
      else if (next - state.start < MAX_SPAN && next < tokens.length && (tokens[next].idBits & gap.nextIdBits) !== 0)
        stepByWord(state, gap.next, next);
    }
  }
  stepByWord(state, node, at);
}

/** Every phrase of every role found in the tokens, at every length it matches. */
export function findPhrases(compiled: CompiledLexicons, tokens: readonly ResolvedToken[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const visited = visitedFor(compiled);
  const state: Walk = { tokens, start: 0, sentence: 0, visited, out };
  for (let start = 0; start < tokens.length; start += 1) {
    const starts = tokens[start].starts;
    if (starts.length === 0) continue;
    // The root is reached once per start word and ends no phrase: its children are the word's `starts`. The trie is
    // a tree, so a root child is reached only from the root, once per start word: it needs no visited mark (most
    // walks are of these, and a mark is a write to three tables larger than the fastest cache).
    const { startTests } = tokens[start];
    const nextBits = bitsAhead(tokens, start, 1, false);
    // The words a start with gaps may reach, and the second bits, worked out only when a start needs them. A start
    // whose first bits pass is tested on its second bits before its node is read: on train and dev, 38 of the 47
    // starts a message read for their first bits found no child.
    let gapBits = -1;
    let nextMixedBits = -1;
    let gapMixedBits = -1;
    nextStart(visited);
    state.start = start;
    state.sentence = tokens[start].sentence;
    for (let k = 0; k < starts.length; k += 1) {
      const need = startTests[3 * k];
      if (need !== READ_ALWAYS) {
        const mixedNeed = startTests[3 * k + 1];
        if (startTests[3 * k + 2] === 1) {
          if ((need & nextBits) === 0) continue;
          if (nextMixedBits === -1) nextMixedBits = bitsAhead(tokens, start, 1, true);
          if ((mixedNeed & nextMixedBits) === 0) continue;
        } else {
          if (gapBits === -1) gapBits = bitsAhead(tokens, start, GAP_REACH, false);
          if ((need & gapBits) === 0) continue;
          if (gapMixedBits === -1) gapMixedBits = bitsAhead(tokens, start, GAP_REACH, true);
          if ((mixedNeed & gapMixedBits) === 0) continue;
        }
      }
      readFrom(state, starts[k], start + 1);
    }
  }
  return out;
}
