/**
 * The learned second reader: a linear model (logistic regression) over hashed word and character
 * n-grams and frame features, trained by `npm run risk:train` on test/risk-data/train and shipped
 * as src/risk/model/risk-reader.json. It gives the probability that a message is at least `concern`, at
 * least `urgent`, and `immediate`, and per indicator. It is only ever used to raise a level.
 */
import { z } from 'zod';
import { type ExplanationsOf, NO_EXPLANATIONS } from './explanationFeatures';
import { compareLevels } from './levels';
import {
  extractFeatures,
  featureSign,
  type FeatureVector,
  type FrameReader,
  MAX_FEATURE_WORDS,
  SENTENCE_NAMES_RISK_FRAME,
  signBitsOf,
  type WordFeatures,
} from './features';
import type { Token } from './tokenize';
import { RISK_INDICATORS, type RiskIndicator, type RiskLevel } from './types';

export const LEVEL_HEADS = ['concern', 'urgent', 'immediate'] as const;
export type LevelHead = (typeof LEVEL_HEADS)[number];
/**
 * A second model for immediate: P(immediate | at least urgent), trained on the urgent and immediate
 * messages only, so all it learns is what tells the two apart. Optional: an older file has none.
 */
export const IMMEDIATE_IF_URGENT = 'immediate-if-urgent';
/**
 * A second urgent head (s25-L), trained with the `none` messages the urgent head read high out of fold weighted up
 * (riskTraining/train.ts `urgentConfirm`). An urgent the learned reader reads alone (the phrases below urgent) needs it
 * too (combineLearned). Optional: an older file has none, and reads as before.
 */
export const URGENT_CONFIRM = 'urgent-confirm';

const headSchema = z.strictObject({
  name: z.union([
    z.enum(LEVEL_HEADS),
    z.literal(IMMEDIATE_IF_URGENT),
    z.literal(URGENT_CONFIRM),
    z.enum(RISK_INDICATORS),
  ]),
  /** log2 of the number of weights: a feature hash keeps its low `bits` bits. */
  bits: z.number().int().min(8).max(20),
  bias: z.number(),
  /** Weights are int8, multiplied by this. */
  scale: z.number().positive(),
  /** base64 of `2 ** bits` signed bytes. */
  weights: z.string(),
});

export const modelFileSchema = z.strictObject({
  format: z.literal('early-help-risk-reader'),
  version: z.string().min(1),
  description: z.string(),
  /**
   * Each feature's weight is read with the sign its hash's top bit gives (features.ts `featureSign`), as the heads were
   * trained. Absent in an older file: every sign +1, as that file was trained.
   */
  signedHashes: z.boolean().optional(),
  training: z.strictObject({
    seed: z.number().int(),
    epochs: z.number().int().positive(),
    l2: z.number().nonnegative(),
    /** How much more a `none` message counted for a level head in training (1 when absent). */
    noneWeight: z
      .strictObject({
        concern: z.number().positive().optional(),
        urgent: z.number().positive().optional(),
        immediate: z.number().positive().optional(),
      })
      .optional(),
    /** The second urgent head's training (TrainingOptions.urgentConfirm), when the file has one. */
    urgentConfirm: z
      .strictObject({
        folds: z.number().int().min(2),
        hardFrom: z.number().min(0).max(1),
        hardWeight: z.number().positive(),
        /** The head also read the explanation features (explanationFeatures.ts, s26-M). */
        explanations: z.boolean().optional(),
      })
      .optional(),
    framesVersion: z.string(),
    messages: z.strictObject({ train: z.number().int(), dev: z.number().int() }),
  }),
  /** Chosen on the dev split (see src/risk/README.md). */
  thresholds: z.strictObject({
    concern: z.number().min(0).max(1),
    urgent: z.number().min(0).max(1),
    immediate: z.number().min(0).max(1),
    /** Ask the safety question when below urgent and P(urgent or higher) reaches this. */
    ask: z.number().min(0).max(1),
    indicator: z.number().min(0).max(1),
    /**
     * Already urgent (by either reader), a narrow now-ness cue (an `urgency-` frame), and P(immediate)
     * at least this: immediate. Optional, so an older model file still loads (it never raises by cue).
     */
    immediateWithCue: z.number().min(0).max(1).optional(),
    /**
     * Already urgent (by either reader) and P(immediate | at least urgent) at least this: immediate.
     * Optional, like the head it needs.
     */
    immediateIfUrgent: z.number().min(0).max(1).optional(),
    /**
     * An urgent (or immediate) the learned reader reads alone, the phrases below urgent, needs the second urgent head
     * (URGENT_CONFIRM) at least this, else it is concern (and the bot asks). Optional, like the head it needs.
     */
    urgentConfirm: z.number().min(0).max(1).optional(),
  }),
  /**
   * Windows (s20-L): a message of `fromSentences` or more sentences is also read as every run of 1 to `span`
   * consecutive sentences by the concern and urgent heads, each at its own window threshold (chosen on dev,
   * riskTraining/thresholds.ts), so one grave sentence in a long handover is not diluted by the rest. A window can only
   * raise, and never to immediate (no 999 call from one sentence read apart). Optional: an older file reads whole only.
   */
  windows: z
    .strictObject({
      fromSentences: z.number().int().min(2),
      span: z.number().int().min(1),
      thresholds: z.strictObject({
        concern: z.number().min(0).max(1),
        urgent: z.number().min(0).max(1),
      }),
    })
    .optional(),
  heads: z.array(headSchema).min(3),
});
export type ModelFile = z.infer<typeof modelFileSchema>;
export type WindowSettings = NonNullable<ModelFile['windows']>;

