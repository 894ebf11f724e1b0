/**
 * The learned reader's view of a message: hashed word 1–2-grams and character 3–5-grams of the
 * normalised words (so "cutio", "cutting" and "cut" share pieces, and Welsh mutations share their
 * stems), plus frame features: which roles, acts, severities and times the message names, and
 * their pairs in one clause. No strings are built per n-gram: each is hashed as it is read.
 */
import { lastWord } from './frames';
import type { Token } from './tokenize';
import type { WordEntry } from './wordEntries';

/** Feature hashes are 32-bit; a head keeps the low bits it needs. */
export interface FeatureVector {
  readonly hashes: Int32Array;
  readonly length: number;
  /** 1 / sqrt(length): every message has unit length whatever its size. */
  readonly scale: number;
  /** A word names a frame of immediacy or severity (now, tonight, going home, bleeding, a weapon…). */
  readonly namesImmediacy: boolean;
  /** A word names a narrow cue of now-ness (an `urgency-` frame: "right now", "gets home", "not breathing"). */
  readonly namesNowCue: boolean;
  /** A word names a frame of risk: a role other than the child, an act, a severity or a time (not only contexts). */
  readonly namesRiskFrame: boolean;
  /**
   * With `ownApart`: the words whose own n-grams were counted but not listed in `hashes` (the caller
   * adds each word's precomputed weights instead), so `scale` still counts them. Otherwise 0.
   */
  readonly wordsApart: number;
  /** Those words' features, in order (the first `wordsApart` entries). */
  readonly words: readonly WordFeatures[];
  /** How many sentences the features cover (the sentences of the first MAX_FEATURE_WORDS words). */
  readonly sentences: number;
  /** Where each sentence's features start; entry `sentences` is where the last one ends. */
  readonly sentenceStarts: SentenceStarts;
}

/**
 * Every feature belongs to one sentence: a bigram, a frame phrase and a pair of frames are all read within one clause,
 * and a new sentence always starts a new clause (tokenize.ts). So the features of a run of sentences are exactly
 * their sentences' features, and a reader can score a window of sentences from its sentences' sums.
 */
export interface SentenceStarts {
  /** Index in `hashes` of the sentence's first feature. */
  readonly hashAt: Int32Array;
  /** Index in `words` of its first word (with `ownApart`; otherwise 0 throughout). */
  readonly wordAt: Int32Array;
  /** Features counted before it (listed and apart): a window's count is the difference. */
  readonly countAt: Int32Array;
  /** What its words name: SENTENCE_NAMES_* bits. */
  readonly names: Uint8Array;
}

/** A word of the sentence names a frame of risk (always set when the frames table lists none). */
export const SENTENCE_NAMES_RISK_FRAME = 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_MIN = 3;
const CHAR_MAX = 5;
/** Longer messages are read whole by the phrases; the learned reader reads the first this many words. */
export const MAX_FEATURE_WORDS = 400;

function mixChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** A seed for one family of hashed features (1–5 here; explanationFeatures.ts uses its own numbers). */
export function featureSeed(family: number): number {
  return mixChar(FNV_OFFSET, family);
}

/** The FNV-1a hash of a word from its family's seed. */
export function hashWord(seed: number, word: string): number {
  let hash = seed;
  for (let i = 0; i < word.length; i += 1) hash = mixChar(hash, word.charCodeAt(i));
  return hash;
}

const SEED_WORD = featureSeed(1);
const SEED_BIGRAM = featureSeed(2);
const SEED_CHAR = featureSeed(3);
const SEED_FRAME = featureSeed(4);
const SEED_FRAME_PAIR = featureSeed(5);

/** A growing buffer reused across calls: feature extraction allocates nothing per message in steady state. */
let buffer = new Int32Array(4096);

