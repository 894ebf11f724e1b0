/** Shared by the learned-reader test modules: the shipped lexicons and frames, and examples to train a model with. */
import { RISK_INDICATORS, type RiskIndicator, type RiskLevel } from '../../../../src/risk';
import { encodeHead, IMMEDIATE_IF_URGENT, type ModelFile } from '../../../../src/risk/learnedReader';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';
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

/**
 * The shipped file with heads fixed by hand, so a test holds when the shipped model is retrained: each level head says
 * a fixed yes (bias 20) if named in `yes`, else no (-20); every indicator head no; `confirm` as the second urgent head
 * (none when undefined); no windows; `thresholds` over 0.5 each (ask 0.99).
 */
export function fixedModelFile(
  yes: readonly string[],
  confirm: ModelFile['heads'][number] | undefined,
  thresholds: Partial<ModelFile['thresholds']>,
): ModelFile {
  const levels = ['concern', 'urgent', 'immediate', IMMEDIATE_IF_URGENT] as const;
  const heads = [
    ...levels.map((name) => encodeHead(name, 8, yes.includes(name) ? 20 : -20, new Float64Array(256))),
    ...(confirm === undefined ? [] : [confirm]),
    ...RISK_INDICATORS.map((name) => encodeHead(name, 8, -20, new Float64Array(256))),
  ];
  return {
    ...shippedModelFile(),
    heads,
    windows: undefined,
    thresholds: { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.99, indicator: 0.5, ...thresholds },
  };
}