export interface Head {
  readonly name: LevelHead | typeof IMMEDIATE_IF_URGENT | typeof URGENT_CONFIRM | RiskIndicator;
  readonly mask: number;
  readonly bias: number;
  /** int8 weights as stored: a weight is `weights[i] * scale`. Bytes, not floats, so every head fits in cache. */
  readonly weights: Int8Array;
  readonly scale: number;
}

export interface LearnedReading {
  readonly concern: number;
  readonly urgent: number;
  /** 0 unless the message names a frame of immediacy (now, tonight, going home) or severity (bleeding, a weapon…). */
  readonly immediate: number;
  /** P(immediate | at least urgent), from the second immediate model; 0 when the file has none. */
  readonly immediateIfUrgent: number;
  /** The message names a narrow cue of now-ness ("right now", "gets home", "not breathing"). */
  readonly nowCue: boolean;
  /** The message names a frame of risk: a role other than the child, an act, a severity or a time. */
  readonly namesRiskFrame: boolean;
  /** The features, for the indicator heads (read only when the model raises a level). */
  readonly features: FeatureVector;
  /**
   * The best window's own probabilities, head by head, before they are moved onto the whole message's thresholds
   * (the threshold chooser reads them); undefined when the file has no windows or the message too few sentences.
   */
  readonly windows: WindowScores | undefined;
  /**
   * The sentences (indices into `features`' sentences) of the window that read higher than the whole message, urgent
   * first, then concern: the indicator heads read what raised the level. Undefined: they read the whole message.
   */
  readonly raisedBy: SentenceRun | undefined;
  /**
   * The level the whole message reads without its windows. A window raises to urgent at most: it backs no immediate
   * head, and a now-cue or the second immediate model acts only on an urgent the whole message or the phrases read
   * (combineLearned): a window's urgent beside a "tonight" elsewhere in a handover is no 999 call (s20-L measured 4 dev
   * `none` read immediate so).
   */
  readonly wholeLevel: RiskLevel;
}

/** Sentences `first` to `last` of a message's features, both included. */
export interface SentenceRun {
  readonly first: number;
  readonly last: number;
}

/** The concern and urgent heads' highest probabilities over a message's windows, at the windows' own scale. */
export interface WindowScores {
  readonly concern: number;
  readonly urgent: number;
  /** The windows that read highest on the concern and on the urgent head (undefined: none named a frame of risk). */
  readonly bestConcern?: SentenceRun;
  readonly bestUrgent?: SentenceRun;
}

type LevelScores = Readonly<Record<LevelHead, number>> & {
  /** The message names a frame of risk (features.ts); left out, it counts as naming one. */
  readonly namesRiskFrame?: boolean;
};
export interface AgreedLevel {
  readonly level: RiskLevel;
  /** A head fired that the heads below it did not back. */
  readonly unsure: boolean;
}

/**
 * With no frame of risk at all (no one who acts, no act, no severity, no time: only the child and contexts), the
 * urgent head must find urgent more likely than not. Its dev-chosen threshold is set for recall on messages that
 * name what happened; with nothing named, statistics alone read "Dywedodd nad yw hi eisiau mynd i'r clwb" (she said
 * she doesn't want to go to the club) like "doesn't want to go home". Below it the reader asks instead of raising.
 */
