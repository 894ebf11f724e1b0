/**
 * Trains the learned reader: one logistic regression per head (at least concern, at least urgent,
 * immediate, and one per indicator) over the hashed features, with AdaGrad and L2, in a fixed
 * order shuffled by a seeded generator — so the same data always gives byte-identical weights.
 * Hand-written (about a hundred lines) because no maintained npm library trains sparse hashed
 * logistic regression deterministically without native code; see src/risk/README.md.
 */
import {
  copyFeatures,
  extractFeatures,
  featureSign,
  type FeatureVector,
  type FrameReader,
  signBitsOf,
} from '../risk/features';
import { compareLevels } from '../risk/levels';
import {
  encodeHead,
  IMMEDIATE_IF_URGENT,
  LEVEL_HEADS,
  type LevelHead,
  type ModelFile,
  sigmoid,
  URGENT_CONFIRM,
} from '../risk/learnedReader';
import type { Token } from '../risk/tokenize';
import { RISK_INDICATORS, type RiskIndicator, type RiskLevel } from '../risk/types';

export interface TrainingExample {
  readonly tokens: readonly Token[];
  readonly level: RiskLevel;
  /** Undefined when the labeller named none: the indicator heads skip the message. */
  readonly indicators: readonly RiskIndicator[] | undefined;
  /** Its explanation features' hashes (risk/explanationFeatures.ts), for a second urgent head that reads them. */
  readonly explanations?: readonly number[];
}

export interface TrainingOptions {
  readonly seed: number;
  readonly epochs: number;
  readonly l2: number;
  readonly learningRate: number;
  readonly levelBits: number;
  readonly indicatorBits: number;
  /**
   * How much more a `none` message counts than its balanced weight, per level head (1 when absent). Hard `none`
   * messages write the alarm with its explanation ("blood everywhere — it was laser tag"); weighing them more teaches
   * the urgent and immediate heads that the alarming words alone are not enough.
   */
  readonly noneWeight: Readonly<Partial<Record<LevelHead, number>>>;
  /**
   * Signed feature hashing (features.ts `featureSign`): features sharing a bucket cancel on average instead of adding.
   * Left out of a round and scored at first sight, it read the same urgent-or-higher messages with fewer `none` ones
   * raised (src/risk/README.md, s18-L). The model file says so (`signedHashes`), and the reader reads it the same way.
   */
  readonly signedHashes: boolean;
  /**
   * A second urgent head (s25-L): the urgent head trained again with the `none` messages it found hard out of fold (its
   * score on them, trained on the other folds, at least `hardFrom`) counting `hardWeight` times and the easy ones once,
   * so its weights are spent on what tells a disclosure from the everyday message that reads like one. A learned-only
   * urgent then needs it too (combineLearned). Absent: no such head (the other heads are the same bytes).
   */
  readonly urgentConfirm?: UrgentConfirmOptions;
}

export interface UrgentConfirmOptions {
  /** Folds for the out-of-fold urgent scores (at least 2). */
  readonly folds: number;
  /** A `none` message whose out-of-fold urgent score reaches this is a hard one. */
  readonly hardFrom: number;
  /** How many times a hard `none` message counts (its balanced weight times this; every other example once). */
  readonly hardWeight: number;
  /**
   * The head also reads each example's explanation features (`TrainingExample.explanations`: the contexts of the
   * lexicons named after an alarm, s26-M), so their weights are learned; the reader adds them for this head only.
   */
  readonly explanations?: boolean;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  seed: 22,
  epochs: 30,
  l2: 1e-3,
  learningRate: 0.2,
  levelBits: 17,
  indicatorBits: 14,
  // A `none` message counts twice for the urgent and immediate heads: on session 9's writers, held out, this read
  // 6 more urgent messages and asked on 19 fewer `none` messages at the same false alarms (src/risk/README.md).
  noneWeight: { urgent: 2, immediate: 2 },
  signedHashes: true,
  // A learned-only urgent needs a second urgent head trained with the `none` messages the first found hard (out of two
  // folds, score at least 0.22, the dev threshold's height) counted 4 times: left out of rounds 45-46, 11 fewer `none`
  // read urgent or higher for 1 urgent message read concern (src/risk/README.md, s25-L).
  // It reads the explanation features too: left out of rounds 47-48, 3 fewer held `none` read urgent or higher and
  // 12 fewer on dev, no urgent message lost (src/risk/README.md, s26-M).
  urgentConfirm: { folds: 2, hardFrom: 0.22, hardWeight: 4, explanations: true },
};

