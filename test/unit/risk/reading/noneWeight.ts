/**
 * The trainer's weight on `none` messages (issue 22): hard `none` messages write the alarm with its explanation, and
 * a head told to weigh them more learns that the alarming words alone are not enough.
 */
import type { RiskLevel } from '../../../../src/risk';
import { LearnedReader } from '../../../../src/risk/learnedReader';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { tokensFor } from '../../../../src/risk/matcher';
import {
  DEFAULT_TRAINING,
  trainHeads,
  type TrainingExample,
  type TrainingOptions,
} from '../../../../src/riskTraining/train';

const compiled = defaultCompiledLexicons();
const tokensOf = (text: string) => tokensFor(compiled, text);
const example = (text: string, level: RiskLevel): TrainingExample => ({
  tokens: tokensOf(text),
  level,
  indicators: level === 'none' ? [] : ['physical-abuse'],
});

const EXAMPLES = [
  example('There was blood everywhere on his shirt and he said his stepdad did it', 'urgent'),
  example('Blood on her face this morning, she says mum threw a plate at her', 'urgent'),
  example('He came in with blood on his arm and will not say who hurt him', 'urgent'),
  example('There was blood everywhere but it was fake blood from the drama club', 'none'),
  example('He forgot his PE kit again and sat out of football', 'none'),
  example('She seems tired since her parents separated', 'concern'),
];
const HARD_NONE = 'Blood everywhere on his shirt, it was the drama club';
const small: TrainingOptions = { ...DEFAULT_TRAINING, epochs: 3, levelBits: 10, indicatorBits: 8 };
const headsWith = (noneWeight: TrainingOptions['noneWeight']) =>
  trainHeads(EXAMPLES, defaultFrames(), { ...small, noneWeight });
const urgentOf = (noneWeight: TrainingOptions['noneWeight'], text: string): number =>
  new LearnedReader({ ...shippedModelFile(), heads: headsWith(noneWeight) }, defaultFrames()).read(tokensOf(text))
    .urgent;

describe('the weight on none messages in training', () => {
  it('lowers the urgent head on a hard none message when the urgent head weighs none messages more', () => {
    expect(urgentOf({ urgent: 4 }, HARD_NONE)).toBeLessThan(urgentOf({}, HARD_NONE));
  });

  it('changes only the heads it names, and a weight of one trains the same heads as none given', () => {
    const plain = headsWith({});
    const urgentOnly = headsWith({ urgent: 4 });
    const byName = (heads: typeof plain, name: string) => heads.find((head) => head.name === name);
    expect(byName(urgentOnly, 'urgent')).not.toEqual(byName(plain, 'urgent'));
    for (const name of ['concern', 'immediate', 'physical-abuse'])
      expect(byName(urgentOnly, name)).toEqual(byName(plain, name));
    expect(headsWith({ concern: 1, urgent: 1, immediate: 1 })).toEqual(plain);
  });
});