export const UNFRAMED_URGENT = 0.5;

/** The urgent head fires: its threshold, or more likely than not when the message names no frame of risk. */
export function urgentHeadFires(p: LevelScores, urgentThreshold: number): boolean {
  return p.urgent >= (p.namesRiskFrame === false ? Math.max(urgentThreshold, UNFRAMED_URGENT) : urgentThreshold);
}

/**
 * The level rule, shared with the threshold chooser: each head against its threshold, a level only
 * when the heads below it agree (urgent needs concern; immediate needs the urgent head).
 *
 * Immediate needs the urgent head, not the concern head alone (s21-L): a 999 call on a message the reader does not
 * even find urgent is the false alarm that costs most trust. On train+dev every `none` (12) and `concern` (9) message
 * the immediate head read immediate with only the concern head behind it ("went white as a sheet at the door of the
 * hall", "car won't start, battery dead") and no `immediate` one. Such a reading stays at the concern head's level and
 * the reader is unsure (it asks the safety question).
 */
export function agreedLevel(p: LevelScores, t: Readonly<Record<LevelHead, number>>): AgreedLevel {
  const concern = p.concern >= t.concern;
  const urgent = urgentHeadFires(p, t.urgent);
  const agreed: RiskLevel = concern ? (urgent ? 'urgent' : 'concern') : 'none';
  if (p.immediate >= t.immediate)
    return urgent ? { level: 'immediate', unsure: false } : { level: agreed, unsure: true };
  return { level: agreed, unsure: urgent && !concern };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** log(p / (1 - p)), kept finite at 0 and 1. */
export function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  return Math.log(q / (1 - q));
}

/**
 * What a window's logit is moved by so that its own threshold lands on the whole message's: a window fires a head
 * exactly when its probability reaches the window threshold, and is then compared with the whole's like any reading.
 */
export function windowShift(whole: number, window: number): number {
  // A window threshold of 1 reads no window for that head (the trainer's draft, which still reports `windows`).
  return window >= 1 ? Number.NEGATIVE_INFINITY : logit(whole) - logit(window);
}

/** `windowsFrom` without windows in the file: no message has this many sentences. */
const NO_WINDOWS = Number.POSITIVE_INFINITY;

/** One head's probability for a message's features, feature by feature (`signBits`: features.ts `signBitsOf`). */
export function scoreHead(head: Head, features: FeatureVector, signBits = 0): number {
  return sigmoid(head.bias + hashedSum(head, features.hashes, features.length, signBits) * head.scale * features.scale);
}

/** A head's weights summed over the first `length` hashed features, each signed (features.ts `featureSign`). */
function hashedSum(head: Head, hashes: Int32Array, length: number, signBits: number): number {
  const { weights, mask } = head;
  let sum = 0;
  for (let i = 0; i < length; i += 1) sum += featureSign(hashes[i], signBits) * weights[hashes[i] & mask];
  return sum;
}

