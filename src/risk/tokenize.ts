/**
 * Splits text into normalised words while remembering where each word sits in the original text,
 * so a match can always point back at what the person wrote.
 *
 * Normalising here means: lower case; accents and compatibility forms folded ("ŵ" → "w", "𝐤" → "k");
 * zero-width and control characters dropped (they must not hide a word); apostrophes dropped inside
 * a word ("doesn't" = "doesnt") or split off as a clitic (Welsh "hi'n" → "hi yn"); runs of one letter
 * capped at three ("sooooo" → "sooo", the matcher then tries the shorter forms); leetspeak digits
 * folded inside words ("k1ll" → "kill", "su1cide" → "suicide"); spellings expanded ("wanna" → "want
 * to"). It is one linear pass with no regular expressions over the text, so time stays bounded.
 */

import type { TrieNode } from './compile';
import type { Resolved } from './matcher';
import { type WordEntry, wordEntriesFor, wordEntry } from './wordEntries';

/** The strongest separator before a word. Ordered: a larger value is a stronger break. */
export const GAP = { joined: 0, space: 1, dash: 2, colon: 3, clause: 4, question: 5, sentence: 6 } as const;
export type Gap = (typeof GAP)[keyof typeof GAP];

export interface Token {
  /** The normalised word. */
  form: string;
  /** Offsets into the original text: text.slice(start, end) is what the person wrote. */
  start: number;
  end: number;
  gapBefore: Gap;
  sentence: number;
  clause: number;
  /** A letter was repeated three or more times ("sooo"): shorter forms are tried too. */
  elongated: boolean;
  /**
   * A word the writer did not type, added for the phrases (the "yo" of an age in brackets, "L (8)"): the learned reader
   * is given the words as written, as it was trained.
   */
  added?: true;
  /** Filled in by the matcher: the lexicon terms this word can stand for, and what they say about people. */
  ids: readonly number[];
  flags: number;
  /** Filled in by the matcher: the bits of its ids (`idBit`), to rule out trie nodes it cannot step to. */
  idBits: number;
  /** Filled in by the matcher: the second bits of its ids (`mixedIdBit`). */
  mixedIdBits: number;
  /** Filled in by the matcher: the trie nodes a phrase starting with this word reaches (none for most words). */
  starts: readonly TrieNode[];
  /** Filled in by the matcher: what each start needs of the words after it to be worth reading (`Resolved`). */
  startTests: readonly number[];
  /** The word's shared entry (its `form`'s): the matcher and the learned reader keep what they work out there. */
  readonly entry: WordEntry;
}

export interface TokenizeOptions {
  readonly spellings: ReadonlyMap<string, readonly string[]>;
  readonly clitics: ReadonlyMap<string, string>;
  readonly clauseBreakers: ReadonlySet<string>;
}

/** Past this many words a "sentence" is cut, so context look-ups stay bounded on run-on text. */
const MAX_SENTENCE_WORDS = 60;
/** Past this many letters a "word" stops growing: nothing we match is that long. */
const MAX_FORM_LENGTH = 48;
const NO_IDS: readonly number[] = [];
const NO_STARTS: readonly TrieNode[] = [];
const NO_START_TESTS: readonly number[] = [];

const K_SPACE = 0;
const K_LETTER = 1;
const K_DIGIT = 2;
const K_APOS = 3;
const K_IGNORE = 4;
const K_HYPHEN = 5; // ASCII '-' and true hyphens: inside a word it splits softly, else a dash
const K_DASH = 6;
const K_SENTENCE = 7;
const K_QUESTION = 8;
const K_CLAUSE = 9;
const K_COLON = 10;
const K_DOT = 11;
const K_AT = 12;
const K_DOLLAR = 13;
const K_BANG = 14;
const K_LT = 15;
const K_AMP = 16;
const K_EMOJI = 17; // a word of its own: "😂" can be a cue

interface CharInfo {
  kind: number;
  fold: string;
}

