/**
 * The child's own words, kept verbatim: text inside quotation marks, and what follows "she said",
 * "he told me", "in his words", "dywedodd hi". A quotation opened just after someone else ("Mum
 * said '…'") is not the child's.
 */
import { FLAG } from '../compile';
import type { ResolvedToken } from '../matcher';
import { restOfSentence, type TextSpan } from './sentences';
import type { FactMatch } from './spanContext';

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
];
const MAX_QUOTE = 600;
const SAID = new Set(['said', 'says']);
/** Words that only introduce what was said ("she said that …", "dywedodd hi bod …"). */
const INTRODUCERS = new Set(['that', 'to', 'me', 'us', 'bod', 'fod', 'mod', 'wrtha', 'wrthaf', 'i']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Quoted passages. A straight or curly single quote counts only where it cannot be an apostrophe. */
export function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    while (from < text.length) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const apostropheLike = open === "'" || open === '‘';
      if (apostropheLike && isWordChar(text[start - 1])) {
        from = start + 1;
        continue;
      }
      let end = text.indexOf(close, start + 1);
      while (end > 0 && (close === "'" || close === '’') && isWordChar(text[end + 1]))
        end = text.indexOf(close, end + 1);
      if (end < 0) break;
      if (end - start > 2 && end - start <= MAX_QUOTE) spans.push({ start: start + 1, end });
      from = end + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function saidBySomeoneElse(tokens: readonly ResolvedToken[], quoteStart: number): boolean {
  let i = tokens.findIndex((token) => token.start >= quoteStart);
  if (i < 0) i = tokens.length;
  for (let j = i - 1; j >= 0 && i - j <= 4; j -= 1) {
    if (tokens[j].flags & FLAG.relation) return true;
    if (tokens[j].flags & FLAG.pronoun) return false;
  }
  return false;
}

/** "shes 14, said her mum…": a youth worker's "said" opening a clause, with the child as its subject. */
function clauseOpeningSaid(tokens: readonly ResolvedToken[]): FactMatch[] {
  const out: FactMatch[] = [];
  tokens.forEach((token, i) => {
    if (
      !SAID.has(token.form) ||
      i === 0 ||
      tokens[i - 1].clause === token.clause ||
      tokens[i - 1].sentence !== token.sentence
    )
      return;
    out.push({ fact: 'cue.quote', first: i, last: i, gapped: false });
  });
  return out;
}

export function readChildWords(text: string, tokens: readonly ResolvedToken[], cues: readonly FactMatch[]): TextSpan[] {
  const quotes = quotedSpans(text).filter((span) => !saidBySomeoneElse(tokens, span.start));
  const spans: TextSpan[] = [...quotes];
  for (const cue of [...cues, ...clauseOpeningSaid(tokens)]) {
    let from = cue.last + 1;
    while (
      from < tokens.length &&
      tokens[from].sentence === tokens[cue.last].sentence &&
      INTRODUCERS.has(tokens[from].form)
    )
      from += 1;
    if (from >= tokens.length || tokens[from].sentence !== tokens[cue.last].sentence) continue;
    const rest = restOfSentence(text, tokens, from);
    // Already inside a quotation: that one is kept.
    if (quotes.some((quote) => quote.start < rest.end && quote.end > rest.start)) continue;
    spans.push(rest);
  }
  return spans;
}