export class LearnedReader {
  private readonly levelHeads: Readonly<Record<LevelHead, Head>>;
  private readonly ifUrgent: Head | undefined;
  private readonly confirm: Head | undefined;
  /** The second urgent head was trained with explanation features (`training.urgentConfirm.explanations`). */
  private readonly confirmReadsExplanations: boolean;
  private readonly indicatorHeads: readonly Head[];
  private readonly levels: { readonly weights: Int8Array; readonly mask: number };
  private readonly indicators: { readonly weights: Int8Array; readonly mask: number; readonly heads: readonly Head[] };
  /** indicatorsOf's sums, one per indicator head, reused (a reader reads one message at a time). */
  private readonly indicatorSums: Int32Array;
  /** features.ts `signBitsOf` the file's `signedHashes`. */
  private readonly signBits: number;
  /** Each sentence's concern and urgent sums: windows are formed of them. */
  private readonly sentenceSums = new Int32Array(2 * (MAX_FEATURE_WORDS + 1));
  /** Windows from this many sentences (never, without windows in the file), of at most `windowSpan` sentences. */
  private readonly windowsFrom: number;
  private readonly windowSpan: number;
  /** The logit a window's concern and urgent readings are moved by (windowShift). */
  private readonly concernShift: number;
  private readonly urgentShift: number;
  constructor(
    readonly file: ModelFile,
    private readonly frames: FrameReader,
  ) {
    this.signBits = signBitsOf(file.signedHashes);
    const windows = file.windows;
    this.windowsFrom = windows ? Math.max(2, windows.fromSentences) : NO_WINDOWS;
    this.windowSpan = windows ? windows.span : 0;
    const t = file.thresholds;
    this.concernShift = windows ? windowShift(t.concern, windows.thresholds.concern) : Number.NEGATIVE_INFINITY;
    this.urgentShift = windows ? windowShift(t.urgent, windows.thresholds.urgent) : Number.NEGATIVE_INFINITY;
    const heads = file.heads.map(decodeHead);
    const byName = new Map(heads.map((head) => [head.name, head]));
    const level = (name: LevelHead): Head => {
      const head = byName.get(name);
      if (!head) throw new Error(`The risk reader model has no "${name}" head`);
      return head;
    };
    this.levelHeads = { concern: level('concern'), urgent: level('urgent'), immediate: level('immediate') };
    this.ifUrgent = byName.get(IMMEDIATE_IF_URGENT);
    this.confirm = byName.get(URGENT_CONFIRM);
    this.confirmReadsExplanations = file.training.urgentConfirm?.explanations === true;
    this.indicatorHeads = heads.filter((head) => (RISK_INDICATORS as readonly string[]).includes(head.name));
    const { concern, urgent, immediate } = this.levelHeads;
    const ifUrgent = this.ifUrgent;
    if (
      concern.mask !== urgent.mask ||
      urgent.mask !== immediate.mask ||
      (ifUrgent !== undefined && ifUrgent.mask !== concern.mask)
    )
      throw new Error("The risk reader model's level heads must have the same size");
    // Four weights side by side (the fourth 0 without a second immediate model): one fetch serves all.
    const interleaved = new Int8Array(concern.weights.length * 4);
    for (let i = 0; i < concern.weights.length; i += 1) {
      interleaved[i * 4] = concern.weights[i];
      interleaved[i * 4 + 1] = urgent.weights[i];
      interleaved[i * 4 + 2] = immediate.weights[i];
      interleaved[i * 4 + 3] = ifUrgent ? ifUrgent.weights[i] : 0;
    }
    this.levels = { weights: interleaved, mask: concern.mask };
    // The indicator heads side by side too: sixteen weights share a cache line.
    const first = this.indicatorHeads[0];
    if (!first) throw new Error('The risk reader model has no indicator heads');
    if (this.indicatorHeads.some((head) => head.mask !== first.mask))
      throw new Error("The risk reader model's indicator heads must have the same size");
    const byBucket = new Int8Array(first.weights.length * this.indicatorHeads.length);
    this.indicatorHeads.forEach((head, k) => {
      for (let i = 0; i < head.weights.length; i += 1) byBucket[i * this.indicatorHeads.length + k] = head.weights[i];
    });
    this.indicators = { weights: byBucket, mask: first.mask, heads: this.indicatorHeads };
    this.indicatorSums = new Int32Array(this.indicatorHeads.length);
  }

  /**
   * A word's int8 weight sums over its own n-grams: the three level heads, then each indicator head.
   * Kept with the word's features, so a word's dozen n-grams are looked up once, not in every message
   * (the weight tables are larger than the cache). Integer sums: the same scores as feature by feature.
   */
  private wordScore(word: WordFeatures): Int32Array {
    if (word.scoredBy === this && word.score) return word.score;
    const { own } = word;
    const { weights, mask } = this.levels;
    const indicators = this.indicators;
    const count = indicators.heads.length;
    const score = new Int32Array(4 + count);
    for (let i = 0; i < own.length; i += 1) {
      const sign = featureSign(own[i], this.signBits);
      const at = (own[i] & mask) * 4;
      score[0] += sign * weights[at];
      score[1] += sign * weights[at + 1];
      score[2] += sign * weights[at + 2];
      score[3] += sign * weights[at + 3];
      const byBucket = (own[i] & indicators.mask) * count;
      for (let k = 0; k < count; k += 1) score[4 + k] += sign * indicators.weights[byBucket + k];
    }
    word.scoredBy = this;
    word.score = score;
    word.scoreConcern = score[0];
    word.scoreUrgent = score[1];
    word.scoreImmediate = score[2];
    word.scoreIfUrgent = score[3];
    return score;
  }

