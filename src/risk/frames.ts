/**
 * The frames table (locales/risk-frames.json): plain words a safeguarding lead can read and edit,
 * grouped by what they say — who is involved, what happens, how severe, when, and the contexts that
 * explain a span. The learned reader sees each frame a word names, and each pair of frames named in
 * one clause, so "stepdad … hit" and "uncle … punched" teach the same thing.
 */
import { z } from 'zod';
import type { FrameLookup, FrameReader } from './features';
import { welshMutations } from './welshMutation';

export const framesSchema = z.strictObject({
  version: z.string().min(1),
  description: z.string(),
  frames: z.record(z.string().regex(/^[a-z]+(-[a-z]+)*$/), z.array(z.string().min(1)).min(1)),
});
export type FramesTable = z.infer<typeof framesSchema>;

export function parseFrames(value: unknown, source = 'frames'): FramesTable {
  const result = framesSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    `${source} is not a valid frames table:\n  ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n  ')}`,
  );
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018]/g, '');
}

const MIN_PREFIX = 3;
/** What follows the last space ("eye" of "black eye"; a word with no space is its own last word). */
export function lastWord(words: string): string {
  return words.slice(words.lastIndexOf(' ') + 1);
}
/**
 * Frames that can make a reading immediate: now-ness, tonight, and medical or weapon severity; going home only as a
 * narrow cue ("gets home", "mynd adref", the `urgency-` frames below). The broad going-home frame ("home", "back",
 * "house", "ty", "nol") was dropped from the gate in s9-D: on dev it raised 3 `urgent` messages to immediate ("didn't
 * come home last night") and no `immediate` one that the other frames did not.
 */
const IMMEDIACY_FRAMES = ['time-now', 'time-tonight', 'severity-'];
/**
 * Narrow cues that something is happening now or is about to (the `urgency-` frames): they may turn urgent into
 * immediate.
 */
const NOW_CUE_FRAMES = ['urgency-'];
/**
 * Frames that say nothing about risk by themselves: the explaining contexts, and the child (a pronoun in nearly every
 * message). A message naming none of the others names no one who acts, no act, no severity and no time.
 */
const NOT_RISK_FRAMES = ['context-', 'role-child'];
const CACHE_LIMIT = 20000;

export interface CompiledFrames extends FrameReader {
  readonly version: string;
  readonly names: readonly string[];
}

/** Frame numbers follow the sorted frame names, so a reordered file gives the same features. */
export function compileFrames(table: FramesTable, mutationCollisions: ReadonlySet<string>): CompiledFrames {
  const names = Object.keys(table.frames).sort();
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const phrases = new Map<string, number[]>();
  let longestPhrase = 1;
  const add = (map: Map<string, number[]>, key: string, label: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [label]);
    else if (!list.includes(label)) list.push(label);
  };
  const listed = new Set(Object.values(table.frames).flat().map(fold));
  names.forEach((name, label) => {
    for (const raw of table.frames[name]) {
      const word = fold(raw);
      if (word.includes(' ')) {
        add(phrases, word, label);
        longestPhrase = Math.max(longestPhrase, word.split(' ').length);
      } else if (word.endsWith('*') && word.length > MIN_PREFIX) add(prefixes, word.slice(0, -1), label);
      // "môr" (sea) folds to "mor" (so): a word whose accents fold it into an everyday word is read
      // only in its phrases ("y môr").
      else if (word !== raw.toLowerCase() && mutationCollisions.has(word)) continue;
      else {
        add(exact, word, label);
        // Mutated forms ("guro" for "curo"), never one that is itself an ordinary word.
        if (word.length >= 4)
          for (const form of welshMutations(word))
            if (!listed.has(form) && !mutationCollisions.has(form)) add(exact, form, label);
      }
    }
  });
  const cache = new Map<string, readonly number[] | undefined>();
  const lookup: FrameLookup = (form) => {
    if (cache.has(form)) return cache.get(form);
    let labels: number[] | undefined = exact.get(form);
    for (let len = MIN_PREFIX; len <= form.length; len += 1) {
      const more = prefixes.get(form.slice(0, len));
      if (more) labels = labels ? [...new Set([...labels, ...more])] : more;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(form, labels);
    return labels;
  };
  /** The labels whose frame name does (or, with `outside`, does not) start with one of `prefixes`. */
  const labelsNamed = (prefixes: readonly string[], outside = false): Set<number> =>
    new Set(
      names.flatMap((name, label) => (prefixes.some((prefix) => name.startsWith(prefix)) !== outside ? [label] : [])),
    );
  const immediacy = labelsNamed(IMMEDIACY_FRAMES);
  const nowCues = labelsNamed(NOW_CUE_FRAMES);
  const riskFrames = labelsNamed(NOT_RISK_FRAMES, true);
  const phraseStarts = new Set([...phrases.keys()].map((phrase) => phrase.split(' ')[0]));
  const phraseEnds = new Set([...phrases.keys()].map(lastWord));
  return {
    version: table.version,
    names,
    immediacy,
    nowCues,
    riskFrames,
    phraseStarts,
    phraseEnds,
    lookup,
    phraseLookup: (words) => phrases.get(words),
    longestPhrase,
  };
}
