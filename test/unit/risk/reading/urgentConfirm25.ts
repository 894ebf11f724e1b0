/**
 * s25-L (issue 22): the second urgent head (`urgent-confirm`). It is the urgent head trained again with the `none`
 * messages the first one read high out of fold weighted up, and an urgent the learned reader reads alone (the phrases
 * below urgent) needs it too; without it the message is a concern and the bot asks its safety question. The phrases'
 * own urgent never needs it, and an older model file (no such head, no threshold) reads as before. Heads here say a
 * fixed yes or no, so the tests hold when the shipped model is retrained.
 * Every sentence is synthetic.
 */
import { assessTextWith, compareLevels } from '../../../../src/risk';
import {
  encodeHead,
  IMMEDIATE_IF_URGENT,
  LearnedReader,
  type ModelFile,
  URGENT_CONFIRM,
} from '../../../../src/risk/learnedReader';
import { chooseUrgentConfirm } from '../../../../src/riskTraining/thresholds';
import {
  confirmWeights,
  DEFAULT_TRAINING,
  foldsOf,
  trainHeads,
  type TrainingExample,
} from '../../../../src/riskTraining/train';
import { devScore } from './devScore';
import { compiled, exampleWith, fixedModelFile, frames, tokensOf } from './trainedInTest';

type LevelName = 'concern' | 'urgent' | 'immediate' | typeof IMMEDIATE_IF_URGENT | typeof URGENT_CONFIRM;

/** Level heads that each say a fixed yes (bias 20) or no (-20); `confirm` undefined: the file has no second head. */
function fixedReader(
  yes: readonly LevelName[],
  confirm: boolean | undefined,
  thresholds: Partial<ModelFile['thresholds']> = { urgentConfirm: 0.5 },
): LearnedReader {
  const head =
    confirm === undefined ? undefined : encodeHead(URGENT_CONFIRM, 8, confirm ? 20 : -20, new Float64Array(256));
  return new LearnedReader(fixedModelFile(yes, head, thresholds), frames);
}

const assess = (reader: LearnedReader, text: string) => assessTextWith(compiled, text, 'en-GB', reader);
const phrases = (text: string) => assessTextWith(compiled, text, 'en-GB').level;

// Each everyday message, its alarm explained at once, beside a risk twin that the phrases read urgent themselves.
const TWINS: ReadonlyArray<readonly [everyday: string, risk: string]> = [
  [
    'Tilly told us a monster was eating her tummy - mum says it is a tummy bug and she is off today',
    'Tilly told us her stepdad hit her with a belt and she is scared to go home',
  ],
  [
    "Josh came in saying he got shot loads at the weekend, it was his cousin's paintball party",
    "Josh said his mum's boyfriend punched him in the face at the weekend",
  ],
  [
    'She got stuck in the art cupboard for ten minutes when the handle came off, she laughed about it',
    'She said her dad locks her in the cupboard under the stairs when he has been drinking',
  ],
];

describe('a learned-only urgent needs the second urgent head (s25-L)', () => {
  const eager = fixedReader(['concern', 'urgent'], false);
  const backed = fixedReader(['concern', 'urgent'], true);

  it.each(TWINS)(
    'reads the everyday "%s" a concern and asks, and its twin "%s" at the phrases\' urgent',
    (everyday, risk) => {
      expect(compareLevels(phrases(everyday), 'urgent')).toBeLessThan(0);
      const gated = assess(eager, everyday);
      expect(gated.level).toBe('concern');
      expect(gated.ask).toBe(true);
      expect(assess(backed, everyday).level).toBe('urgent');
      // The phrases' own urgent needs no second head.
      expect(compareLevels(phrases(risk), 'urgent')).toBeGreaterThanOrEqual(0);
      expect(compareLevels(assess(eager, risk).level, 'urgent')).toBeGreaterThanOrEqual(0);
    },
  );

  it('gates a learned-only immediate the same way, and leaves an older file (no head or no threshold) as it was', () => {
    const text = 'We are going to the swimming gala in town tonight with the whole class';
    expect(compareLevels(phrases(text), 'urgent')).toBeLessThan(0);
    const all: LevelName[] = ['concern', 'urgent', 'immediate', IMMEDIATE_IF_URGENT];
    expect(assess(fixedReader(all, false), text).level).toBe('concern');
    expect(assess(fixedReader(all, true), text).level).toBe('immediate');
    expect(assess(fixedReader(all, undefined), text).level).toBe('immediate');
    expect(assess(fixedReader(all, false, {}), text).level).toBe('immediate');
    const older = fixedReader(all, undefined);
    expect(older.urgentConfirmScore(older.read(tokensOf(text)))).toBe(1);
  });
});