  read(tokens: readonly Token[]): LearnedReading {
    const features = extractFeatures(tokens, this.frames, true);
    const { hashes, scale, words, sentences } = features;
    const { hashAt, wordAt } = features.sentenceStarts;
    const { weights, mask } = this.levels;
    const sums = this.sentenceSums;
    const signBits = this.signBits;
    let concern = 0;
    let urgent = 0;
    let immediate = 0;
    let ifUrgent = 0;
    // Sentence by sentence (the features of a sentence are its own: features.ts), so windows need no second reading.
    for (let s = 0; s < sentences; s += 1) {
      let c = 0;
      let u = 0;
      let m = 0;
      let f = 0;
      for (let t = wordAt[s]; t < wordAt[s + 1]; t += 1) {
        const word = words[t];
        if (word.scoredBy !== this) this.wordScore(word);
        c += word.scoreConcern;
        u += word.scoreUrgent;
        m += word.scoreImmediate;
        f += word.scoreIfUrgent;
      }
      // The level heads' weights sit side by side: one memory fetch per feature serves all four.
      for (let i = hashAt[s]; i < hashAt[s + 1]; i += 1) {
        const sign = featureSign(hashes[i], signBits);
        const at = (hashes[i] & mask) * 4;
        c += sign * weights[at];
        u += sign * weights[at + 1];
        m += sign * weights[at + 2];
        f += sign * weights[at + 3];
      }
      sums[s * 2] = c;
      sums[s * 2 + 1] = u;
      concern += c;
      urgent += u;
      immediate += m;
      ifUrgent += f;
    }
    const { concern: ch, urgent: uh, immediate: mh } = this.levelHeads;
    const second = this.ifUrgent;
    const wholeConcern = ch.bias + concern * ch.scale * scale;
    const wholeUrgent = uh.bias + urgent * uh.scale * scale;
    // Immediate needs an explicit frame: statistics alone must not make a 999 call.
    const wholeImmediate = features.namesImmediacy ? mh.bias + immediate * mh.scale * scale : Number.NEGATIVE_INFINITY;
    const wholeIfUrgent = second ? second.bias + ifUrgent * second.scale * scale : Number.NEGATIVE_INFINITY;
    const windows = sentences >= this.windowsFrom ? this.bestWindows(features) : undefined;
    // A window only raises: each head takes the higher of the whole and its best window moved onto the whole's scale.
    const moved = (whole: number, window: number | undefined, shift: number): number =>
      window === undefined || window <= 0 ? whole : Math.max(whole, logit(window) + shift);
    const movedUrgent = moved(wholeUrgent, windows?.urgent, this.urgentShift);
    const movedConcern = moved(wholeConcern, windows?.concern, this.concernShift);
    const raisedBy =
      movedUrgent > wholeUrgent ? windows?.bestUrgent : movedConcern > wholeConcern ? windows?.bestConcern : undefined;
    const immediateScore = sigmoid(wholeImmediate);
    return {
      concern: sigmoid(movedConcern),
      urgent: sigmoid(movedUrgent),
      immediate: immediateScore,
      immediateIfUrgent: second ? sigmoid(wholeIfUrgent) : 0,
      nowCue: features.namesNowCue,
      namesRiskFrame: features.namesRiskFrame,
      features,
      windows,
      raisedBy,
      wholeLevel: agreedLevel(
        {
          concern: sigmoid(wholeConcern),
          urgent: sigmoid(wholeUrgent),
          immediate: immediateScore,
          namesRiskFrame: features.namesRiskFrame,
        },
        this.file.thresholds,
      ).level,
    };
  }