/** mulberry32: a tiny seeded generator, enough for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface Target {
  readonly name: LevelHead | typeof IMMEDIATE_IF_URGENT | typeof URGENT_CONFIRM | RiskIndicator;
  readonly level: boolean;
  readonly bits: number;
  /** 1, 0, or undefined to skip the example. */
  readonly label: (example: TrainingExample) => 0 | 1 | undefined;
}

const LEVEL_FLOOR: Readonly<Record<LevelHead, RiskLevel>> = {
  concern: 'concern',
  urgent: 'urgent',
  immediate: 'immediate',
};

export function targets(options: TrainingOptions): Target[] {
  const levels: Target[] = LEVEL_HEADS.map((name) => ({
    name,
    level: true,
    bits: options.levelBits,
    label: (example) => (compareLevels(example.level, LEVEL_FLOOR[name]) >= 0 ? 1 : 0),
  }));
  const indicators: Target[] = RISK_INDICATORS.map((name) => ({
    name,
    level: false,
    bits: options.indicatorBits,
    label: (example) =>
      example.level === 'none'
        ? 0
        : example.indicators === undefined
          ? undefined
          : example.indicators.includes(name)
            ? 1
            : 0,
  }));
  // The second immediate model sees only urgent and immediate messages: what tells them apart.
  const ifUrgent: Target = {
    name: IMMEDIATE_IF_URGENT,
    level: true,
    bits: options.levelBits,
    label: (example) => (example.level === 'immediate' ? 1 : example.level === 'urgent' ? 0 : undefined),
  };
  return [...levels, ifUrgent, ...indicators];
}

function noneWeightOf(target: Target, options: TrainingOptions): number {
  return isLevelHead(target.name) ? (options.noneWeight[target.name] ?? 1) : 1;
}

function isLevelHead(name: Target['name']): name is LevelHead {
  return (LEVEL_HEADS as readonly string[]).includes(name);
}

/** One head's probability for a training example, summed as the trainer has always summed it. */
function probability(bias: number, weights: Float64Array, mask: number, x: FeatureVector, signBits: number): number {
  let z = bias;
  for (let k = 0; k < x.length; k += 1) z += featureSign(x.hashes[k], signBits) * weights[x.hashes[k] & mask] * x.scale;
  return sigmoid(z);
}

export function trainHead(
  target: Target,
  examples: readonly TrainingExample[],
  features: readonly FeatureVector[],
  options: TrainingOptions,
  seed: number,
  /** Each example's weight is multiplied by this (1 when absent). */
  exampleWeight?: Float64Array,
): { bias: number; weights: Float64Array } {
  const size = 2 ** target.bits;
  const mask = size - 1;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const labelled = examples
    .map((example, i) => ({ i, y: target.label(example) }))
    .filter((e): e is { i: number; y: 0 | 1 } => e.y !== undefined);
  const positives = labelled.filter((e) => e.y === 1).length;
  if (positives === 0 || positives === labelled.length) return { bias: positives === 0 ? -6 : 6, weights };
  // Balanced classes: a rare class (immediate, FGM) counts as much as a common one.
  const weightOf = { 1: labelled.length / (2 * positives), 0: labelled.length / (2 * (labelled.length - positives)) };
  const noneWeight = weightOf[0] * noneWeightOf(target, options);
  const random = seededRandom(seed ^ target.name.length ^ (target.bits << 8));
  const signBits = signBitsOf(options.signedHashes);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const index of shuffled(labelled.length, random)) {
      const { i, y } = labelled[index];
      const x = features[i];
      const p = probability(bias, weights, mask, x, signBits);
      const g =
        (p - y) *
        (y === 0 && examples[i].level === 'none' ? noneWeight : weightOf[y]) *
        (exampleWeight ? exampleWeight[i] : 1);
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares);
      for (let k = 0; k < x.length; k += 1) {
        const j = x.hashes[k] & mask;
        const gj = featureSign(x.hashes[k], signBits) * g * x.scale + options.l2 * weights[j];
        squares[j] += gj * gj;
        weights[j] -= (options.learningRate * gj) / Math.sqrt(squares[j]);
      }
    }
  }
  return { bias, weights };
}

export function featuresOf(examples: readonly TrainingExample[], frames: FrameReader): FeatureVector[] {
  return examples.map((example) => copyFeatures(extractFeatures(example.tokens, frames)));
}

/** Is a message labelled urgent or higher? */
const urgentOrHigher = (example: TrainingExample): boolean => compareLevels(example.level, 'urgent') >= 0;

