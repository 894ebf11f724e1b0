/**
 * Where quotation marks, dashes, ellipses and exclamation marks stand in the written text, and what they say about the
 * words between them: a child's quoted alarm and the gloss told after a dash, a word quoted on its own, a disclosure
 * said one word at a time, a sentence exclaimed, and a Welsh lower-case "i" (the preposition, not "I"). The phrases
 * read tokens; these read the gaps between them, which only the text keeps.
 */
import type { ResolvedToken } from './matcher';

/** The tokens of a Welsh message written as a lower-case "i": the preposition "to", not English "I". */
export function welshPrepositionI(tokens: readonly ResolvedToken[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, index) => {
    // Read in place: a substring per token would be a fresh string for every word of every Welsh message.
    if (token.end - token.start === 1 && text.charCodeAt(token.start) === 0x69) out.add(index);
  });
  return out;
}

const CLOSING_QUOTES = new Set(["'", '"', '\u2019', '\u201d']);
const GLOSS_DASHES = ['-', '\u2013', '\u2014', '...', '\u2026'];

/**
 * Whether the token at `index` is opened by a dash or an ellipsis right after a closing quote ("…in the car' - it's the
 * child locks"): the text between the word before and this one starts with a closing quote, then holds only spaces,
 * "!", "?" and a dash. Asked only of a gloss the phrases found, so no message pays for a walk of its gaps.
 */
export function opensAfterQuoteAndDash(tokens: readonly ResolvedToken[], text: string, index: number): boolean {
  if (index < 1) return false;
  const gap = text.slice(tokens[index - 1].end, tokens[index].start);
  if (gap.length < 2 || gap.length > 8 || !CLOSING_QUOTES.has(gap[0])) return false;
  return GLOSS_DASHES.includes(gap.slice(1).replace(/[\s!?]/g, ''));
}

const OPENING_QUOTES = new Set(["'", '"', '\u2018', '\u201c']);

/**
 * Welsh words written with their first letters dropped ("'di" for wedi, "'n", "'i" for ei, "'da" for gyda): the
 * apostrophe before them is the elision, not a quotation opening (s25-E).
 */
const WELSH_ELIDED: ReadonlySet<string> = new Set([
  'di',
  'n',
  'i',
  'u',
  'r',
  'ma',
  'na',
  'da',
  'to',
  'nôl',
  'nol',
  'sgol',
  'ny',
  'ch',
  'm',
  'w',
]);
/** How far a quoted alarm and its gloss may reach: the words of the quote around the phrase, and before the dash. */
const QUOTE_REACH = 10;
const DASH_REACH = 8;

/** The text between the token before `index` (or the start) and the token at `index`. */
function gapBefore(tokens: readonly ResolvedToken[], text: string, index: number): string {
  return text.slice(index > 0 ? tokens[index - 1].end : 0, tokens[index].start);
}