  /**
   * The concern and urgent heads' best windows of 1 to `windowSpan` consecutive sentences (not the whole message), from
   * the sentence sums `read` has just filled. A window's urgent needs a frame of risk in it (a window naming none would
   * be held to "more likely than not" only if the whole named none).
   */
  private bestWindows(features: FeatureVector): WindowScores {
    const { sentences } = features;
    const { countAt, names } = features.sentenceStarts;
    const sums = this.sentenceSums;
    const { concern: ch, urgent: uh } = this.levelHeads;
    let bestConcern = Number.NEGATIVE_INFINITY;
    let bestUrgent = Number.NEGATIVE_INFINITY;
    let concernFirst = -1;
    let concernLast = -1;
    let urgentFirst = -1;
    let urgentLast = -1;
    for (let first = 0; first < sentences; first += 1) {
      let c = 0;
      let u = 0;
      let named = 0;
      for (let last = first; last < sentences && last - first < this.windowSpan; last += 1) {
        if (first === 0 && last === sentences - 1) break;
        c += sums[last * 2];
        u += sums[last * 2 + 1];
        named |= names[last];
        const count = countAt[last + 1] - countAt[first];
        if (count === 0) continue;
        const scale = 1 / Math.sqrt(count);
        const zc = ch.bias + c * ch.scale * scale;
        if (zc > bestConcern) {
          bestConcern = zc;
          concernFirst = first;
          concernLast = last;
        }
        const zu = uh.bias + u * uh.scale * scale;
        if (named & SENTENCE_NAMES_RISK_FRAME && zu > bestUrgent) {
          bestUrgent = zu;
          urgentFirst = first;
          urgentLast = last;
        }
      }
    }
    return {
      concern: sigmoid(bestConcern),
      urgent: sigmoid(bestUrgent),
      ...(concernFirst >= 0 ? { bestConcern: { first: concernFirst, last: concernLast } } : {}),
      ...(urgentFirst >= 0 ? { bestUrgent: { first: urgentFirst, last: urgentLast } } : {}),
    };
  }

  /**
   * The learned level: the highest level whose head reaches its dev-chosen threshold, and only when the
   * heads below it agree — urgent needs the concern head too; immediate needs the urgent head (s21-L;
   * before, the concern head alone would do). A message at least urgent is at least a concern: when the
   * urgent head alone fires, the reader is unsure, not sure of urgent (on dev and on the training folds
   * that was where its false alarms were: everyday messages with one alarming word, training days,
   * first-aid sessions). Unsure readings ask the safety question instead of raising (see `unsure`).
   */
  levelOf(reading: LearnedReading): RiskLevel {
    return this.judge(reading).level;
  }

  /** A head fired that the heads below it did not back: the bot asks rather than raise. */
  unsure(reading: LearnedReading): boolean {
    return this.judge(reading).unsure;
  }

  private judge(reading: LearnedReading): AgreedLevel {
    const agreed = agreedLevel(reading, this.file.thresholds);
    // Immediate only when the whole message reads it: a window's concern or urgent backs no immediate (`wholeLevel`).
    return agreed.level === 'immediate' && reading.wholeLevel !== 'immediate'
      ? agreedLevel({ ...reading, immediate: 0 }, this.file.thresholds)
      : agreed;
  }

  /**
   * Indicators at or above the threshold, most likely first, at most two. None when no head is
   * sure: a wrong indicator would mislead the duty worker more than a level with none named.
   */
  indicatorsOf(reading: LearnedReading): RiskIndicator[] {
    const { weights, mask, heads } = this.indicators;
    const count = heads.length;
    const sums = this.indicatorSums;
    sums.fill(0);
    // The words' own n-grams from their kept sums (read has filled every one), then the other features: of the whole
    // message, or of the window that raised it.
    const { words, wordsApart, hashes, length } = reading.features;
    const run = reading.raisedBy;
    const starts = reading.features.sentenceStarts;
    const [wordFrom, wordTo] = run ? [starts.wordAt[run.first], starts.wordAt[run.last + 1]] : [0, wordsApart];
    const [hashFrom, hashTo] = run ? [starts.hashAt[run.first], starts.hashAt[run.last + 1]] : [0, length];
    const scale = run
      ? 1 / Math.sqrt(Math.max(1, starts.countAt[run.last + 1] - starts.countAt[run.first]))
      : reading.features.scale;
    for (let t = wordFrom; t < wordTo; t += 1) {
      const score = this.wordScore(words[t]);
      for (let k = 0; k < count; k += 1) sums[k] += score[4 + k];
    }
    for (let i = hashFrom; i < hashTo; i += 1) {
      const sign = featureSign(hashes[i], this.signBits);
      const at = (hashes[i] & mask) * count;
      for (let k = 0; k < count; k += 1) sums[k] += sign * weights[at + k];
    }
    // The two most likely at or above the threshold, the earlier head first on a tie (as a stable sort would give),
    // picked in one pass: no list of every head per raised message.
    const threshold = this.file.thresholds.indicator;
    let first = -1;
    let second = -1;
    let firstP = 0;
    let secondP = 0;
    for (let k = 0; k < count; k += 1) {
      const head = heads[k];
      const p = sigmoid(head.bias + sums[k] * head.scale * scale);
      if (!(p >= threshold)) continue;
      if (first < 0 || p > firstP) {
        second = first;
        secondP = firstP;
        first = k;
        firstP = p;
      } else if (second < 0 || p > secondP) {
        second = k;
        secondP = p;
      }
    }
    const named: RiskIndicator[] = [];
    if (first >= 0) named.push(heads[first].name as RiskIndicator);
    if (second >= 0) named.push(heads[second].name as RiskIndicator);
    return named;
  }

