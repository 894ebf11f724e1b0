/**
 * s22-L (issue 22): a 999 call the learned reader makes alone (the phrases read the message below urgent) needs its
 * urgent head to lean towards urgent (P(urgent) at least LEARNED_ONLY_IMMEDIATE.urgent) or the second immediate
 * model to be sure; otherwise the learned level is urgent (still escalated, no 999 guidance on statistics alone).
 * The phrases' own urgent is backing enough. The model here is trained in the test on a handful of synthetic
 * messages, so the tests hold when the shipped model is retrained. Every sentence is synthetic.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import { LEARNED_ONLY_IMMEDIATE, learnedImmediateBacked } from '../../../../src/risk/combineLearned';
import { IMMEDIATE_IF_URGENT, LearnedReader, type ModelFile } from '../../../../src/risk/learnedReader';
import { shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { DEFAULT_TRAINING, trainHeads, type TrainingExample } from '../../../../src/riskTraining/train';
import { compiled, exampleWith, frames, tokensOf } from './trainedInTest';

const example = exampleWith('immediate-danger');

const IMMEDIATE = [
  'The boy is under the water in the pond right now and not moving',
  'She has gone under the ice on the lake tonight and is not coming up',
  'He is lying at the bottom of the stairs right now and not moving',
  'The girl is trapped under the water tonight and nobody can reach her',
];
const URGENT = [
  'He said his uncle hit him with a stick at the weekend',
  'She has marks on her neck and says mum did it',
];
const EVERYDAY = [
  'The library roof is dripping again so there is a bucket on the carpet',
  'The window cleaner is up his ladder by the Year 2 classroom this afternoon',
  'Parents evening slots for Year 5 go out on Monday',
  'The hall is booked for the choir on Thursday',
  'Dinner money envelopes are in the tray by the office',
  'The new whiteboard pens came in the post today',
];
const EXAMPLES: TrainingExample[] = [
  ...IMMEDIATE.map((text) => example(text, 'immediate')),
  ...URGENT.map((text) => example(text, 'urgent')),
  ...EVERYDAY.map((text) => example(text, 'none')),
  example('He has been quiet since his grandad died', 'concern'),
];
// Without the second immediate model (a file may have none): six messages teach it that "tonight" is immediate.
const heads = trainHeads(EXAMPLES, frames, { ...DEFAULT_TRAINING, epochs: 20, levelBits: 12, indicatorBits: 8 }).filter(
  (head) => head.name !== IMMEDIATE_IF_URGENT,
);
const readerWith = (thresholds: Partial<ModelFile['thresholds']>): LearnedReader =>
  new LearnedReader(
    {
      ...shippedModelFile(),
      thresholds: { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.45, indicator: 0.5, ...thresholds },
      windows: undefined,
      heads,
    },
    frames,
  );

describe('a learned-only 999 call needs the urgent head to lean towards urgent (s22-L)', () => {
  it('backs a learned immediate by the urgent head, the second immediate model or the phrases', () => {
    const weak = { urgent: LEARNED_ONLY_IMMEDIATE.urgent - 0.03, immediateIfUrgent: 0.5 };
    expect(learnedImmediateBacked(weak, 'none')).toBe(false);
    expect(learnedImmediateBacked(weak, 'concern')).toBe(false);
    expect(learnedImmediateBacked(weak, 'urgent')).toBe(true);
    expect(learnedImmediateBacked({ ...weak, urgent: LEARNED_ONLY_IMMEDIATE.urgent }, 'none')).toBe(true);
    expect(
      learnedImmediateBacked({ ...weak, immediateIfUrgent: LEARNED_ONLY_IMMEDIATE.immediateIfUrgent }, 'none'),
    ).toBe(true);
  });

  // Thresholds low enough that every head fires on an everyday message with an alarming word, as a recall-tuned
  // threshold does at first sight: the urgent head only just past its threshold makes no 999 call.
  const eager = readerWith({ concern: 0.01, urgent: 0.01, immediate: 0.01, immediateWithCue: 0.01 });

  it.each([
    'The caretaker is up a ladder in the hall tonight changing the bulbs',
    'There is a bucket under the drip in the library roof tonight',
  ])('reads the everyday "%s" urgent at most when the heads only just fire', (text) => {
    const reading = eager.read(tokensOf(text));
    expect(eager.levelOf(reading)).toBe('immediate');
    expect(reading.urgent).toBeLessThan(LEARNED_ONLY_IMMEDIATE.urgent);
    expect(reading.immediateIfUrgent).toBeLessThan(LEARNED_ONLY_IMMEDIATE.immediateIfUrgent);
    expect(assessTextWith(compiled, text, 'en-GB').level).toBe('none');
    expect(assessTextWith(compiled, text, 'en-GB', eager).level).toBe('urgent');
  });

  it.each([
    // s22-D: the phrases now read "under the water … not moving" (combo.under-water-still), so these twins name
    // the water and the stillness in words the phrases still miss.
    'A Year 4 boy is in the nature pond right now and he is not moving',
    'She fell in the lake tonight and we cannot see her anywhere',
  ])('still reads the risk twin "%s" immediate', (text) => {
    const reading = eager.read(tokensOf(text));
    expect(reading.urgent).toBeGreaterThanOrEqual(LEARNED_ONLY_IMMEDIATE.urgent);
    // The phrases miss it: the learned reader alone makes this 999 call.
    expect(compareLevels(assessTextWith(compiled, text, 'en-GB').level, 'urgent')).toBeLessThan(0);
    expect(assessTextWith(compiled, text, 'en-GB', eager).level).toBe('immediate');
  });
});