/** The urgent head as `trainHeads` trains it (the first of the cascade). */
export function urgentTarget(options: TrainingOptions): Target {
  return {
    name: 'urgent',
    level: true,
    bits: options.levelBits,
    label: (example) => (urgentOrHigher(example) ? 1 : 0),
  };
}

/**
 * Each example's fold, 0 to `folds - 1`: a seeded shuffle dealt round, so every fold holds a share of every batch
 * (the examples come file by file) and the same data gives the same folds.
 */
export function foldsOf(count: number, folds: number, seed: number): Uint8Array {
  const fold = new Uint8Array(count);
  shuffled(count, seededRandom(seed ^ 0x5eed)).forEach((example, k) => {
    fold[example] = k % folds;
  });
  return fold;
}

/** Each example's urgent score from the urgent head trained on the other folds. */
export function outOfFoldUrgent(
  examples: readonly TrainingExample[],
  features: readonly FeatureVector[],
  options: TrainingOptions,
  folds: number,
): Float64Array {
  const fold = foldsOf(examples.length, folds, options.seed);
  const scores = new Float64Array(examples.length);
  const target = urgentTarget(options);
  const mask = 2 ** target.bits - 1;
  const signBits = signBitsOf(options.signedHashes);
  for (let f = 0; f < folds; f += 1) {
    const inFold = (i: number): boolean => fold[i] === f;
    const others = examples.flatMap((_, i) => (inFold(i) ? [] : [i]));
    const { bias, weights } = trainHead(
      target,
      others.map((i) => examples[i]),
      others.map((i) => features[i]),
      options,
      options.seed + f + 1,
    );
    for (let i = 0; i < examples.length; i += 1)
      if (inFold(i)) scores[i] = probability(bias, weights, mask, features[i], signBits);
  }
  return scores;
}

/**
 * The second urgent head's weight for each example: a `none` message the urgent head found hard out of fold (score at
 * least `hardFrom`) counts `hardWeight` times, every other example once (no `none` x2: the hard ones take its place).
 */
export function confirmWeights(
  levels: readonly RiskLevel[],
  outOfFold: ArrayLike<number>,
  confirm: Pick<UrgentConfirmOptions, 'hardFrom' | 'hardWeight'>,
): Float64Array {
  return Float64Array.from(levels, (level, i) =>
    level === 'none' && outOfFold[i] >= confirm.hardFrom ? confirm.hardWeight : 1,
  );
}

/**
 * Each example's features with its explanation features after them, at the same scale (the reader adds them to the
 * second urgent head's sum in the same way).
 */
export function withExplanations(
  examples: readonly TrainingExample[],
  features: readonly FeatureVector[],
): FeatureVector[] {
  return features.map((x, i) => {
    const more = examples[i].explanations ?? [];
    if (more.length === 0) return x;
    const hashes = new Int32Array(x.length + more.length);
    hashes.set(x.hashes.subarray(0, x.length));
    hashes.set(more, x.length);
    return { ...x, hashes, length: hashes.length };
  });
}

/** The cascade's second urgent head (TrainingOptions.urgentConfirm), from the out-of-fold urgent scores. */
export function trainUrgentConfirm(
  examples: readonly TrainingExample[],
  features: readonly FeatureVector[],
  options: TrainingOptions,
  confirm: UrgentConfirmOptions,
  outOfFold: Float64Array = outOfFoldUrgent(examples, features, options, confirm.folds),
): ModelFile['heads'][number] {
  const target: Target = { ...urgentTarget(options), name: URGENT_CONFIRM };
  const weights = confirmWeights(
    examples.map((example) => example.level),
    outOfFold,
    confirm,
  );
  const read = confirm.explanations ? withExplanations(examples, features) : features;
  const head = trainHead(target, examples, read, { ...options, noneWeight: {} }, options.seed, weights);
  return encodeHead(target.name, target.bits, head.bias, head.weights);
}

/** The heads of a model file; thresholds are chosen afterwards on the dev split. */
export function trainHeads(
  examples: readonly TrainingExample[],
  frames: FrameReader,
  options: TrainingOptions,
): ModelFile['heads'] {
  const features = featuresOf(examples, frames);
  const heads = targets(options).map((target) => {
    const { bias, weights } = trainHead(target, examples, features, options, options.seed);
    return encodeHead(target.name, target.bits, bias, weights);
  });
  return options.urgentConfirm
    ? [...heads, trainUrgentConfirm(examples, features, options, options.urgentConfirm)]
    : heads;
}
