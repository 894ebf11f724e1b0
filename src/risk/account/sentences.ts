/** Sentence spans in the original text, from the tokens, with the closing punctuation kept. */
import type { Token } from '../tokenize';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const CLOSERS = new Set(['.', '!', '?', '…', '"', '”', "'", '’', ')']);

/** The whole sentence that token `index` is in, as written. */
export function sentenceSpan(text: string, tokens: readonly Token[], index: number): TextSpan {
  const sentence = tokens[index].sentence;
  let first = index;
  while (first > 0 && tokens[first - 1].sentence === sentence) first -= 1;
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === sentence) last += 1;
  let end = tokens[last].end;
  while (end < text.length && CLOSERS.has(text[end])) end += 1;
  return { start: tokens[first].start, end };
}

/** The text from a token to the end of its sentence, as written. */
export function restOfSentence(text: string, tokens: readonly Token[], from: number): TextSpan {
  const whole = sentenceSpan(text, tokens, from);
  return { start: tokens[from].start, end: whole.end };
}
