/** Shared by the learned-reader test modules: the shipped lexicons and frames, and examples to train a model with. */
import type { RiskIndicator, RiskLevel } from '../../../../src/risk';
import { defaultFrames } from '../../../../src/risk/learnedReaderFile';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { tokensFor } from '../../../../src/risk/matcher';
import type { TrainingExample } from '../../../../src/riskTraining/train';

export const compiled = defaultCompiledLexicons();
export const frames = defaultFrames();
export const tokensOf = (text: string) => tokensFor(compiled, text);

/** A labelled example for `trainHeads`: `none` carries no indicator, any other level carries `indicator`. */
export const exampleWith =
  (indicator: RiskIndicator) =>
  (text: string, level: RiskLevel): TrainingExample => ({
    tokens: tokensOf(text),
    level,
    indicators: level === 'none' ? [] : [indicator],
  });
