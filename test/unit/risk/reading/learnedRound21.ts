/**
 * s21-L (the learned reader's 999 calls on ordinary messages): the learned immediate needs the urgent head's backing,
 * not the concern head's alone. A message the reader does not find urgent ("went white as a sheet at the door of the
 * hall", "car won't start, battery dead") is no 999 call: it stays at the concern head's level and the bot asks its
 * safety question. The model here is trained in the test on a handful of synthetic messages, so the tests hold when the
 * shipped model is retrained.
 */
import { assessTextWith, type RiskLevel } from '../../../../src/risk';
import { compareLevels } from '../../../../src/risk/levels';
import { agreedLevel, LearnedReader, type ModelFile } from '../../../../src/risk/learnedReader';
import { shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import {
  BUDGETS,
  chooseAsk,
  chooseAskWithWindows,
  chooseThresholds,
  type DevScore,
} from '../../../../src/riskTraining/thresholds';
import { devScore } from './devScore';
import { compiled, exampleWith, frames, tokensOf } from './trainedInTest';
import { DEFAULT_TRAINING, trainHeads, type TrainingExample } from '../../../../src/riskTraining/train';

const example = exampleWith('immediate-danger');

const IMMEDIATE = [
  'He is bleeding badly right now and will not wake up',
  'She is not breathing right now, the ambulance is on its way',
  'He has a knife right now and says he will use it tonight',
  'She took a lot of tablets tonight and is not waking up now',
];
const URGENT = [
  'He said his stepdad hit him with a belt last night',
  'She has bruises on her arms and says her dad hit her',
];
const EVERYDAY = [
  'The minibus is booked for Friday',
  'The photocopier is jammed again',
  'The rota for next week is on the board',
  'Trip forms for the museum are due back on Monday',
  'Year 9 parents evening is on Thursday',
  'The printer on the top corridor is out of toner',
];
const EXAMPLES: TrainingExample[] = [
  ...IMMEDIATE.map((text) => example(text, 'immediate')),
  ...URGENT.map((text) => example(text, 'urgent')),
  ...EVERYDAY.map((text) => example(text, 'none')),
  example('She seems tired since her parents separated', 'concern'),
];
const heads = trainHeads(EXAMPLES, frames, { ...DEFAULT_TRAINING, epochs: 20, levelBits: 12, indicatorBits: 8 });
const THRESHOLDS: ModelFile['thresholds'] = { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.45, indicator: 0.5 };
const readerWith = (thresholds: Partial<ModelFile['thresholds']>): LearnedReader =>
  new LearnedReader(
    { ...shippedModelFile(), thresholds: { ...THRESHOLDS, ...thresholds }, windows: undefined, heads },
    frames,
  );
const GRAVE = IMMEDIATE[0];

describe('the learned immediate needs the urgent head (s21-L)', () => {
  it('reads the immediate head with the concern head alone as concern, unsure; with the urgent head, immediate', () => {
    const t = { concern: 0.3, urgent: 0.3, immediate: 0.3 };
    expect(agreedLevel({ concern: 0.6, urgent: 0.2, immediate: 0.7 }, t)).toEqual({ level: 'concern', unsure: true });
    expect(agreedLevel({ concern: 0.6, urgent: 0.4, immediate: 0.7 }, t)).toEqual({
      level: 'immediate',
      unsure: false,
    });
    // The urgent head without the concern head backs immediate as before.
    expect(agreedLevel({ concern: 0.1, urgent: 0.4, immediate: 0.7 }, t)).toEqual({
      level: 'immediate',
      unsure: false,
    });
    // With no frame of risk the urgent head must be more likely than not (UNFRAMED_URGENT), for immediate too.
    expect(agreedLevel({ concern: 0.6, urgent: 0.4, immediate: 0.7, namesRiskFrame: false }, t).level).toBe('concern');
  });

  it('reads a grave message immediate when the urgent head backs it, and concern (asking) when it does not', () => {
    const reader = readerWith({});
    const reading = reader.read(tokensOf(GRAVE));
    expect(reading.immediate).toBeGreaterThan(0.5);
    expect(reading.concern).toBeGreaterThan(0.5);
    expect(reading.urgent).toBeGreaterThan(0.5);
    expect(reader.levelOf(reading)).toBe('immediate');
    expect(reading.wholeLevel).toBe('immediate');
    // The same scores, the urgent head's threshold out of reach: the concern head alone makes no 999 call.
    const unbacked = readerWith({ urgent: 0.999 });
    const read = unbacked.read(tokensOf(GRAVE));
    expect(read.wholeLevel).toBe('concern');
    expect(unbacked.levelOf(read)).toBe('concern');
    expect(unbacked.shouldAsk(read)).toBe(true);
    // An everyday message stays below concern either way.
    const everyday = 'The minibus for the trip is booked for Friday';
    expect(reader.levelOf(reader.read(tokensOf(everyday)))).toBe('none');
  });

  it('still only raises: the assessment is never below the phrase reading, with or without the urgent head', () => {
    const texts = [
      GRAVE,
      ...IMMEDIATE.slice(1),
      ...URGENT,
      ...EVERYDAY,
      'The ambulance outside is for the house opposite',
    ];
    for (const reader of [readerWith({}), readerWith({ urgent: 0.999 })])
      for (const text of texts) {
        const byPhrases = assessTextWith(compiled, text, 'en-GB').level;
        const level = assessTextWith(compiled, text, 'en-GB', reader).level;
        expect(compareLevels(level, byPhrases)).toBeGreaterThanOrEqual(0);
      }
  });

  it('chooses the immediate threshold without counting raises the rule no longer makes (chooseThresholds)', () => {
    const score = (expected: RiskLevel, s: Partial<DevScore>): DevScore => ({
      expected,
      byPhrases: 'none',
      phrasesAsk: false,
      concern: 0,
      urgent: 0,
      immediate: 0,
      immediateIfUrgent: 0,
      nowCue: false,
      namesRiskFrame: true,
      ...s,
    });
    // Ordinary messages the immediate and concern heads are sure of but the urgent head is not: no 999 call now, so
    // they leave the immediate threshold at its most sensitive; before, they pushed it up past the real ones.
    const scores = [
      ...Array.from({ length: 100 }, () => score('none', { concern: 0.9, immediate: 0.9 })),
      ...Array.from({ length: 900 }, () => score('none', {})),
      ...Array.from({ length: 20 }, () => score('immediate', { concern: 0.9, urgent: 0.9, immediate: 0.6 })),
      ...Array.from({ length: 20 }, () => score('urgent', { concern: 0.9, urgent: 0.9 })),
    ];
    const t = chooseThresholds(scores, BUDGETS);
    expect(t.immediate).toBeLessThanOrEqual(0.6);
    const reads = (s: DevScore) => agreedLevel(s, t).level === 'immediate';
    expect(scores.filter((s) => s.expected === 'immediate').every(reads)).toBe(true);
    expect(scores.filter((s) => s.expected === 'none').some(reads)).toBe(false);
  });
});

describe('the ask threshold counts the asks that windows make (chooseAskWithWindows)', () => {
  const thresholds: ModelFile['thresholds'] = {
    concern: 0.26,
    urgent: 0.23,
    immediate: 0.27,
    ask: 0.05,
    indicator: 0.5,
  };
  const windows = { concern: 0.69, urgent: 0.47 };
  // 1,000 `none` messages; 150 are long and have a window at 0.35, which the reader moves onto the whole message's
  // scale to about 0.15: below urgent, above a low ask threshold.
  const scores: DevScore[] = Array.from({ length: 1000 }, (_, i) =>
    devScore(i < 150 ? { windows: { concern: 0.01, urgent: 0.35 } } : {}),
  );

  it('chooses, on whole messages alone, an ask threshold the windows would overrun', () => {
    const alone = chooseAsk(scores, thresholds, (s) => s, BUDGETS.ask);
    expect(alone).toBeLessThan(0.15);
  });

  it('chooses, with the windows read, one above what they lift, so asks stay within the budget', () => {
    const ask = chooseAskWithWindows(scores, thresholds, windows);
    expect(ask).toBeGreaterThan(0.15);
    expect(ask).toBeLessThanOrEqual(thresholds.urgent);
  });
});