const ASCII: CharInfo[] = [];
for (let code = 0; code < 128; code += 1) {
  const ch = String.fromCharCode(code);
  let kind = K_SPACE;
  let fold = '';
  if (ch >= 'a' && ch <= 'z') {
    kind = K_LETTER;
    fold = ch;
  } else if (ch >= 'A' && ch <= 'Z') {
    kind = K_LETTER;
    fold = ch.toLowerCase();
  } else if (ch >= '0' && ch <= '9') {
    kind = K_DIGIT;
    fold = ch;
  } else if (ch === '\n' || ch === '\r') kind = K_SENTENCE;
  else if (ch === '\t' || ch === ' ') kind = K_SPACE;
  else if (code < 32 || code === 127) kind = K_IGNORE;
  else if (ch === "'" || ch === '`') kind = K_APOS;
  else if (ch === '-') kind = K_HYPHEN;
  else if (ch === '.') kind = K_DOT;
  else if (ch === '!') kind = K_BANG;
  else if (ch === '?') kind = K_QUESTION;
  else if (ch === ',' || ch === ';' || ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === '{' || ch === '}')
    kind = K_CLAUSE;
  else if (ch === ':' || ch === '=') kind = K_COLON;
  else if (ch === '@') kind = K_AT;
  else if (ch === '$') kind = K_DOLLAR;
  else if (ch === '<') kind = K_LT;
  else if (ch === '&') kind = K_AMP;
  ASCII.push({ kind, fold });
}

/**
 * Texts reach the scan as strings of several engine kinds (flat, joined, sliced; one or two bytes a character), and a
 * method looked up on each of them is a slow megamorphic load for every character: call the one function directly.
 */