/** A gap that opens a quotation: it ends in a quote mark after a space, a bracket, a colon or the start of the text. */
function opensQuote(gap: string, index: number): boolean {
  if (!OPENING_QUOTES.has(gap.charAt(gap.length - 1))) return false;
  return gap.length === 1 ? index === 0 : /[\s(:]/.test(gap.charAt(gap.length - 2));
}

/** A gap that closes a quotation: a quote mark first, after any "!", "?", "." or ",", then a space or the end. */
function closesQuote(gap: string): boolean {
  const mark = /^[!?.,]*(['"\u2019\u201d])(\s|$|[,.;:!?-])/.exec(gap);
  return mark !== null;
}

/** A dash or an ellipsis between words ("trackies - ripped", "it's 8am... he was asleep"), not a hyphen in a word. */
function holdsDash(gap: string): boolean {
  return /(^|\s)[-\u2013\u2014](\s|$)|\.\.\.|\u2026/.test(gap);
}

/**
 * The first word of a gloss told at once after a quoted alarm (s24-A): the phrase from `first` to `last` lies inside
 * quotation marks, and a dash or an ellipsis follows the closing quote within a few words ("'my mum's gonna batter me'
 * - ripped the knee out of his new trackies", "'I'm going to KILL you' across the table - Pokemon card battle").
 * A phrase in no quotes, or one word of it in scare quotes, is glossed only by a dash or an ellipsis right after its
 * last word (s25-E: "'di bod yn cutio... gwallt 'i ffrind", "'cutio' ei hunan - papur"). Undefined when nothing is
 * told after a dash. Asked only of a phrase that may be lowered.
 */
export function quotedAlarmGloss(
  tokens: readonly ResolvedToken[],
  text: string,
  first: number,
  last: number,
  welsh: boolean,
): number | undefined {
  // "'di bod yn…", "gwallt 'i ffrind": in a Welsh message a straight apostrophe before an elided word opens no quote.
  const opens = (gap: string, j: number): boolean =>
    opensQuote(gap, j) && !(welsh && gap.endsWith("'") && WELSH_ELIDED.has(text.slice(tokens[j].start, tokens[j].end)));
  // The quote may open inside the phrase ("her dad 'threw her in the water'") or before it.
  let open: number | undefined;
  for (let j = last; j >= 0 && first - j <= QUOTE_REACH; j -= 1) {
    const gap = gapBefore(tokens, text, j);
    if (opens(gap, j)) {
      open = j;
      break;
    }
    if (j < first && closesQuote(gap)) return undefined;
  }
  if (open === undefined) {
    // An alarm in no quotes glossed straight after its last word by a dash or an ellipsis ("'di bod yn cutio... gwallt
    // 'i ffrind"): the gloss must still say what it was, with no risk, no one at home and no stranger (s25-E).
    const g = last + 1;
    return dashBefore(tokens, text, g) ? g : undefined;
  }
  let close: number | undefined;
  for (let k = Math.max(open, first); k < tokens.length && k - last <= QUOTE_REACH; k += 1) {
    if (k > open && opens(gapBefore(tokens, text, k), k)) return undefined;
    const after = k + 1 < tokens.length ? text.slice(tokens[k].end, tokens[k + 1].start) : '';
    if (closesQuote(after)) {
      close = k;
      break;
    }
  }
  if (close === undefined) return undefined;
  // One word of the phrase in the writer's scare quotes ("'cutio' ei hunan - papur", "been 'cutting' - a paper cut")
  // is glossed only by a dash right after the phrase and its quote (s25-E).
  if (open === close && open >= first && open <= last) {
    const g = Math.max(close, last) + 1;
    return dashBefore(tokens, text, g) ? g : undefined;
  }
  // At least two of the phrase's words are quoted: "'she strangled me' - her best friend" is the child's words.
  if (Math.min(close, last) - Math.max(open, first) < 1) return undefined;
  // A quote that ends its sentence is glossed by the next one: "'I've not eaten for days'. Had a full breakfast at
  // breakfast club, I checked" (s25-C).
  const next = close + 1;
  if (close >= last && next < tokens.length && tokens[next].sentence !== tokens[close].sentence) return next;
  for (let g = close + 1; g < tokens.length && g - close <= DASH_REACH; g += 1) {
    // Past the closing quote the gloss stays in the sentence it opens: "'I'm going to KILL you!' – Y1 lad…".
    if (g > close + 1 && tokens[g].sentence !== tokens[g - 1].sentence) return undefined;
    if (dashBefore(tokens, text, g)) return g;
    // A phrase that runs on past its quote is glossed only by a dash right after the quote.
    if (close < last) return undefined;
  }
  return undefined;
}

/**
 * The words inside a quotation that opens and closes ("she said 'it's fine, I'm fine'"): someone's own words, not the
 * writer's (s28-X). A quote that never closes quotes nothing; in Welsh an apostrophe before an elided word ("'di",
 * "'n") opens none.
 */
export function quotedWords(tokens: readonly ResolvedToken[], text: string, welsh: boolean): Set<number> {
  const out = new Set<number>();
  let open: number | undefined;
  tokens.forEach((token, index) => {
    const gap = gapBefore(tokens, text, index);
    const elided = welsh && gap.endsWith("'") && WELSH_ELIDED.has(text.slice(token.start, token.end));
    if (open === undefined && opensQuote(gap, index) && !elided) open = index;
    const after = text.slice(token.end, index + 1 < tokens.length ? tokens[index + 1].start : text.length);
    if (open !== undefined && closesQuote(after)) {
      for (let i = open; i <= index; i += 1) out.add(i);
      open = undefined;
    }
  });
  return out;
}

/** Whether a dash or an ellipsis stands just before the word at `index` (s27-F: "'overdosed' - she took…"). */
export function dashBefore(tokens: readonly ResolvedToken[], text: string, index: number): boolean {
  return index > 0 && index < tokens.length && holdsDash(gapBefore(tokens, text, index));
}

/** The words quoted on their own ("the 'roof' is…"): a quote opens before the word and closes after it (s25-C). */
export function quotedAloneWords(tokens: readonly ResolvedToken[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, index) => {
    const after = text.slice(token.end, index + 1 < tokens.length ? tokens[index + 1].start : text.length);
    if (opensQuote(gapBefore(tokens, text, index), index) && closesQuote(after)) out.add(index);
  });
  return out;
}

/** The sentences that end in "!" (the text after their last word, up to the next word, holds one). */
export function exclaimedSentences(tokens: readonly ResolvedToken[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (next && next.sentence === token.sentence) return;
    if (text.slice(token.end, next ? next.start : text.length).includes('!')) out.add(token.sentence);
  });
  return out;
}

/** Quotation marks around a word said on its own: straight and curly, single and double. */
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);

/**
 * Each word of the span written apart in quotes ("'dad' 'hurt' 'head'", "“dad” “hurt” “head”"): a disclosure told one
 * word at a time, on a symbols board or in signs, not a note's "dad hurt head" shorthand.
 */
export function saidWordByWord(
  tokens: readonly ResolvedToken[],
  text: string,
  span: { first: number; last: number },
): boolean {
  if (!QUOTES.has(text.charAt(tokens[span.first].start - 1)) || !QUOTES.has(text.charAt(tokens[span.last].end)))
    return false;
  // Between two words a quote closes one and opens the next; a hyphen joins one word said in parts ("'pen-ôl'").
  for (let i = span.first; i < span.last; i += 1) {
    const between = text.slice(tokens[i].end, tokens[i + 1].start);
    if (between !== '-' && ![...between].some((char) => QUOTES.has(char))) return false;
  }
  return true;
}
