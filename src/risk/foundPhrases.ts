/**
 * The found-phrase bookkeeping of a reading: the phrases a message holds, sorted by what they do (risks, idioms,
 * negation cues, contexts, parts of combinations), and the spans they cover.
 */
import type { CompiledCombination, CompiledEntry, ContextName, PhraseMeaning } from './compile';
import type { PhraseMatch, ResolvedToken } from './matcher';

export interface Span {
  readonly first: number;
  readonly last: number;
}

/** A risk phrase, or a combination whose parts were all found together. */
export interface Candidate extends Span {
  readonly entry: CompiledEntry;
  /** For a combination: where each part was found (negation is read before each). */
  readonly parts?: readonly Span[];
}

export interface Found {
  readonly risks: Array<PhraseMatch & { entry: CompiledEntry }>;
  readonly comboParts: Array<Span & { combination: CompiledCombination; part: number }>;
  readonly idiomsAt: ReadonlyMap<number, Span[]>;
  readonly negBeforeEndingAt: ReadonlyMap<number, Array<Extract<PhraseMeaning, { role: 'negBefore' }>>>;
  readonly negAfterStartingAt: ReadonlyMap<number, Array<Extract<PhraseMeaning, { role: 'negAfter' }>>>;
  /** sentence → the contexts found in it. */
  readonly contexts: ReadonlyMap<number, Array<Span & { context: ContextName }>>;
}

/** The map of a kind of phrase a message holds none of (shared, never written to). */
const NONE_FOUND: ReadonlyMap<number, never> = new Map<number, never>();

/**
 * Adds `value` to `key`'s list, making the map on its first entry: most messages hold no idiom, negation cue or
 * context, and four maps made for every message were about a quarter of the bytes of maps and sets a reading made.
 */
function pushTo<K, V>(map: Map<K, V[]> | undefined, key: K, value: V): Map<K, V[]> {
  const target = map ?? new Map<K, V[]>();
  const list = target.get(key);
  if (list) list.push(value);
  else target.set(key, [value]);
  return target;
}

/** The tokens inside "no longer", "no one"…: a negation cue there negates nothing. Undefined when there are none. */
function notNegatingTokens(matches: readonly PhraseMatch[]): Set<number> | undefined {
  let notNegating: Set<number> | undefined;
  for (const match of matches) {
    if (match.phrase.role !== 'negExcept') continue;
    notNegating ??= new Set<number>();
    for (let i = match.first; i <= match.last; i += 1) notNegating.add(i);
  }
  return notNegating;
}

export function sortFound(tokens: readonly ResolvedToken[], matches: readonly PhraseMatch[]): Found {
  const risks: Found['risks'] = [];
  const comboParts: Found['comboParts'] = [];
  let idiomsAt: Map<number, Span[]> | undefined;
  let negBeforeEndingAt: Map<number, Array<Extract<PhraseMeaning, { role: 'negBefore' }>>> | undefined;
  let negAfterStartingAt: Map<number, Array<Extract<PhraseMeaning, { role: 'negAfter' }>>> | undefined;
  let contexts: Map<number, Array<Span & { context: ContextName }>> | undefined;
  let seenRisk: Set<string> | undefined;
  const notNegating = notNegatingTokens(matches);
  for (const match of matches) {
    // Switched on the phrase's role, read in each case from the meaning as its own shape (see `CompiledPhrase.role`).
    const phrase = match.phrase;
    switch (phrase.role) {
      case 'risk': {
        const key = `${phrase.meaning.entry.locale}|${phrase.meaning.entry.id}|${match.first}|${match.last}`;
        seenRisk ??= new Set<string>();
        if (seenRisk.has(key)) break;
        seenRisk.add(key);
        risks.push({ ...match, entry: phrase.meaning.entry });
        break;
      }
      case 'idiom':
        for (let i = match.first; i <= match.last; i += 1)
          idiomsAt = pushTo(idiomsAt, i, { first: match.first, last: match.last });
        break;
      case 'negBefore':
        if (!notNegating?.has(match.first)) negBeforeEndingAt = pushTo(negBeforeEndingAt, match.last, phrase.meaning);
        break;
      case 'negAfter':
        if (!notNegating?.has(match.first))
          negAfterStartingAt = pushTo(negAfterStartingAt, match.first, phrase.meaning);
        break;
      case 'negExcept':
        break;
      case 'comboPart':
        comboParts.push({
          first: match.first,
          last: match.last,
          combination: phrase.meaning.combination,
          part: phrase.meaning.part,
        });
        break;
      case 'context':
        contexts = pushTo(contexts, tokens[match.first].sentence, {
          first: match.first,
          last: match.last,
          context: phrase.meaning.context,
        });
        break;
    }
  }
  return {
    risks,
    comboParts,
    idiomsAt: idiomsAt ?? NONE_FOUND,
    negBeforeEndingAt: negBeforeEndingAt ?? NONE_FOUND,
    negAfterStartingAt: negAfterStartingAt ?? NONE_FOUND,
    contexts: contexts ?? NONE_FOUND,
  };
}