function push(at: number, hash: number): number {
  if (at >= buffer.length) {
    const bigger = new Int32Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[at] = hash;
  return at + 1;
}

export interface WordFeatures {
  /** The word itself, then its character n-grams of "<word>" (the angle brackets mark its ends). */
  readonly own: Int32Array;
  /**
   * `own.length` and `own[0]` (the word's own hash) as plain fields: a message's words are read from a cache larger
   * than the processor's, and these spare each word a second and third fetch (the array and its contents).
   */
  readonly ownCount: number;
  readonly hash: number;
  /** Its half of a bigram hash (not a feature by itself). */
  readonly bigramHalf: number;
  /** The frame labels the word names by itself, read once with its n-grams. */
  readonly labels: readonly number[] | undefined;
  /** It starts a frame phrase ("black" of "black eye"). */
  readonly startsPhrase: boolean;
  /**
   * It ends a frame phrase ("eye" of "black eye"): only then is a phrase ending at this word looked up (a phrase
   * start is common, "black" or "my"; a phrase end after one is rare).
   */
  readonly endsPhrase: boolean;
  /**
   * A slot for one reader's weights summed over `own`, and which reader filled it: kept with the
   * word, so a message's words cost one cache look-up, not one per n-gram.
   */
  scoredBy: object | undefined;
  score: Int32Array | undefined;
  /**
   * The first four of `score` (the level heads: concern, urgent, immediate, immediate-if-urgent) as plain fields, set
   * with it: every message reads them for every word, and here they cost no fetch of the array and its contents.
   */
  scoreConcern: number;
  scoreUrgent: number;
  scoreImmediate: number;
  scoreIfUrgent: number;
}

/**
 * A word's own features and frame labels, computed once per distinct word and kept in its shared entry: words repeat
 * across messages. Another frames table reads the word afresh (its labels depend on the table).
 */
function wordFeatures(entry: WordEntry, frames: FrameReader): WordFeatures {
  if (entry.featuresBy === frames && entry.features) return entry.features;
  const word = entry.form;
  const grams: number[] = [hashWord(SEED_WORD, word)];
  const padded = word.length + 2;
  for (let start = 0; start < padded; start += 1) {
    let hash = SEED_CHAR;
    for (let len = 1; len <= CHAR_MAX && start + len <= padded; len += 1) {
      const at = start + len - 1;
      const code = at === 0 ? 60 : at === padded - 1 ? 62 : word.charCodeAt(at - 1);
      hash = mixChar(hash, code);
      if (len >= CHAR_MIN) grams.push(hash);
    }
  }
  const features: WordFeatures = {
    own: Int32Array.from(grams),
    ownCount: grams.length,
    hash: grams[0],
    bigramHalf: hashWord(SEED_BIGRAM, word),
    labels: frames.lookup(word),
    startsPhrase: frames.phraseStarts.has(word),
    endsPhrase: frames.phraseEnds.has(lastWord(word)),
    scoredBy: undefined,
    score: undefined,
    scoreConcern: 0,
    scoreUrgent: 0,
    scoreImmediate: 0,
    scoreIfUrgent: 0,
  };
  entry.featuresBy = frames;
  entry.features = features;
  return features;
}

/** Frame labels for each word (from the frames table), or undefined when it names none. */
export type FrameLookup = (form: string) => readonly number[] | undefined;

export interface FrameReader {
  readonly lookup: FrameLookup;
  /** Labels for two or three words joined by spaces ("black eye"). */
  readonly phraseLookup: FrameLookup;
  /** The first words of those phrases. */
  readonly phraseStarts: ReadonlySet<string>;
  /** The last words of those phrases (`lastWord`). */
  readonly phraseEnds: ReadonlySet<string>;
  readonly longestPhrase: number;
  /** Frame labels of immediacy and severity: the learned reader says immediate only with one. */
  readonly immediacy: ReadonlySet<number>;
  /** Frame labels of narrow now-ness cues (optional: a table without them names none). */
  readonly nowCues?: ReadonlySet<number>;
  /** Frame labels that name risk (optional: without it every message counts as naming one, as before). */
  readonly riskFrames?: ReadonlySet<number>;
}

/** The most frame labels of one clause paired with those after them. */
const MAX_CLAUSE_FRAMES = 16;
/**
 * The frame labels of the clause being read (the first of them in use), reused like the hash buffer: a new list for
 * every clause of every message was most of what extracting features allocated.
 */
const clauseFrames = new Int32Array(MAX_CLAUSE_FRAMES);

/** The words of the last extractFeatures call with `ownApart`, reused like the hash buffer. */
const wordsBuffer: WordFeatures[] = [];

/** The sentences of the last extractFeatures call, reused too: at most one per word read, and one end. */
const sentenceBuffer: SentenceStarts = {
  hashAt: new Int32Array(MAX_FEATURE_WORDS + 1),
  wordAt: new Int32Array(MAX_FEATURE_WORDS + 1),
  countAt: new Int32Array(MAX_FEATURE_WORDS + 1),
  names: new Uint8Array(MAX_FEATURE_WORDS + 1),
};

/**
 * Hashes a message's features. `frames` gives each word's frame labels; each label found is a
 * feature, and each pair of labels found in one clause is another ("adult" with "hit").
 * With `ownApart`, each of the first `wordsApart` words' own features are left out of `hashes` but
 * counted in `scale`: a reader that has summed each word's weights once adds those sums instead.
 */
export function extractFeatures(tokens: readonly Token[], frames: FrameReader, ownApart = false): FeatureVector {
  let n = 0;
  let ownCount = 0;
  const count = Math.min(tokens.length, MAX_FEATURE_WORDS);
  let previous = 0;
  let previousClause = -1;
  let clauseFrameCount = 0;
  let clause = -1;
  let namesImmediacy = false;
  let namesNowCue = false;
  const nowCues = frames.nowCues;
  const riskFrames = frames.riskFrames;
  let namesRiskFrame = riskFrames === undefined;
  // Whether each of the last few words starts a frame phrase, so most words build no joined string.
  let recentStarts = 0;
  const starts = sentenceBuffer;
  let sentences = 0;
  let sentence = -1;
  for (let t = 0; t < count; t += 1) {
    const token = tokens[t];
    const word = token.form;
    const features = wordFeatures(token.entry, frames);
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      starts.hashAt[sentences] = n;
      starts.wordAt[sentences] = ownApart ? t : 0;
      starts.countAt[sentences] = n + ownCount;
      starts.names[sentences] = riskFrames === undefined ? SENTENCE_NAMES_RISK_FRAME : 0;
      sentences += 1;
    }
    if (ownApart) {
      ownCount += features.ownCount;
      wordsBuffer[t] = features;
    } else for (let k = 0; k < features.ownCount; k += 1) n = push(n, features.own[k]);
    if (token.clause === previousClause) n = push(n, Math.imul(previous ^ features.bigramHalf, FNV_PRIME));
    previous = features.hash;
    previousClause = token.clause;
    if (token.clause !== clause) {
      clause = token.clause;
      clauseFrameCount = 0;
    }
    let labels = features.labels;
    if (recentStarts !== 0 && features.endsPhrase && t > 0 && tokens[t - 1].clause === token.clause) {
      for (
        let back = 1;
        back < frames.longestPhrase && t - back >= 0 && tokens[t - back].clause === token.clause;
        back += 1
      ) {
        // Most words start no frame phrase: nothing is built for them.
        if ((recentStarts & (1 << (back - 1))) === 0) continue;
        let joined = word;
        for (let k = 1; k <= back; k += 1) joined = `${tokens[t - k].form} ${joined}`;
        const more = frames.phraseLookup(joined);
        if (more) labels = labels ? [...labels, ...more] : more;
      }
    }
    recentStarts = ((recentStarts << 1) | (features.startsPhrase ? 1 : 0)) & 0xffff;
    if (labels) {
      for (const label of labels) {
        if (frames.immediacy.has(label) || nowCues?.has(label)) namesImmediacy = true;
        if (nowCues?.has(label)) namesNowCue = true;
        if (riskFrames?.has(label)) {
          namesRiskFrame = true;
          starts.names[sentences - 1] |= SENTENCE_NAMES_RISK_FRAME;
        }
        n = push(n, Math.imul(SEED_FRAME ^ label, FNV_PRIME));
        let known = false;
        for (let k = 0; k < clauseFrameCount; k += 1) {
          const other = clauseFrames[k];
          if (other === label) {
            known = true;
            continue;
          }
          const low = Math.min(other, label);
          const high = Math.max(other, label);
          n = push(n, Math.imul(Math.imul(SEED_FRAME_PAIR ^ low, FNV_PRIME) ^ high, FNV_PRIME));
        }
        if (clauseFrameCount < MAX_CLAUSE_FRAMES && !known) {
          clauseFrames[clauseFrameCount] = label;
          clauseFrameCount += 1;
        }
      }
    }
  }
  const total = n + ownCount;
  starts.hashAt[sentences] = n;
  starts.wordAt[sentences] = ownApart ? count : 0;
  starts.countAt[sentences] = total;
  return {
    hashes: buffer,
    length: n,
    scale: total === 0 ? 0 : 1 / Math.sqrt(total),
    namesImmediacy,
    namesNowCue,
    namesRiskFrame,
    wordsApart: ownApart ? count : 0,
    words: wordsBuffer,
    sentences,
    sentenceStarts: starts,
  };
}