  /** For a message already urgent: it names a cue of now-ness and P(immediate) reaches the cue threshold. */
  immediateByCue(reading: LearnedReading): boolean {
    const threshold = this.file.thresholds.immediateWithCue;
    return threshold !== undefined && reading.nowCue && reading.immediate >= threshold;
  }

  /**
   * The second immediate model says immediate, and the learned reader's own heads read the message as at least
   * urgent. Three heads then agree (concern, urgent, and this one), so it needs no frame of now-ness. Urgent by the
   * phrases alone is not enough: the model answers "given urgent, is it immediate?", and where the heads say the
   * message is not urgent its answer means nothing ("I will actually kill them all" over a swimming kit, s11-L).
   */
  immediateIfUrgent(reading: LearnedReading): boolean {
    const threshold = this.file.thresholds.immediateIfUrgent;
    return (
      threshold !== undefined &&
      reading.immediateIfUrgent >= threshold &&
      compareLevels(this.levelOf(reading), 'urgent') >= 0
    );
  }

  /**
   * The second urgent head's probability for the message just read (`reading` must be the last one read: its features
   * share the reader's buffers); 1 when the file has no such head. Read only for an urgent the learned reader makes
   * alone.
   */
  urgentConfirmScore(reading: LearnedReading, explanations: ExplanationsOf = NO_EXPLANATIONS): number {
    const head = this.confirm;
    if (!head) return 1;
    const { words, wordsApart, hashes, length, scale } = reading.features;
    const { weights, mask } = head;
    let sum = 0;
    // The explanation features, when the head was trained with them (an older file's head never saw them).
    if (this.confirmReadsExplanations)
      for (const { hash } of explanations()) sum += featureSign(hash, this.signBits) * weights[hash & mask];
    for (let t = 0; t < wordsApart; t += 1) {
      const own = words[t].own;
      for (let k = 0; k < own.length; k += 1) sum += featureSign(own[k], this.signBits) * weights[own[k] & mask];
    }
    sum += hashedSum(head, hashes, length, this.signBits);
    return sigmoid(head.bias + sum * head.scale * scale);
  }

  /** The second urgent head backs an urgent (always, when the file has no such head or threshold). */
  urgentConfirmed(reading: LearnedReading, explanations: ExplanationsOf = NO_EXPLANATIONS): boolean {
    const threshold = this.file.thresholds.urgentConfirm;
    return threshold === undefined || !this.confirm || this.urgentConfirmScore(reading, explanations) >= threshold;
  }

  /** Below urgent, ask the safety question: P(urgent or higher) in the ask band, or the heads disagree. */
  shouldAsk(reading: LearnedReading): boolean {
    return reading.urgent >= this.file.thresholds.ask || this.unsure(reading);
  }
}

/** A model file's head as the reader scores it (tests score heads one at a time with it). */
export function decodeHead(head: ModelFile['heads'][number]): Head {
  const size = 2 ** head.bits;
  const bytes = Buffer.from(head.weights, 'base64');
  if (bytes.length !== size)
    throw new Error(`The risk reader model's "${head.name}" head has ${bytes.length} weights, not ${size}`);
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + size));
  return { name: head.name, mask: size - 1, bias: head.bias, weights, scale: head.scale };
}

/** int8 weights with one scale per head: a small file, and the same scores on every machine. */
export function encodeHead(
  name: Head['name'],
  bits: number,
  bias: number,
  weights: Float64Array,
): ModelFile['heads'][number] {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = Buffer.alloc(weights.length);
  for (let i = 0; i < weights.length; i += 1) bytes[i] = Math.round(weights[i] / scale) & 0xff;
  return {
    name,
    bits,
    bias: Number(bias.toFixed(6)),
    scale: Number(scale.toPrecision(9)),
    weights: bytes.toString('base64'),
  };
}