/** Two spans share at least one word. */
export function overlaps(a: Span, b: Span): boolean {
  return a.first <= b.last && a.last >= b.first;
}

/** `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

/** An idiom that holds the whole phrase ("hit the big spider with his slipper"), not one that only runs on past it. */
export function heldByIdiom(match: Span, idiomsAt: Found['idiomsAt']): boolean {
  return (idiomsAt.get(match.first) ?? []).some((idiom) => idiom.first <= match.first && idiom.last >= match.last);
}

/** An idiom overlapping a phrase makes it figurative, unless the phrase is longer and holds all of it. */
export function insideIdiom(match: Span, idiomsAt: Found['idiomsAt']): boolean {
  for (let i = match.first; i <= match.last; i += 1) {
    for (const idiom of idiomsAt.get(i) ?? []) {
      const holdsIt =
        match.first <= idiom.first && match.last >= idiom.last && match.last - match.first > idiom.last - idiom.first;
      if (!holdsIt) return true;
    }
  }
  return false;
}

/**
 * Combinations whose parts all appear in one clause, one sentence, or (`pair`) one sentence and the next ("9 magnets
 * are missing from the kit. He says he swallowed them."). The first place each part is found is used; the span runs
 * from the first part to the last.
 */
export function combinationCandidates(tokens: readonly ResolvedToken[], found: Found): Candidate[] {
  if (found.comboParts.length === 0) return [];
  // Most messages hold a part or two of many rules and every part of few: keep only rules with every part somewhere.
  const partsSeen = new Map<CompiledCombination, number>();
  for (const part of found.comboParts)
    partsSeen.set(part.combination, (partsSeen.get(part.combination) ?? 0) | (1 << part.part));
  const units = new Map<string, { combination: CompiledCombination; parts: Array<Span | undefined> }>();
  for (const part of found.comboParts) {
    const { combination } = part;
    if (partsSeen.get(combination) !== (1 << combination.parts) - 1) continue;
    // An idiom explains a part alone; a `together` combination is the sign whatever explains one part.
    if (!combination.entry.tags.has('together') && insideIdiom(part, found.idiomsAt)) continue;
    const unit = combination.within === 'clause' ? tokens[part.first].clause : tokens[part.first].sentence;
    if (combination.within === 'clause' && tokens[part.last].clause !== unit) continue;
    // A pair of sentences is named by its first: a part in sentence s belongs to pairs s - 1 and s.
    for (const window of combination.within === 'pair' ? [unit - 1, unit] : [unit]) {
      const key = `${combination.entry.locale}|${combination.entry.id}|${window}`;
      let entry = units.get(key);
      if (!entry) {
        entry = { combination, parts: new Array<Span | undefined>(combination.parts).fill(undefined) };
        units.set(key, entry);
      }
      if (!entry.parts[part.part]) entry.parts[part.part] = { first: part.first, last: part.last };
    }
  }
  const candidates: Candidate[] = [];
  for (const { combination, parts } of units.values()) {
    if (parts.some((part) => part === undefined)) continue;
    const spans = parts as Span[];
    // Distinct words for each part: "he hit him" has three, "hit" alone cannot be two parts.
    const starts = new Set(spans.map((span) => span.first));
    if (starts.size < spans.length) continue;
    candidates.push({
      entry: combination.entry,
      parts: spans,
      first: Math.min(...spans.map((span) => span.first)),
      last: Math.max(...spans.map((span) => span.last)),
    });
  }
  return candidates;
}

/** Drops phrases lying strictly inside a longer one: the longer, more specific reading wins. */
export function withoutContained<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: T[] = [];
  let maxLastBefore = -1;
  let groupFirst = -1;
  let groupLast = -1;
  for (const span of sorted) {
    if (span.first !== groupFirst || span.last !== groupLast) {
      if (groupLast > maxLastBefore) maxLastBefore = groupLast;
      groupFirst = span.first;
      groupLast = span.last;
    }
    if (maxLastBefore >= span.last) continue;
    kept.push(span);
  }
  return kept;
}
