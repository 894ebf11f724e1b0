/**
 * Text as a reader sees it, before the risk reading: letters that look Latin but are not (Cyrillic
 * "і" and "е", Greek "ο" …) become the Latin letters they pass for, and invisible separators (a
 * zero-width space used as the only break between words) become spaces, while the same character
 * inside a word ("ki\u200Bll") must not hide it: the reading reads both ways (readingsOf). One UTF-16
 * unit in, one out, so every offset the reading reports still points at what the person wrote.
 */

/**
 * Cyrillic and Greek letters that render like a Latin letter in common fonts (Unicode confusables, single letters
 * only).
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic, lower case
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ѵ: 'v',
  ɡ: 'g',
  ı: 'i',
  // Cyrillic, upper case
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Һ: 'H',
  Ӏ: 'I',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ү: 'Y',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

/**
 * Characters that show nothing but can stand between words: zero-width space and non-joiner, word
 * joiner and the invisible operators, the Mongolian vowel separator, the byte-order mark, and the
 * Hangul fillers. (The soft hyphen and zero-width joiner sit inside words and are dropped by the tokenizer.)
 */
const INVISIBLE_SEPARATORS = new Set([
  '\u200B',
  '\u200C',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\u180E',
  '\uFEFF',
  '\u115F',
  '\u1160',
  '\u3164',
  '\uFFA0',
]);

const PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}${[...INVISIBLE_SEPARATORS].join('')}]`, 'g');

/** Folds lookalike letters to Latin and invisible separators to spaces, keeping the length. */
export function foldConfusables(text: string): string {
  return text.replace(PATTERN, (c) => (INVISIBLE_SEPARATORS.has(c) ? ' ' : (LOOKALIKES[c] ?? c)));
}

const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const ANY_SEPARATOR = new RegExp(`[${[...INVISIBLE_SEPARATORS].join('')}]`);

/**
 * The texts the risk reading must read, each as long as `text`: lookalike letters folded, and,
 * when an invisible separator is present, it both ignored ("ki\u200Bll" hides "kill", and the
 * tokenizer drops it) and read as a space ("kill\u200Bherself" has no other break). The reading
 * keeps the higher level of the two.
 */
export function readingsOf(text: string): string[] {
  const folded = text.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
  return ANY_SEPARATOR.test(text) ? [folded, foldConfusables(text)] : [folded];
}