describe('training the second urgent head (s25-L)', () => {
  it('weighs up only the `none` messages the urgent head found hard out of fold', () => {
    const levels = ['none', 'none', 'concern', 'urgent', 'immediate', 'none'] as const;
    const outOfFold = [0.22, 0.21, 0.9, 0.05, 0.9, 0.8];
    expect(Array.from(confirmWeights(levels, outOfFold, { hardFrom: 0.22, hardWeight: 4 }))).toEqual([
      4, 1, 1, 1, 1, 4,
    ]);
  });

  it('deals the examples into folds of equal size, the same for the same seed', () => {
    const folds = foldsOf(101, 2, 22);
    expect(Array.from(folds).filter((f) => f === 0)).toHaveLength(51);
    expect(Array.from(folds).filter((f) => f === 1)).toHaveLength(50);
    expect(Array.from(foldsOf(101, 2, 22))).toEqual(Array.from(folds));
    expect(Array.from(foldsOf(101, 2, 23))).not.toEqual(Array.from(folds));
  });

  const example = exampleWith('physical-abuse');
  const EXAMPLES: TrainingExample[] = [
    ...[
      'He said his uncle hits him with a stick when mum is out',
      'She has bruises on her arms and says her stepdad did it',
      'He told me his dad kicked him down the stairs last night',
      'She said mum burnt her hand on the cooker on purpose',
    ].map((text) => example(text, 'urgent')),
    ...[
      'He got hit by the ball in PE and has a bruise on his arm',
      'She fell down the stairs at home and mum took her to get it checked',
      'The class wrote stories about a dragon that burnt the village',
      'Dinner money envelopes are in the tray by the office',
      'The hall is booked for the choir on Thursday',
      'Parents evening slots for Year 5 go out on Monday',
    ].map((text) => example(text, 'none')),
  ];
  // Without the second head (the default trains one since s25-L).
  const options = { ...DEFAULT_TRAINING, epochs: 5, levelBits: 10, indicatorBits: 8, urgentConfirm: undefined };

  it('adds the head only when asked, and the other heads stay the same bytes', () => {
    const plain = trainHeads(EXAMPLES, frames, options);
    const cascade = trainHeads(EXAMPLES, frames, {
      ...options,
      urgentConfirm: { folds: 2, hardFrom: 0.2, hardWeight: 4 },
    });
    expect(plain.some((head) => head.name === URGENT_CONFIRM)).toBe(false);
    expect(cascade.filter((head) => head.name === URGENT_CONFIRM)).toHaveLength(1);
    expect(cascade.filter((head) => head.name !== URGENT_CONFIRM)).toEqual(plain);
  });
});

describe("choosing the second urgent head's threshold on dev (s25-L)", () => {
  const t = { concern: 0.5, urgent: 0.5, immediate: 0.9, ask: 0.3, indicator: 0.5 };
  const off = { concern: 1, urgent: 1 };
  // Urgent-or-higher messages only the learned reader reads urgent, with their second head's scores.
  const learnedOnly = [0.2, 0.45, 0.7, 0.8].map((c) =>
    devScore({ expected: 'urgent', concern: 0.9, urgent: 0.9, urgentConfirm: c }),
  );
  const others = [
    // The phrases read it urgent: the head cannot lose it, however low it reads.
    devScore({ expected: 'urgent', byPhrases: 'urgent', concern: 0.9, urgent: 0.9, urgentConfirm: 0.01 }),
    // The learned reader does not read it urgent: nothing to lose.
    devScore({ expected: 'immediate', concern: 0.9, urgent: 0.1, urgentConfirm: 0.01 }),
    devScore({ expected: 'none', concern: 0.9, urgent: 0.9, urgentConfirm: 0.3 }),
  ];
  const scores = [...learnedOnly, ...others];

  it('takes the highest threshold that loses at most the slack of the learned-only urgent messages', () => {
    expect(chooseUrgentConfirm(scores, t, off, 0)).toBe(0.2);
    expect(chooseUrgentConfirm(scores, t, off, 1)).toBe(0.45);
    expect(chooseUrgentConfirm(scores, t, off, 2)).toBe(0.7);
  });

  it('reads no gate (0) when dev has no scores of the head', () => {
    expect(
      chooseUrgentConfirm(
        others.map((s) => ({ ...s, urgentConfirm: undefined })),
        t,
        off,
        1,
      ),
    ).toBe(0);
  });
});
