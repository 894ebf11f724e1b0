/**
 * s19-L2 (issue 22: long messages with the risk buried in the middle): the learned heads are also trained on each
 * sentence of a `none` message, as a `none` example of its own (src/riskTraining/noneSentences.ts).
 */
import type { RiskLevel } from '../../../../src/risk';
import { LearnedReader } from '../../../../src/risk/learnedReader';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { tokensFor } from '../../../../src/risk/matcher';
import { noneSentenceExamples } from '../../../../src/riskTraining/noneSentences';
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

describe('a none message’s sentences as training examples', () => {
  it('gives each sentence of a none message of two or more sentences, labelled none, and nothing else', () => {
    const handover = example(
      'Minibus is booked for Friday. The photocopier is jammed again. Rota is on the board.',
      'none',
    );
    const sentences = noneSentenceExamples([
      handover,
      example('He forgot his PE kit again and sat out of football', 'none'),
      example('Rota is on the board. He said his stepdad hit him with a belt last night.', 'urgent'),
    ]);
    expect(sentences.map((s) => s.tokens.map((t) => t.form).join(' '))).toEqual([
      handover.tokens
        .filter((t) => t.sentence === handover.tokens[0].sentence)
        .map((t) => t.form)
        .join(' '),
      expect.stringContaining('photocopier'),
      expect.stringContaining('rota'),
    ]);
    expect(sentences.every((s) => s.level === 'none' && s.indicators?.length === 0)).toBe(true);
  });

  const EXAMPLES = [
    example('He said his stepdad hit him with a belt last night', 'urgent'),
    example('She has bruises on her arms and says her dad hit her', 'urgent'),
    example('He is scared to go home because his stepdad hits him', 'urgent'),
    example('Stepdad came to the match last night. The minibus was late. Rota is on the board.', 'none'),
    example('The photocopier is jammed. His stepdad came to parents evening last night. Trip forms are in.', 'none'),
    example('He forgot his PE kit again and sat out of football', 'none'),
    example('She seems tired since her parents separated', 'concern'),
  ];
  const small: TrainingOptions = { ...DEFAULT_TRAINING, epochs: 3, levelBits: 10, indicatorBits: 8 };
  const headsWith = (noneSentenceWeight: number) =>
    trainHeads(EXAMPLES, defaultFrames(), { ...small, noneSentenceWeight });
  const urgentOf = (noneSentenceWeight: number, text: string): number =>
    new LearnedReader({ ...shippedModelFile(), heads: headsWith(noneSentenceWeight) }, defaultFrames()).read(
      tokensOf(text),
    ).urgent;
  const EVERYDAY = 'His stepdad came to the match last night';
  const RISK_TWIN = 'His stepdad hit him last night';

  it('lowers the urgent head on an everyday sentence that stood only inside none messages; its risk twin stays higher', () => {
    const everyday = urgentOf(0.5, EVERYDAY);
    expect(everyday).toBeLessThan(urgentOf(0, EVERYDAY));
    expect(urgentOf(0.5, RISK_TWIN)).toBeGreaterThan(everyday);
    expect(urgentOf(0.5, RISK_TWIN)).toBeGreaterThan(0.5);
  });

  it('changes only the level heads: the indicator heads and the immediate-if-urgent head train the same', () => {
    const without = headsWith(0);
    const withSentences = headsWith(0.5);
    const byName = (heads: typeof without, name: string) => heads.find((head) => head.name === name);
    expect(byName(withSentences, 'urgent')).not.toEqual(byName(without, 'urgent'));
    for (const name of ['immediate-if-urgent', 'physical-abuse', 'neglect'])
      expect(byName(withSentences, name)).toEqual(byName(without, name));
  });
});
