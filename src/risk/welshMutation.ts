/**
 * Welsh initial consonant mutation: a word's first sound changes after certain words ("marw" →
 * "i farw", "cam-drin" → "fy ngham-drin", "curo" → "ei churo"). The lexicon lists radical forms and
 * every mutated form is generated here, so a lexicon editor never has to list them by hand.
 */

interface Rule {
  radical: string;
  mutated: readonly string[];
}

// Soft, nasal and aspirate mutations, longest radical first so "ll" and "rh" win over "l" and "r".
const RULES: readonly Rule[] = [
  { radical: 'll', mutated: ['l'] },
  { radical: 'rh', mutated: ['r'] },
  { radical: 'p', mutated: ['b', 'mh', 'ph'] },
  { radical: 't', mutated: ['d', 'nh', 'th'] },
  { radical: 'c', mutated: ['g', 'ngh', 'ch'] },
  { radical: 'b', mutated: ['f', 'm'] },
  { radical: 'd', mutated: ['dd', 'n'] },
  { radical: 'g', mutated: ['', 'ng'] },
  { radical: 'm', mutated: ['f'] },
];

/** Welsh digraphs that are letters in their own right and do not mutate. */
const UNMUTATED_DIGRAPHS = ['ch', 'ph', 'th', 'dd', 'ff', 'ng'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'w', 'y']);

/** Every mutated form of a radical word (not including the word itself). */
export function welshMutations(word: string): string[] {
  if (word.length < 2) return [];
  if (UNMUTATED_DIGRAPHS.some((digraph) => word.startsWith(digraph))) return [];
  const out: string[] = [];
  // h- before a vowel (after "ei" = her, "ein", "eu"); short words only make noise ("i" → "hi").
  if (VOWELS.has(word[0]) && word.length >= 3) out.push(`h${word}`);
  const rule = RULES.find((candidate) => word.startsWith(candidate.radical));
  if (rule) {
    const rest = word.slice(rule.radical.length);
    for (const initial of rule.mutated) {
      const mutated = initial + rest;
      if (mutated.length >= 2) out.push(mutated);
    }
  }
  return out;
}

/**
 * The radicals a word may be a mutated form of ("thad" → "tad", "fam" → "mam" or "bam"), from the same rules: the
 * inverse of `welshMutations`, for comparing two words that may name one person. Deletion (g- dropped) and h- before a
 * vowel are left out: any word could be one.
 */
export function welshRadicals(word: string): string[] {
  const out: string[] = [];
  for (const { radical, mutated } of RULES)
    for (const initial of mutated)
      if (initial !== '' && word.startsWith(initial) && word.length > initial.length)
        out.push(radical + word.slice(initial.length));
  return out;
}
