/**
 * Turns what a person typed, or submitted on a card, into the answer to one question — or into
 * the reason to ask again kindly. Never throws: bad input is normal in a chat.
 */
import { qualify, REASK, type ReaskReason } from './keys';
import type {
  ChoiceNode,
  FlowChoice,
  MultiChoiceNode,
  NumberNode,
  QuestionNode,
  ReflectNode,
  TextNode,
} from './schema';
import { matchChoice, matchChoices, normalizeWords, type ChoiceWords } from './words';

export type AnswerValue = string | string[] | number;

export type ParsedAnswer =
  | { kind: 'answer'; value: AnswerValue }
  | { kind: 'skip' }
  | { kind: 'reask'; reason: ReaskReason; params?: Record<string, string | number> };

/** What the parser needs from a compiled flow. */
export interface AnswerWords {
  /** node id → choice value → words that mean it. */
  readonly choiceWords: Readonly<Record<string, ChoiceWords>>;
  readonly skipWords: readonly string[];
}

/** What a person may send for one question: typed text, or a card's selected values and text. */
export type RawAnswer = { kind: 'text'; text: string } | { kind: 'card'; values: readonly string[]; text?: string };

export const DEFAULT_TEXT_MAX_LENGTH = 2000;
const REFERENCE_MAX_LENGTH = 40;
const PHONE_MAX_LENGTH = 40;
const AGE_PATTERN =
  /^(?:about|around|approx|aged?|tua|oed)?\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:years?|yrs?|y\/?o|years? old|yrs? old|old|oed|mlwydd oed|mlwydd|mlynedd|blwydd oed|ish)?\.?$/i;

function blank(node: QuestionNode): ParsedAnswer {
  return node.optional ? { kind: 'skip' } : { kind: 'reask', reason: REASK.empty };
}

function isSkipWord(text: string, words: AnswerWords): boolean {
  return words.skipWords.includes(normalizeWords(text));
}

function choicesOf(node: ChoiceNode | MultiChoiceNode | ReflectNode): readonly FlowChoice[] {
  return node.choices ?? [];
}

function parseSingle(node: ChoiceNode | ReflectNode, raw: RawAnswer, words: AnswerWords): ParsedAnswer {
  const values = choicesOf(node).map((choice) => choice.value);
  if (raw.kind === 'card' && raw.values.length > 0) {
    return raw.values.length === 1 && values.includes(raw.values[0])
      ? { kind: 'answer', value: raw.values[0] }
      : { kind: 'reask', reason: REASK.choiceExpected };
  }
  const text = raw.text ?? '';
  if (!text.trim()) return blank(node);
  const match = matchChoice(text, values, words.choiceWords[node.id] ?? {}, true);
  if (match.kind === 'one') return { kind: 'answer', value: match.value };
  // "skip" only counts once it is clearly not an answer.
  return isSkipWord(text, words) ? blank(node) : { kind: 'reask', reason: REASK.choiceExpected };
}

/** Safety questions whose ticked harm is kept even beside "none": a missed disclosure is the worst failure. */
const DISCLOSURE_RULES: ReadonlySet<string> = new Set(['harmDisclosure', 'exploitation']);

function parseMulti(node: MultiChoiceNode, raw: RawAnswer, words: AnswerWords): ParsedAnswer {
  const values = node.choices.map((choice) => choice.value);
  let chosen: readonly string[] | undefined;
  if (raw.kind === 'card' && raw.values.length > 0) {
    chosen = raw.values.every((value) => values.includes(value)) ? raw.values : undefined;
  } else {
    const text = raw.text ?? '';
    if (!text.trim()) return blank(node);
    chosen = matchChoices(text, values, words.choiceWords[node.id] ?? {});
    if (!chosen && isSkipWord(text, words)) return blank(node);
  }
  if (!chosen) return { kind: 'reask', reason: REASK.choiceExpected };
  const exclusive = node.exclusive ?? [];
  // An answer that contradicts itself ("in school as usual" with "not in any school") is refused,
  // naming the clash (issue 17, item 5). A disclosure is the exception: kept, never lost to a "none".
  const clash = chosen.find((value) => exclusive.includes(value));
  const other = chosen.find((value) => !exclusive.includes(value));
  if (clash !== undefined && other !== undefined && !(node.risk !== undefined && DISCLOSURE_RULES.has(node.risk))) {
    const label = (value: string) => qualify(node.choices.find((choice) => choice.value === value)?.label ?? value);
    return { kind: 'reask', reason: REASK.clash, params: { first: label(clash), second: label(other) } };
  }
  const meaningful = chosen.some((value) => !exclusive.includes(value))
    ? chosen.filter((value) => !exclusive.includes(value))
    : chosen;
  return { kind: 'answer', value: values.filter((value) => meaningful.includes(value)) };
}