const charCodeAt = String.prototype.charCodeAt;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x00b4, 0x2032, 0xff07, 0x02b9]);
const HYPHENS = new Set([0x2010, 0x2011, 0x00ad]);
const DASHES = new Set([0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const SENTENCE_ENDS = new Set([0x2026, 0x3002, 0xff01, 0xff0e, 0x2028, 0x2029, 0x0085, 0x2022, 0x25cf]);
const QUESTIONS = new Set([0xff1f, 0x037e]);
const CLAUSES = new Set([0xff0c, 0x3001, 0xff1b, 0x061b, 0x060c]);
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const MARK_OR_FORMAT = /^[\p{M}\p{Cf}\p{Cc}\p{Co}\p{Cn}\p{Emoji_Modifier}]$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const COMBINING = /\p{M}/gu;

const nonAsciiCache = new Map<number, CharInfo>();

function classifyNonAscii(code: number): CharInfo {
  const cached = nonAsciiCache.get(code);
  if (cached) return cached;
  let info: CharInfo;
  const ch = String.fromCodePoint(code);
  if (APOSTROPHES.has(code)) info = { kind: K_APOS, fold: '' };
  else if (HYPHENS.has(code)) info = { kind: code === 0x00ad ? K_IGNORE : K_HYPHEN, fold: '' };
  else if (DASHES.has(code)) info = { kind: K_DASH, fold: '' };
  else if (SENTENCE_ENDS.has(code)) info = { kind: K_SENTENCE, fold: '' };
  else if (QUESTIONS.has(code)) info = { kind: K_QUESTION, fold: '' };
  else if (CLAUSES.has(code)) info = { kind: K_CLAUSE, fold: '' };
  else if (LETTER.test(ch) || NUMBER.test(ch)) {
    // Compatibility decomposition folds accents, full-width and mathematical letters to plain ones.
    const fold = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    if (fold.length === 0) info = { kind: K_IGNORE, fold: '' };
    else if (fold.length === 1 && fold >= '0' && fold <= '9') info = { kind: K_DIGIT, fold };
    else info = { kind: K_LETTER, fold };
  } else if (MARK_OR_FORMAT.test(ch)) info = { kind: K_IGNORE, fold: '' };
  else if (EMOJI.test(ch)) info = { kind: K_EMOJI, fold: ch };
  else info = { kind: K_SPACE, fold: '' };
  if (nonAsciiCache.size < 4096) nonAsciiCache.set(code, info);
  return info;
}

function kindAt(text: string, index: number): number {
  if (index >= text.length) return K_SPACE;
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII[code].kind;
  return classifyNonAscii(text.codePointAt(index) ?? code).kind;
}

/** The next character that is not ignorable, so "ki\u200bll" still reads as one word. */
function nextKind(text: string, index: number): number {
  let i = index;
  for (let guard = 0; guard < 8 && i < text.length; guard += 1) {
    const kind = kindAt(text, i);
    if (kind !== K_IGNORE) return kind;
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  return K_SPACE;
}

const TAG_NAMES = new Set([
  'p',
  'br',
  'div',
  'span',
  'b',
  'i',
  'u',
  'em',
  'strong',
  'a',
  'ul',
  'ol',
  'li',
  'at',
  'img',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'blockquote',
  'pre',
  'code',
  'font',
  's',
  'strike',
  'del',
  'sup',
  'sub',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'small',
  'mark',
]);
const BLOCK_TAGS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'hr',
  'section',
  'article',
  'header',
  'footer',
]);

/**
 * Recognises an HTML tag (Teams sends formatted messages as HTML) and returns where it ends.
 * Deliberately narrow: only known tag names, and "<i want to die>" is words, not a tag.
 */
function htmlTagEnd(text: string, index: number): { end: number; block: boolean } | null {
  let i = index + 1;
  if (text[i] === '/') i += 1;
  const nameStart = i;
  while (i < text.length && i - nameStart < 12 && /[a-zA-Z0-9]/.test(text[i])) i += 1;
  const name = text.slice(nameStart, i).toLowerCase();
  if (!TAG_NAMES.has(name)) return null;
  const limit = Math.min(text.length, index + 300);
  if (text[i] === '>') return { end: i + 1, block: BLOCK_TAGS.has(name) };
  if (text[i] === '/' && text[i + 1] === '>') return { end: i + 2, block: BLOCK_TAGS.has(name) };
  if (text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\t') return null;
  const close = text.indexOf('>', i);
  if (close < 0 || close >= limit) return null;
  const inside = text.slice(i, close);
  if (!inside.includes('=') && inside.trim() !== '/') return null;
  return { end: close + 1, block: BLOCK_TAGS.has(name) };
}

const ENTITIES: Readonly<Record<string, 'apos' | 'space'>> = {
  '&#39;': 'apos',
  '&apos;': 'apos',
  '&rsquo;': 'apos',
  '&lsquo;': 'apos',
  '&#8217;': 'apos',
  '&nbsp;': 'space',
  '&amp;': 'space',
  '&quot;': 'space',
  '&lt;': 'space',
  '&gt;': 'space',
  '&#160;': 'space',
  '&ldquo;': 'space',
  '&rdquo;': 'space',
};

function entityAt(text: string, index: number): { length: number; kind: 'apos' | 'space' } | null {
  const semi = text.indexOf(';', index);
  if (semi < 0 || semi - index > 8) return null;
  const kind = ENTITIES[text.slice(index, semi + 1).toLowerCase()];
  return kind ? { length: semi + 1 - index, kind } : null;
}

/** A word as scanned, before clitics, digits and spellings are handled. */
interface RawWord {
  form: string;
  start: number;
  end: number;
  gap: Gap;
  elongated: boolean;
  /** Index in `form` where an apostrophe stood, or -1. */
  apos: number;
  /** Offset in the original text of that apostrophe. */
  aposAt: number;
  hasDigit: boolean;
  hasLetter: boolean;
}

function scan(text: string): RawWord[] {
  const words: RawWord[] = [];
  // Read once, for the reason `charCodeAt` is called directly: a megamorphic load for every character otherwise.
  const textLength = text.length;
  let pendingGap: Gap = GAP.sentence;
  let form = '';
  let start = -1;
  let end = -1;
  let elongated = false;
  let apos = -1;
  let aposAt = -1;
  let hasDigit = false;
  let hasLetter = false;
  let last = '';
  let run = 0;
  // A word typed as plain ASCII is sliced from the text once at its end, not grown a letter at a time
  // (a new string per letter was most of the tokenizer's garbage). `length` is the form's length either way.
  let plain = true;
  let upper = false;
  let length = 0;

  const inWord = (): boolean => start >= 0;
  const materialise = (upTo: number): void => {
    if (!plain) return;
    const raw = text.slice(start, upTo);
    form = upper ? raw.toLowerCase() : raw;
    plain = false;
  };
  const add = (ch: string): void => {
    if (length >= MAX_FORM_LENGTH) return;
    if (!plain) form += ch;
    length += ch.length;
  };
  const append = (piece: string, index: number, width: number, isDigit: boolean): void => {
    if (start < 0) {
      start = index;
      end = index;
      form = '';
      elongated = false;
      apos = -1;
      aposAt = -1;
      hasDigit = false;
      hasLetter = false;
      last = '';
      run = 0;
      plain = true;
      upper = false;
      length = 0;
    }
    const before = end;
    if (plain) {
      const code = text.charCodeAt(index);
      const folded = piece.charCodeAt(0);
      const same =
        width === 1 &&
        piece.length === 1 &&
        index === before &&
        length < MAX_FORM_LENGTH &&
        (code === folded || (code >= 65 && code <= 90 && code + 32 === folded));
      if (!same) materialise(before);
      else if (code !== folded) upper = true;
    }
    end = index + width;
    if (isDigit) hasDigit = true;
    else hasLetter = true;
    // A folded letter is nearly always one character: read it without a string iterator.
    if (piece.length === 1) appendChar(piece, isDigit, before);
    else for (const ch of piece) appendChar(ch, isDigit, before);
  };
  /** One character of a word: digits as they are, a letter counted in its run (a fourth in a row is dropped). */
  const appendChar = (ch: string, isDigit: boolean, before: number): void => {
    if (isDigit) {
      last = '';
      add(ch);
      return;
    }
    if (ch === last) {
      run += 1;
      if (run > 3) {
        elongated = true;
        materialise(before);
        return;
      }
      if (run === 3) elongated = true;
    } else {
      last = ch;
      run = 1;
    }
    add(ch);
  };
  const finish = (): void => {
    if (start < 0) return;
    materialise(end);
    words.push({ form, start, end, gap: pendingGap, elongated, apos, aposAt, hasDigit, hasLetter });
    start = -1;
    pendingGap = GAP.space;
  };
  const separate = (gap: Gap): void => {
    finish();
    if (gap > pendingGap) pendingGap = gap;
  };

  let i = 0;
  while (i < textLength) {
    const code = charCodeAt.call(text, i);
    let info: CharInfo;
    let width = 1;
    if (code < 128) info = ASCII[code];
    else {
      const point = text.codePointAt(i) ?? code;
      info = classifyNonAscii(point);
      if (point > 0xffff) width = 2;
    }
    switch (info.kind) {
      case K_LETTER:
        if (start < 0 && code < 128) {
          // Most words start with a run of plain ASCII letters: read the run in one tight loop, leaving the state
          // appending them one at a time would (no third letter in a row, no more than the longest form: those, and
          // whatever follows the run, go the slow way below).
          let at = i;
          let previous = -1;
          let repeats = 0;
          let anyUpper = false;
          while (at < textLength && at - i < MAX_FORM_LENGTH) {
            const next = charCodeAt.call(text, at);
            const isUpper = next >= 65 && next <= 90;
            if (!isUpper && !(next >= 97 && next <= 122)) break;
            const lower = isUpper ? next + 32 : next;
            if (lower !== previous) {
              previous = lower;
              repeats = 1;
            } else if (repeats === 2) break;
            else repeats += 1;
            if (isUpper) anyUpper = true;
            at += 1;
          }
          start = i;
          end = at;
          form = '';
          elongated = false;
          apos = -1;
          aposAt = -1;
          hasDigit = false;
          hasLetter = true;
          last = ASCII[previous].fold;
          run = repeats;
          plain = true;
          upper = anyUpper;
          length = at - i;
          i = at;
          continue;
        }
        append(info.fold, i, width, false);
        break;
      case K_DIGIT:
        append(info.fold, i, width, true);
        break;
      case K_IGNORE:
        break;
      case K_APOS:
        if (inWord() && hasLetter && nextKind(text, i + width) === K_LETTER) {
          if (apos < 0) {
            apos = length;
            aposAt = i;
          }
        } else separate(GAP.space);
        break;
      case K_HYPHEN: {
        const next = nextKind(text, i + width);
        if (inWord() && (next === K_LETTER || next === K_DIGIT)) separate(GAP.space);
        else separate(GAP.dash);
        break;
      }
      case K_DASH:
        separate(GAP.dash);
        break;
      case K_SENTENCE:
        separate(GAP.sentence);
        break;
      case K_QUESTION:
        separate(GAP.question);
        break;
      case K_CLAUSE:
        separate(GAP.clause);
        break;
      case K_COLON:
        separate(GAP.colon);
        break;
      case K_DOT: {
        // Not a sentence end inside a number ("3.5"), after an initial ("J.B. is…") or before a letter ("e.g").
        const next = nextKind(text, i + width);
        const initial = inWord() && length === 1 && hasLetter;
        const inNumber = inWord() && hasDigit && !hasLetter && next === K_DIGIT;
        separate(initial || inNumber || next === K_LETTER ? GAP.space : GAP.sentence);
        break;
      }
      case K_BANG:
        // "k!ll": an exclamation mark between letters is an i.
        if (inWord() && hasLetter && nextKind(text, i + width) === K_LETTER) append('i', i, width, false);
        else separate(GAP.sentence);
        break;
      case K_AT:
        if (inWord() && hasLetter && nextKind(text, i + width) === K_LETTER) append('a', i, width, false);
        else separate(GAP.space);
        break;
      case K_DOLLAR:
        if (nextKind(text, i + width) === K_LETTER && (!inWord() || hasLetter)) append('s', i, width, false);
        else separate(GAP.space);
        break;
      case K_EMOJI:
        separate(GAP.space);
        words.push({
          form: info.fold,
          start: i,
          end: i + width,
          gap: pendingGap,
          elongated: false,
          apos: -1,
          aposAt: -1,
          hasDigit: false,
          hasLetter: true,
        });
        pendingGap = GAP.space;
        break;
      case K_LT: {
        const tag = htmlTagEnd(text, i);
        if (tag) {
          separate(tag.block ? GAP.sentence : GAP.space);
          i = tag.end;
          continue;
        }
        separate(GAP.space);
        break;
      }
      case K_AMP: {
        const entity = entityAt(text, i);
        if (entity) {
          if (entity.kind === 'apos' && inWord() && hasLetter && nextKind(text, i + entity.length) === K_LETTER) {
            if (apos < 0) {
              apos = length;
              aposAt = i;
            }
          } else separate(GAP.space);
          i += entity.length;
          continue;
        }
        separate(GAP.space);
        break;
      }
      default:
        separate(GAP.space);
    }
    i += width;
  }
  finish();
  return words;
}

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/**
 * A school year or key stage and its number, not leetspeak: "y7", "yr10", "y10s", "ks3", and Welsh "bl10"
 * (Blwyddyn 10; mutated "fl8", "ml10") and "ca2" (Cyfnod Allweddol). "Bl10" must never read as "blio".
 */
const NUMBERED_WORD = /^(y|yr|year|bl|fl|ml|blwyddyn|flwyddyn|mlwyddyn|ks|ca|age|aged|grade|class)(\d{1,2})s?$/;
/** A form group, a year and a letter with perhaps a set number ("10b", "7r", "9x4"): not leetspeak either. */
const FORM_GROUP = /^\d{1,2}[a-z]\d?$/;
/** "20mg", "3rd", "5pm", "16yo": a number with its unit, not leetspeak. */
const NUMBER_UNIT = /^(\d+)(st|nd|rd|th|am|pm|s|yo|yrs|mg|ml|kg|k|m|x|hrs|hr|h|mins|min|days|wks|weeks|months|yr|y)$/;

function foldLeet(form: string): string {
  let out = '';
  for (const ch of form) out += LEET[ch] ?? ch;
  return out;
}

/** The shorter forms of an elongated word: each run of three letters as one or two ("diiie" → "die", "diie"). */
export function collapseVariants(form: string): string[] {
  const runs: number[] = [];
  for (let i = 0; i + 2 < form.length; i += 1) {
    if (form[i] === form[i + 1] && form[i] === form[i + 2]) {
      runs.push(i);
      i += 2;
    }
  }
  if (runs.length === 0 || runs.length > 4) return runs.length === 0 ? [] : [collapseAll(form, runs, 1)];
  const variants = new Set<string>();
  for (let mask = 0; mask < 1 << runs.length; mask += 1) {
    let out = '';
    let from = 0;
    runs.forEach((at, k) => {
      out += form.slice(from, at) + form[at].repeat(mask & (1 << k) ? 2 : 1);
      from = at + 3;
    });
    variants.add(out + form.slice(from));
  }
  return [...variants];
}

function collapseAll(form: string, runs: readonly number[], keep: number): string {
  let out = '';
  let from = 0;
  for (const at of runs) {
    out += form.slice(from, at) + form[at].repeat(keep);
    from = at + 3;
  }
  return out + form.slice(from);
}

interface Piece {
  form: string;
  start: number;
  end: number;
  elongated: boolean;
}

function splitDigits(
  piece: Piece,
  hasLetter: boolean,
  hasDigit: boolean,
  spellings: TokenizeOptions['spellings'],
): Piece[] {
  if (!hasDigit || !hasLetter || spellings.has(piece.form)) return [piece];
  const numbered = NUMBERED_WORD.exec(piece.form) ?? NUMBER_UNIT.exec(piece.form);
  if (numbered)
    return [
      { ...piece, form: numbered[1] },
      { ...piece, form: numbered[2] },
    ];
  // One code, kept whole: its number is not a count ("attendance query on L (8T)").
  if (FORM_GROUP.test(piece.form)) return [piece];
  return [{ ...piece, form: foldLeet(piece.form) }];
}

function spell(piece: Piece, spellings: TokenizeOptions['spellings']): Piece[] {
  let words = spellings.get(piece.form);
  if (!words && piece.elongated) {
    for (const variant of collapseVariants(piece.form)) {
      words = spellings.get(variant);
      if (words) break;
    }
  }
  if (!words) return [piece];
  return words.map((form) => ({ form, start: piece.start, end: piece.end, elongated: false }));
}

/** Fewest single letters in a row read as one spelled-out word ("k i l l" → "kill"). */
const SPELLED_OUT_MIN = 3;

/**
 * Whether the words hold a run of at least SPELLED_OUT_MIN one-letter words (most messages hold none, and are then
 * used as they are, not copied word by word into a new list).
 */
function hasSpelledOutRun(words: readonly RawWord[]): boolean {
  let run = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const single = word.form.length === 1 && !word.hasDigit;
    // The same test as joinSpelledOut's: a one-letter word continues a run only across a plain space.
    run = single ? (run > 0 && word.gap <= GAP.space ? run + 1 : 1) : 0;
    if (run >= SPELLED_OUT_MIN) return true;
  }
  return false;
}

/**
 * Joins letters typed one at a time with spaces ("d i e", "k m s") into the word they spell, so
 * spacing a word out does not hide it. Runs stay within a sentence; the joined word spans them all.
 */
function joinSpelledOut(words: RawWord[]): RawWord[] {
  if (!hasSpelledOutRun(words)) return words;
  const out: RawWord[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (
      j < words.length &&
      words[j].form.length === 1 &&
      !words[j].hasDigit &&
      (j === i || words[j].gap <= GAP.space)
    )
      j += 1;
    if (j - i >= SPELLED_OUT_MIN) {
      const run = words.slice(i, j);
      out.push({
        ...run[0],
        form: run.map((word) => word.form).join(''),
        end: run[run.length - 1].end,
        elongated: false,
      });
      i = j;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out;
}

/**
 * Welsh "'na" is "yna" (there: "mae 'na gleisiau", "oes 'na rywun"), never the negative "na": the apostrophe
 * before it marks the dropped "y". Read as "na", it negated what followed ("Mae 'na gleisiau siâp llaw" read none).
 */
function isElidedYna(text: string, word: RawWord): boolean {
  if (word.form !== 'na' || word.start === 0) return false;
  const before = text.charCodeAt(word.start - 1);
  return before === 39 || before === 96 || APOSTROPHES.has(before);
}

/** What the matcher reads a word as (its ids, flags, bits and phrase starts), when the tokens are made for it. */
export type WordResolver = (entry: WordEntry, elongated: boolean) => Resolved;

const UNRESOLVED: Resolved = {
  ids: NO_IDS,
  flags: 0,
  idBits: 0,
  mixedIdBits: 0,
  starts: NO_STARTS,
  startTests: NO_START_TESTS,
};

/** The words as written, without those added for the phrases (`Token.added`): what the learned reader reads. */
export function writtenTokens<T extends Token>(tokens: readonly T[]): readonly T[] {
  return tokens.some((token) => token.added) ? tokens.filter((token) => !token.added) : tokens;
}

/** The oldest age read from a number in brackets: a child's. */
const BRACKETED_AGE_MAX = 17;

/**
 * A number from 1 to 17 alone in round brackets straight after a word with letters, with only spaces between ("L (8)",
 * "Sam(7)"): how a note gives a child's age. A list's "(2)" at the start of a line, "(8T)" or "(8 kids)" is not one.
 */
function isAgeInBrackets(text: string, word: RawWord, afterWord: number): boolean {
  if (!word.hasDigit || word.hasLetter || afterWord < 0 || word.end - word.start > 2) return false;
  if (text.charAt(word.start - 1) !== '(' || text.charAt(word.end) !== ')') return false;
  if (text.slice(afterWord, word.start - 1).trim() !== '') return false;
  const age = Number(word.form);
  return Number.isInteger(age) && age >= 1 && age <= BRACKETED_AGE_MAX;
}

/**
 * Scans the text and returns its normalised words, with sentence and clause numbers. With `resolve` (the matcher's),
 * each token is made with its reading filled in, rather than made empty and filled by a second pass over the tokens.
 */
export function tokenize(text: string, options: TokenizeOptions, resolve?: WordResolver): Token[] {
  const tokens: Token[] = [];
  let sentence = -1;
  let clause = -1;
  let inSentence = 0;
  const entries = wordEntriesFor(options);
  const emit = (entry: WordEntry, start: number, end: number, gap: Gap, elongated: boolean): void => {
    const form = entry.form;
    if (gap >= GAP.question || inSentence >= MAX_SENTENCE_WORDS || sentence < 0) {
      sentence += 1;
      clause += 1;
      inSentence = 0;
    } else if (gap >= GAP.dash || entry.breaksClause) clause += 1;
    inSentence += 1;
    const resolved = resolve ? resolve(entry, elongated) : UNRESOLVED;
    tokens.push({
      form,
      start,
      end,
      gapBefore: gap,
      sentence,
      clause,
      elongated,
      ids: resolved.ids,
      flags: resolved.flags,
      idBits: resolved.idBits,
      mixedIdBits: resolved.mixedIdBits,
      starts: resolved.starts,
      startTests: resolved.startTests,
      entry,
    });
  };
  let previousEnd = -1;
  for (const word of joinSpelledOut(scan(text))) {
    const afterWord = previousEnd;
    previousEnd = word.hasLetter ? word.end : -1;
    // A child's age in brackets after their name or initial ("L (8)", "Jay (7) in Y3") reads as "8yo" does ("8", "yo"),
    // in either language: a bare number is a count, a time or a list item, never an age. Not "aged 8", which after a
    // risk phrase tells it as past (`contexts.historyAfter`: "self-harmed aged 12").
    if (isAgeInBrackets(text, word, afterWord)) {
      emit(wordEntry(entries, options, word.form), word.start, word.end, word.gap, false);
      emit(wordEntry(entries, options, 'yo'), word.start, word.end, GAP.joined, false);
      tokens[tokens.length - 1].added = true;
      continue;
    }
    // Most words are one plain word: no clitic, no digits among letters, no spelling, not elongated.
    if (word.apos < 0 && !word.elongated && !(word.hasDigit && word.hasLetter)) {
      const entry = wordEntry(entries, options, word.form);
      if (entry.spelling === undefined) {
        emit(
          isElidedYna(text, word) ? wordEntry(entries, options, 'yna') : entry,
          word.start,
          word.end,
          word.gap,
          false,
        );
        continue;
      }
    }
    let pieces: Piece[];
    const clitic = word.apos >= 0 ? options.clitics.get(word.form.slice(word.apos)) : undefined;
    if (clitic !== undefined && word.apos > 0) {
      pieces = [
        { form: word.form.slice(0, word.apos), start: word.start, end: word.aposAt, elongated: word.elongated },
        { form: clitic, start: word.aposAt, end: word.end, elongated: false },
      ];
    } else pieces = [{ form: word.form, start: word.start, end: word.end, elongated: word.elongated }];
    let gap: Gap = word.gap;
    for (const piece of pieces) {
      for (const digitPiece of splitDigits(piece, word.hasLetter, word.hasDigit, options.spellings)) {
        for (const spelled of spell(digitPiece, options.spellings)) {
          emit(wordEntry(entries, options, spelled.form), spelled.start, spelled.end, gap, spelled.elongated);
          gap = GAP.joined;
        }
      }
    }
  }
  return tokens;
}