/**
 * The sign a hashed feature's weight is read with. With signed hashing the hash's top bit, which no head's mask keeps,
 * gives +1 or -1, so features that share a bucket cancel on average instead of adding up (unsigned, a bucket shared
 * with a frequent alarm word lends every message that word's weight). `signBits` is -1 for a signed model and 0 for an
 * unsigned one (every sign +1): one shift, one `and` and one `or`, no branch in the reading's inner loops.
 */
export function featureSign(hash: number, signBits: number): number {
  return ((hash >> 31) & signBits) | 1;
}

/** The `signBits` of `featureSign` for a model with or without signed hashes. */
export function signBitsOf(signedHashes: boolean | undefined): number {
  return signedHashes === true ? -1 : 0;
}

/** A copy that survives the next call (the trainer keeps every message's features). */
export function copyFeatures(features: FeatureVector): FeatureVector {
  return {
    hashes: features.hashes.slice(0, features.length),
    length: features.length,
    scale: features.scale,
    namesImmediacy: features.namesImmediacy,
    namesNowCue: features.namesNowCue,
    namesRiskFrame: features.namesRiskFrame,
    wordsApart: features.wordsApart,
    words: features.words.slice(0, features.wordsApart),
    sentences: features.sentences,
    sentenceStarts: {
      hashAt: features.sentenceStarts.hashAt.slice(0, features.sentences + 1),
      wordAt: features.sentenceStarts.wordAt.slice(0, features.sentences + 1),
      countAt: features.sentenceStarts.countAt.slice(0, features.sentences + 1),
      names: features.sentenceStarts.names.slice(0, features.sentences + 1),
    },
  };
}
