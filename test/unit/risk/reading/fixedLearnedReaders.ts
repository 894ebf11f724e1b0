/**
 * Learned readers whose heads say the same whatever the words, for the tests of how the phrase reading and the learned
 * reader combine: what decides is the combination rule, not the model.
 */
import { RISK_INDICATORS } from '../../../../src/risk';
import { encodeHead, LearnedReader, type ModelFile } from '../../../../src/risk/learnedReader';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';

/** Every level head at `bias`, except the immediate head when `immediate` is given, and every indicator head. */
function fixedReader(bias: number, immediate: number, thresholds: ModelFile['thresholds']): LearnedReader {
  const shipped: ModelFile = shippedModelFile();
  const heads = [...(['concern', 'urgent', 'immediate'] as const), ...RISK_INDICATORS].map((name) =>
    encodeHead(name, 8, name === 'immediate' ? immediate : bias, new Float64Array(256)),
  );
  return new LearnedReader({ ...shipped, heads, thresholds }, defaultFrames());
}

/** A learned reader whose every head says urgent (never immediate), whatever the words. */
export function alwaysUrgent(): LearnedReader {
  return fixedReader(20, -20, { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.5, indicator: 0.99 });
}

/** A learned reader whose every head reads nothing: whatever the phrases lowered, nothing raises it again. */
export function readsNothing(): LearnedReader {
  return fixedReader(-20, -20, { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.99, indicator: 0.99 });
}