/**
 * Two or more capitalised name-like words ("Jane Smith", "Tomos ap Rhys"), or two or three name-like words alone:
 * probably a name.
 */
function looksLikeFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const nameLike = (word: string) => /^\p{L}[\p{L}'’-]{2,}$/u.test(word);
  if (words.filter((word) => nameLike(word) && /^\p{Lu}/u.test(word)).length >= 2) return true;
  return words.length >= 2 && words.length <= 3 && words.every(nameLike);
}

function parseText(node: TextNode | ReflectNode, raw: RawAnswer, words: AnswerWords): ParsedAnswer {
  const text = (raw.text ?? '').trim();
  if (!text || isSkipWord(text, words)) return blank(node);
  const format = node.kind === 'text' ? node.format : undefined;
  const max =
    node.kind === 'text' && node.maxLength
      ? node.maxLength
      : format === 'reference'
        ? REFERENCE_MAX_LENGTH
        : format === 'phone'
          ? PHONE_MAX_LENGTH
          : DEFAULT_TEXT_MAX_LENGTH;
  if (text.length > max) return { kind: 'reask', reason: REASK.tooLong, params: { max } };
  if (format === 'reference' && looksLikeFullName(text)) return { kind: 'reask', reason: REASK.noFullNames };
  if (format === 'phone' && !/^\+?[\d\s().-]{6,}$/.test(text)) return { kind: 'reask', reason: REASK.phoneExpected };
  return { kind: 'answer', value: text };
}

function parseNumber(node: NumberNode, raw: RawAnswer, words: AnswerWords): ParsedAnswer {
  const alternatives = (node.alternatives ?? []).map((choice) => choice.value);
  const text = (raw.text ?? '').trim();
  if (raw.kind === 'card' && !text && raw.values.length > 0) {
    return raw.values.length === 1 && alternatives.includes(raw.values[0])
      ? { kind: 'answer', value: raw.values[0] }
      : { kind: 'reask', reason: REASK.numberExpected, params: { min: node.min, max: node.max } };
  }
  if (!text) return blank(node);
  // "Year 7", "Y7", "Blwyddyn 7": a named alternative; a bare "7" is always a number here.
  const alternative = matchChoice(text, alternatives, words.choiceWords[node.id] ?? {}, false);
  if (alternative.kind === 'one') return { kind: 'answer', value: alternative.value };
  if (isSkipWord(text, words)) return blank(node);
  // A number, with at most "about" before it and "years old" / "oed" after it.
  const number = AGE_PATTERN.exec(text);
  if (!number) return { kind: 'reask', reason: REASK.numberExpected, params: { min: node.min, max: node.max } };
  const value = Number(number[1].replace(',', '.'));
  if (!Number.isInteger(value))
    return { kind: 'reask', reason: REASK.numberExpected, params: { min: node.min, max: node.max } };
  if (value < node.min || value > node.max)
    return { kind: 'reask', reason: REASK.outOfRange, params: { min: node.min, max: node.max } };
  return { kind: 'answer', value };
}

export function parseAnswer(node: QuestionNode, raw: RawAnswer, words: AnswerWords): ParsedAnswer {
  switch (node.kind) {
    case 'choice':
      return parseSingle(node, raw, words);
    case 'multiChoice':
      return parseMulti(node, raw, words);
    case 'text':
      return parseText(node, raw, words);
    case 'number':
      return parseNumber(node, raw, words);
    case 'reflect':
      return node.choices ? parseSingle(node, raw, words) : parseText(node, raw, words);
  }
}

/**
 * Whether a stored answer is still a valid answer to this node (pre-filled answers, answers kept across a flow edit).
 */
export function isValidAnswer(node: QuestionNode, value: AnswerValue): boolean {
  switch (node.kind) {
    case 'choice':
      return typeof value === 'string' && node.choices.some((choice) => choice.value === value);
    case 'multiChoice':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => node.choices.some((choice) => choice.value === item))
      );
    case 'text':
      return typeof value === 'string' && value.trim().length > 0;
    case 'number':
      return (
        (typeof value === 'number' && Number.isInteger(value) && value >= node.min && value <= node.max) ||
        (typeof value === 'string' && (node.alternatives ?? []).some((choice) => choice.value === value))
      );
    case 'reflect':
      return node.choices
        ? typeof value === 'string' && node.choices.some((choice) => choice.value === value)
        : typeof value === 'string' && value.trim().length > 0;
  }
}
