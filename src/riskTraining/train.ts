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
import { encodeHead, IMMEDIATE_IF_URGENT, LEVEL_HEADS, type LevelHead, type ModelFile } from '../risk/learnedReader';
import type { Token } from '../risk/tokenize';
import { RISK_INDICATORS, type RiskIndicator, type RiskLevel } from '../risk/types';

export interface TrainingExample {
  readonly tokens: readonly Token[];
  readonly level: RiskLevel;
  /** Undefined when the labeller named none: the indicator heads skip the message. */
  readonly indicators: readonly RiskIndicator[] | undefined;
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

interface Target {
  readonly name: LevelHead | typeof IMMEDIATE_IF_URGENT | RiskIndicator;
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

function targets(options: TrainingOptions): Target[] {
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

function trainHead(
  target: Target,
  examples: readonly TrainingExample[],
  features: readonly FeatureVector[],
  options: TrainingOptions,
  seed: number,
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
      let z = bias;
      for (let k = 0; k < x.length; k += 1)
        z += featureSign(x.hashes[k], signBits) * weights[x.hashes[k] & mask] * x.scale;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 0 && examples[i].level === 'none' ? noneWeight : weightOf[y]);
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

/** The heads of a model file; thresholds are chosen afterwards on the dev split. */
export function trainHeads(
  examples: readonly TrainingExample[],
  frames: FrameReader,
  options: TrainingOptions,
): ModelFile['heads'] {
  const features = featuresOf(examples, frames);
  return targets(options).map((target) => {
    const { bias, weights } = trainHead(target, examples, features, options, options.seed);
    return encodeHead(target.name, target.bits, bias, weights);
  });
}
