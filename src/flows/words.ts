/**
 * Matching what a person typed against words: choice labels in every language, extra typed
 * words, and the word lists of `mentionsAny` conditions. People type fast on phones, in English
 * or Welsh, with or without accents, so everything is compared in one normal form.
 */

/** Lower case, no accents (â → a), apostrophes kept inside words, anything else a single space. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A word-list entry in normal form: its words, and whether the last one is a stem ("diagnos*"). */
export interface WordListEntry {
  readonly words: readonly string[];
  readonly stem: boolean;
}

/** Normalises a word list once, so conditions checked on every turn do not redo it. */
export function compileWordList(entries: readonly string[]): WordListEntry[] {
  return entries
    .map((entry) => ({
      words: normalizeWords(entry.endsWith('*') ? entry.slice(0, -1) : entry)
        .split(' ')
        .filter(Boolean),
      stem: entry.endsWith('*'),
    }))
    .filter((entry) => entry.words.length > 0);
}

/**
 * True when the text contains one of the entries as whole words. An entry ending in `*` is a stem:
 * "diagnos*" matches "diagnosed" and "diagnosis". Multi-word entries match as a phrase.
 */
export function mentionsAny(text: string, entries: readonly string[] | readonly WordListEntry[]): boolean {
  const compiled = entries
    .map((entry) => (typeof entry === 'string' ? compileWordList([entry])[0] : entry))
    .filter((entry): entry is WordListEntry => entry !== undefined);
  const words = normalizeWords(text).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  return compiled.some(({ words: parts, stem }) => {
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      const matches = parts.every((part, offset) => {
        const word = words[start + offset];
        return stem && offset === parts.length - 1 ? word.startsWith(part) : word === part;
      });
      if (matches) return true;
    }
    return false;
  });
}

/**
 * The words a choice answers to. `exact`: its labels in every language, its value and any extra typed
 * words, matched whole. `labels`: the labels alone, which a typed answer may also begin ("yes" for
 * "Yes, it is getting worse"); typed extras are never matched by their start ("no" must not mean "no idea").
 */
export interface ChoicePhrases {
  readonly exact: readonly string[];
  readonly labels: readonly string[];
}
export type ChoiceWords = Readonly<Record<string, ChoicePhrases>>;

/** No label is this long: longer text is not a choice, and is not worth searching. */
export const MAX_TYPED_CHOICE_LENGTH = 600;

export type ChoiceMatch = { kind: 'one'; value: string } | { kind: 'none' } | { kind: 'ambiguous' };

/**
 * Finds the single choice a typed answer means: its number (when `byNumber`), exactly its words,
 * or the start of its label. Two candidates mean no match: guessing an answer about a child is
 * worse than asking again.
 */
export function matchChoice(
  typed: string,
  values: readonly string[],
  words: ChoiceWords,
  byNumber: boolean,
): ChoiceMatch {
  if (typed.length > MAX_TYPED_CHOICE_LENGTH) return { kind: 'none' };
  const text = normalizeWords(typed);
  if (!text) return { kind: 'none' };
  if (byNumber && /^\d+$/.test(text)) {
    const index = Number(text) - 1;
    return index >= 0 && index < values.length ? { kind: 'one', value: values[index] } : { kind: 'none' };
  }
  const exact = values.filter((value) => (words[value]?.exact ?? []).includes(text));
  if (exact.length === 1) return { kind: 'one', value: exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous' };
  if (text.length < 2) return { kind: 'none' };
  const prefixed = values.filter((value) => (words[value]?.labels ?? []).some((label) => label.startsWith(`${text} `)));
  if (prefixed.length === 1) return { kind: 'one', value: prefixed[0] };
  return prefixed.length > 1 ? { kind: 'ambiguous' } : { kind: 'none' };
}

/**
 * Several choices typed in one message: "1, 3", "1 3 and 5", "anxiety, sleep". Labels may hold
 * commas themselves ("Worry, anxiety or low mood"), so the longest run of comma-separated parts that
 * is one choice wins. Any part that matches nothing fails the whole answer: better to ask again.
 */
export function matchChoices(typed: string, values: readonly string[], words: ChoiceWords): string[] | undefined {
  if (typed.length > MAX_TYPED_CHOICE_LENGTH) return undefined;
  const whole = matchChoice(typed, values, words, true);
  if (whole.kind === 'one') return [whole.value];
  const parts = typed
    .split(/[,;\n/&+]+/)
    .flatMap((part) =>
      /^\s*\d+((\s+(and|a|ac|&)\s+|\s+)\d+)+\s*$/i.test(part) ? part.split(/\s+(?:and|a|ac|&)\s+|\s+/i) : [part],
    )
    .map((part) => part.trim())
    .filter(Boolean);
  // More parts than choices cannot be a real answer; the bound also keeps the search below small.
  if (parts.length < 2 || parts.length > values.length * 2) return undefined;
  const chosen: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let matched = false;
    for (let end = parts.length; end > start && !matched; end -= 1) {
      const match = matchChoice(parts.slice(start, end).join(', '), values, words, end - start === 1);
      if (match.kind === 'one') {
        if (!chosen.includes(match.value)) chosen.push(match.value);
        start = end;
        matched = true;
      }
    }
    if (!matched) return undefined;
  }
  return chosen;
}

/** Splits a "|"-separated list of typed words from a locale file into normal forms. */
export function splitTypedWords(list: string): string[] {
  return list.split('|').map(normalizeWords).filter(Boolean);
}
