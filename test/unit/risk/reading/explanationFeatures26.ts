/**
 * s26-M (issue 22): the second urgent head (s25-L) also reads explanation features: which contexts of the lexicons a
 * message names after an alarm (a risk phrase), in the alarm's sentence or the next, hashed, their weights learned in
 * training. They reach only that head, and only when the model file says it was trained with them
 * (`training.urgentConfirm.explanations`): an older file reads exactly as before. Heads here are fixed by hand, so the
 * tests hold when the shipped model is retrained. Every sentence is synthetic.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import { explanationFeaturesOf } from '../../../../src/risk/explanationFeatures';
import { featureSign, signBitsOf } from '../../../../src/risk/features';
import { encodeHead, LearnedReader, type ModelFile, URGENT_CONFIRM } from '../../../../src/risk/learnedReader';
import { shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import {
  DEFAULT_TRAINING,
  featuresOf,
  trainUrgentConfirm,
  withExplanations,
  type TrainingExample,
} from '../../../../src/riskTraining/train';
import { compiled, exampleWith, fixedModelFile, frames, tokensOf } from './trainedInTest';

const phrases = (text: string) => assessTextWith(compiled, text, 'en-GB').level;

// An alarm explained at once beside its risk twin, which the phrases read urgent themselves.
const EXPLAINED = "Finn told everyone he got shot at the weekend, it was his cousin's paintball party and he laughed";
const RISK = 'Finn said his stepdad punched him in the face at the weekend and he is scared to go home';
// The same day out with no alarm in it: nothing to explain.
const NO_ALARM = "Finn went to his cousin's paintball party at the weekend and laughed about it";

describe('explanation features (s26-M)', () => {
  it('names the contexts after an alarm, and nothing in a message without one', () => {
    const features = explanationFeaturesOf(compiled, EXPLAINED);
    expect(features.length).toBeGreaterThan(0);
    expect(features.every((feature) => feature.sentence === 0)).toBe(true);
    expect(explanationFeaturesOf(compiled, NO_ALARM)).toEqual([]);
    // The same text gives the same hashes.
    expect(explanationFeaturesOf(compiled, EXPLAINED)).toEqual(features);
  });

  /**
   * Concern and urgent heads sure; the second urgent head leans yes (bias 3) but weighs every explanation feature of
   * EXPLAINED heavily against urgent, as a trained head may learn to.
   */
  function readerWith(explanations: boolean | undefined): LearnedReader {
    const shipped = shippedModelFile();
    const bits = 17;
    const signBits = signBitsOf(shipped.signedHashes);
    const confirm = new Float64Array(2 ** bits);
    for (const { hash } of explanationFeaturesOf(compiled, EXPLAINED))
      confirm[hash & (2 ** bits - 1)] = -1000 * featureSign(hash, signBits);
    const fixed = fixedModelFile(['concern', 'urgent'], encodeHead(URGENT_CONFIRM, bits, 3, confirm), {
      urgentConfirm: 0.5,
    });
    const file: ModelFile = {
      ...fixed,
      training: {
        ...shipped.training,
        urgentConfirm: {
          folds: 2,
          hardFrom: 0.22,
          hardWeight: 4,
          ...(explanations === undefined ? {} : { explanations }),
        },
      },
    };
    return new LearnedReader(file, frames);
  }

  it("reads the explained alarm a concern when the head was trained with them, its twin at the phrases' urgent", () => {
    const reader = readerWith(true);
    expect(phrases(EXPLAINED)).toBe('none');
    const gated = assessTextWith(compiled, EXPLAINED, 'en-GB', reader);
    expect(gated.level).toBe('concern');
    expect(gated.ask).toBe(true);
    expect(compareLevels(phrases(RISK), 'urgent')).toBeGreaterThanOrEqual(0);
    expect(compareLevels(assessTextWith(compiled, RISK, 'en-GB', reader).level, 'urgent')).toBeGreaterThanOrEqual(0);
  });

  it.each([undefined, false])('leaves them unread when the file says %s (an older file reads as before)', (flag) => {
    const reader = readerWith(flag);
    expect(assessTextWith(compiled, EXPLAINED, 'en-GB', reader).level).toBe('urgent');
    const reading = reader.read(tokensOf(EXPLAINED));
    expect(reader.urgentConfirmScore(reading, () => explanationFeaturesOf(compiled, EXPLAINED))).toBe(
      reader.urgentConfirmScore(reading),
    );
  });
});

describe('training the second urgent head with explanation features (s26-M)', () => {
  const example = exampleWith('physical-abuse');
  const withFeatures = (text: string, level: TrainingExample['level']): TrainingExample => ({
    ...example(text, level),
    explanations: explanationFeaturesOf(compiled, text).map((feature) => feature.hash),
  });
  const EXAMPLES: TrainingExample[] = [
    withFeatures(RISK, 'urgent'),
    withFeatures('She said her dad kicked her down the stairs last night and she has a bruise', 'urgent'),
    withFeatures(EXPLAINED, 'none'),
    withFeatures('Parents evening slots for Year 5 go out on Monday', 'none'),
  ];
  const features = featuresOf(EXAMPLES, frames);
  const options = { ...DEFAULT_TRAINING, epochs: 5, levelBits: 10 };
  const outOfFold = Float64Array.from([0.9, 0.9, 0.5, 0.1]);

  it("appends each example's explanation features after its own, at the same scale", () => {
    const read = withExplanations(EXAMPLES, features);
    EXAMPLES.forEach((e, i) => {
      expect(read[i].length).toBe(features[i].length + (e.explanations?.length ?? 0));
      expect(read[i].scale).toBe(features[i].scale);
    });
  });

  it('trains the same bytes as before when the option is off, and other bytes when on', () => {
    const confirm = { folds: 2, hardFrom: 0.22, hardWeight: 4 };
    const plain = EXAMPLES.map(({ explanations: _, ...rest }) => rest);
    const before = trainUrgentConfirm(plain, features, options, confirm, outOfFold);
    expect(trainUrgentConfirm(EXAMPLES, features, options, confirm, outOfFold)).toEqual(before);
    expect(trainUrgentConfirm(EXAMPLES, features, options, { ...confirm, explanations: true }, outOfFold)).not.toEqual(
      before,
    );
  });
});
