/**
 * s20-L (issue 22: long messages with the risk buried in the middle): the learned reader also reads each run of 1–3
 * consecutive sentences of a message of 4 or more, at window thresholds of their own, and takes the higher reading.
 * The model here is trained in the test on a handful of synthetic messages, so it stays the same when the shipped
 * model is retrained.
 */
import { assessTextWith, type RiskLevel } from '../../../../src/risk';
import { compareLevels } from '../../../../src/risk/levels';
import { copyFeatures, extractFeatures } from '../../../../src/risk/features';
import { LearnedReader, type ModelFile, modelFileSchema } from '../../../../src/risk/learnedReader';
import { shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { chooseWindowThresholds, type DevScore, WINDOW_BUDGETS } from '../../../../src/riskTraining/thresholds';
import { devScore } from './devScore';
import { compiled, exampleWith, frames, tokensOf } from './trainedInTest';
import { DEFAULT_TRAINING, trainHeads, type TrainingExample } from '../../../../src/riskTraining/train';

const example = exampleWith('physical-abuse');

const EVERYDAY = [
  'The minibus is booked for Friday',
  'The photocopier is jammed again',
  'The rota for next week is on the board',
  'Trip forms for the museum are due back on Monday',
  'Year 9 parents evening is on Thursday',
  'The hall is being used for exams all week',
  'He forgot his PE kit again and sat out of football',
  'She was late because the bus broke down',
  'Lunch duty swaps are in the staff room',
  'The printer on the top corridor is out of toner',
];
const GRAVE = [
  'He said his stepdad hit him with a belt last night',
  'She has bruises on her arms and says her dad hit her',
  'He is scared to go home because his stepdad hits him',
  'She told me her mum’s boyfriend hit her again last night',
];
const EXAMPLES: TrainingExample[] = [
  ...GRAVE.map((text) => example(text, 'urgent')),
  ...EVERYDAY.map((text) => example(text, 'none')),
  example('She seems tired since her parents separated', 'concern'),
  example('He has been quiet in class this week and not eating lunch', 'concern'),
];
const heads = trainHeads(EXAMPLES, frames, { ...DEFAULT_TRAINING, epochs: 20, levelBits: 12, indicatorBits: 8 });
const THRESHOLDS: ModelFile['thresholds'] = { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.45, indicator: 0.5 };
const WINDOWS: NonNullable<ModelFile['windows']> = {
  fromSentences: 4,
  span: 3,
  thresholds: { concern: 0.6, urgent: 0.6 },
};
const model = (windows?: ModelFile['windows']): ModelFile => ({
  ...shippedModelFile(),
  thresholds: THRESHOLDS,
  ...(windows ? { windows } : { windows: undefined }),
  heads,
});
const whole = new LearnedReader(model(), frames);
const windowed = new LearnedReader(model(WINDOWS), frames);
const handover = (...sentences: string[]): string => sentences.map((s) => `${s}.`).join(' ');
// Not a training message: a new handover of ordinary sentences, and one grave sentence put in its middle.
const ORDINARY = handover(EVERYDAY[0], EVERYDAY[1], EVERYDAY[2], EVERYDAY[3], EVERYDAY[4], EVERYDAY[5]);
const BURIED = handover(EVERYDAY[0], EVERYDAY[1], EVERYDAY[2], GRAVE[0], EVERYDAY[3], EVERYDAY[4], EVERYDAY[5]);

describe('windowed learned reading of long messages (s20-L)', () => {
  it("reads a window's features as exactly its sentences' own (no feature crosses a sentence)", () => {
    const tokens = tokensOf(BURIED);
    // A copy: the next extraction reuses the buffers.
    const features = copyFeatures(extractFeatures(tokens, frames));
    const { hashAt, countAt } = features.sentenceStarts;
    const all = Array.from(features.hashes.slice(0, features.length));
    expect(features.sentences).toBe(7);
    for (let s = 0; s < features.sentences; s += 1) {
      const sentence = tokens.filter((token) => token.sentence === tokens[0].sentence + s);
      const own = extractFeatures(sentence, frames);
      expect(all.slice(hashAt[s], hashAt[s + 1])).toEqual(Array.from(own.hashes.slice(0, own.length)));
      expect(countAt[s + 1] - countAt[s]).toBe(own.length);
    }
  });

  it('finds one grave sentence buried in a long ordinary handover: urgent, where the whole message alone is diluted', () => {
    const tokens = tokensOf(BURIED);
    expect(whole.levelOf(whole.read(tokensOf(GRAVE[0])))).toBe('urgent');
    expect(compareLevels(whole.levelOf(whole.read(tokens)), 'urgent')).toBeLessThan(0);
    expect(windowed.levelOf(windowed.read(tokens))).toBe('urgent');
    expect(assessTextWith(compiled, BURIED, 'en-GB', windowed).level).toBe('urgent');
  });

  it('makes no 999 call from a window: immediate only when the whole message reads it (wholeLevel)', () => {
    const reading = windowed.read(tokensOf(BURIED));
    expect(reading.wholeLevel).not.toBe('urgent');
    expect(reading.wholeLevel).not.toBe('immediate');
    // Every head as sure as can be, but the whole message alone reads below urgent: a window raises to urgent at most.
    const sure = { ...reading, concern: 1, urgent: 1, immediate: 1 };
    expect(windowed.levelOf(sure)).toBe('urgent');
    expect(windowed.levelOf({ ...sure, wholeLevel: 'immediate' })).toBe('immediate');
  });

  it('names the indicators of the window that raised the level, a run holding the grave sentence', () => {
    const reading = windowed.read(tokensOf(BURIED));
    expect(reading.raisedBy).toBeDefined();
    expect(reading.raisedBy?.first).toBeLessThanOrEqual(3);
    expect(reading.raisedBy?.last).toBeGreaterThanOrEqual(3);
    expect(windowed.indicatorsOf(reading)).toContain('physical-abuse');
    // The whole message, diluted, names none.
    const diluted = whole.read(tokensOf(BURIED));
    expect(diluted.raisedBy).toBeUndefined();
    expect(whole.indicatorsOf(diluted)).toEqual([]);
  });

  it('keeps a long ordinary handover below urgent, and reads no window in a message of fewer than 4 sentences', () => {
    expect(compareLevels(windowed.levelOf(windowed.read(tokensOf(ORDINARY))), 'urgent')).toBeLessThan(0);
    expect(compareLevels(assessTextWith(compiled, ORDINARY, 'en-GB', windowed).level, 'urgent')).toBeLessThan(0);
    const short = handover(EVERYDAY[0], GRAVE[0], EVERYDAY[1]);
    expect(windowed.read(tokensOf(short)).windows).toBeUndefined();
    expect(windowed.read(tokensOf(short)).urgent).toBe(whole.read(tokensOf(short)).urgent);
  });

  it('never lowers: every head reads at least what the whole message reads, and so does the assessment', () => {
    const texts = [
      BURIED,
      ORDINARY,
      handover(GRAVE[1], EVERYDAY[6], EVERYDAY[7], EVERYDAY[8]),
      handover(GRAVE[2], GRAVE[3], EVERYDAY[9], EVERYDAY[0], GRAVE[0]),
      GRAVE[3],
    ];
    for (const text of texts) {
      const before = whole.read(tokensOf(text));
      const { concern, urgent, immediate, immediateIfUrgent } = before;
      const after = windowed.read(tokensOf(text));
      expect(after.concern).toBeGreaterThanOrEqual(concern);
      expect(after.urgent).toBeGreaterThanOrEqual(urgent);
      expect(after.immediate).toBeGreaterThanOrEqual(immediate);
      expect(after.immediateIfUrgent).toBeGreaterThanOrEqual(immediateIfUrgent);
      const level = assessTextWith(compiled, text, 'en-GB', whole).level;
      expect(compareLevels(assessTextWith(compiled, text, 'en-GB', windowed).level, level)).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads a window threshold of 1 as no window for that head, but still reports the windows for the chooser', () => {
    const off = new LearnedReader(model({ ...WINDOWS, thresholds: { concern: 1, urgent: 1 } }), frames);
    const reading = off.read(tokensOf(BURIED));
    expect(reading.urgent).toBe(whole.read(tokensOf(BURIED)).urgent);
    expect(reading.windows?.urgent).toBeGreaterThan(0.6);
  });

  it('loads a model file with windows, and one without them (an older file reads whole messages)', () => {
    expect(modelFileSchema.safeParse(model(WINDOWS)).success).toBe(true);
    expect(modelFileSchema.safeParse({ ...model(), windows: undefined }).success).toBe(true);
    expect(modelFileSchema.safeParse(model({ ...WINDOWS, fromSentences: 1 })).success).toBe(false);
  });

  it("chooses each window threshold on dev as the lowest whose windows add no more than the budget's raises", () => {
    const score = (expected: RiskLevel, windowUrgent: number): DevScore =>
      devScore({
        expected,
        concern: 0.6,
        urgent: 0.1,
        windows: { concern: 0.6, urgent: windowUrgent },
      });
    // 1,000 `none` messages read concern already, five with a window at 0.9 and five at 0.8: the urgent budget
    // allows two.
    const scores = Array.from({ length: 1000 }, (_, i) => score('none', i < 5 ? 0.9 : i < 10 ? 0.8 : 0.2));
    expect(WINDOW_BUDGETS.urgent * 1000).toBeLessThan(5);
    const chosen = chooseWindowThresholds(scores, THRESHOLDS);
    expect(chosen.urgent).toBeGreaterThan(0.9);
    // Windows add no concern the whole has not read: the lowest threshold.
    expect(chosen.concern).toBe(0.05);
  });
});
