/**
 * The phrase matcher skips work (a walked node and offset is not walked again from the same start word; a gap target
 * that only leads on by a word is read in place; a word none of whose ids a node holds is not looked up). Skipping must
 * never lose or add a match: on text with gaps, repeats, clause ends and Welsh, it finds exactly what a plain
 * depth-first walk of every path finds, in the same order, once each.
 */
import type { CompiledLexicons, TrieNode } from '../../../src/risk/compile';
import { defaultCompiledLexicons } from '../../../src/risk/lexiconFile';
import { findPhrases, type PhraseMatch, type ResolvedToken, tokensFor } from '../../../src/risk/matcher';
import { tokenize } from '../../../src/risk/tokenize';

const MAX_SPAN = 64;

/** Every path from every start word, nothing skipped; a match met again later is dropped. */
function everyPath(compiled: CompiledLexicons, tokens: readonly ResolvedToken[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const seen = new Set<string>();
  const visit = (start: number, sentence: number, node: TrieNode, at: number): void => {
    if (at - start >= MAX_SPAN) return;
    for (const phrase of node.accepts) {
      const key = `${phrase.uid}|${start}|${at - 1}`;
      if (!seen.has(key)) out.push({ phrase, first: start, last: at - 1 });
      seen.add(key);
    }
    if (node.end && (at >= tokens.length || tokens[at].clause !== tokens[at - 1].clause))
      visit(start, sentence, node.end, at);
    for (const gap of node.gaps) {
      for (let skip = 0; skip <= gap.max; skip += 1) {
        const next = at + skip;
        if (skip > 0 && (next - 1 >= tokens.length || tokens[next - 1].sentence !== sentence)) break;
        visit(start, sentence, gap.next, next);
      }
    }
    if (at >= tokens.length || tokens[at].sentence !== sentence) return;
    for (const id of tokens[at].ids) for (const child of node.byId.get(id) ?? []) visit(start, sentence, child, at + 1);
  };
  tokens.forEach((token, start) => visit(start, token.sentence, compiled.root, start));
  return out;
}

const compiled = defaultCompiledLexicons();
const describeMatches = (matches: readonly PhraseMatch[]) =>
  matches.map((match) => `${match.phrase.source}@${match.first}-${match.last}`);

describe('the phrase matcher', () => {
  it.each([
    'she said she wants to to to kill herself tonight when he gets home',
    'no signs of self harm: none. Thoughts of suicide? No.',
    'her stepdad hit her and hit her again, she is scared to go home tonight',
    'he told me an older man he met online is picking him up in a car after school',
    "mae hi'n dweud ei bod hi eisiau marw heno, mae ei llystad yn ei tharo hi",
    'going to to to to to to want want want to to hurt myself',
    'this homework is killing me lol, I could die of embarrassment',
  ])('finds what every path finds, once each, in order: "%s"', (text) => {
    const tokens = tokensFor(compiled, text);
    const expected = everyPath(compiled, tokens);
    expect(expected.length).toBeGreaterThan(0);
    expect(describeMatches(findPhrases(compiled, tokens))).toEqual(describeMatches(expected));
  });

  // A ~8 gap reaches the ninth word after its start and no further (a start with gaps is skipped unless one of those
  // nine words may lead on). The words between are no lexicon's. In the shipped lexicon "guns" also starts a phrase of
  // its own, so this start is read anyway: the test guards the gap's edge, and agreement with every path the rest.
  it.each([
    ['he shows off his guns qa qb qc qd qe qf qg qh gym', true],
    ['he shows off his guns qa qb qc qd qe qf qg qh qi gym', false],
  ])('reads a gap to the furthest word it may reach, and no further: "%s"', (text, found) => {
    const tokens = tokensFor(compiled, text);
    const matches = describeMatches(findPhrases(compiled, tokens));
    const longGap = matches.filter((match) => match.startsWith('guns ~8 gym'));
    expect(longGap.length > 0).toBe(found);
    expect(matches).toEqual(describeMatches(everyPath(compiled, tokens)));
  });
});

describe('tokens made with their reading (tokensFor)', () => {
  // The reading is filled in as each token is made: the tokens are the tokenizer's (words, offsets, sentences,
  // clauses), each with its word's ids and phrase starts (a clause breaker such as "but" or "ond" is read from its word
  // entry).
  it.each([
    'she said she wants to kill herself but she is fine now',
    'sooooo scared, he hit me!!! k1ll myself tonight',
    "mae hi'n dweud ei bod hi eisiau marw ond mae hi'n iawn",
    'd i e, wanna die; yr10 boy',
  ])("gives the tokenizer's tokens, each with its reading: %s", (text) => {
    const tokens = tokensFor(compiled, text);
    const plain = tokenize(text, compiled.tokenizeOptions);
    const place = ({ form, start, end, gapBefore, sentence, clause, elongated }: ResolvedToken) =>
      [form, start, end, gapBefore, sentence, clause, elongated] as const;
    expect(tokens.map(place)).toEqual(plain.map(place));
    expect(tokens.some((token) => token.starts.length > 0)).toBe(true);
  });

  it('starts a clause at a clause breaker', () => {
    const tokens = tokensFor(compiled, 'she is sad but she is fine');
    const but = tokens.findIndex((token) => token.form === 'but');
    expect(tokens[but].clause).toBe(tokens[but - 1].clause + 1);
  });
});
