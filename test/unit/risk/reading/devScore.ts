/** A dev score for the threshold choosers' tests: an ordinary `none` message unless `over` says otherwise. */
import type { DevScore } from '../../../../src/riskTraining/thresholds';

export const devScore = (over: Partial<DevScore>): DevScore => ({
  expected: 'none',
  byPhrases: 'none',
  phrasesAsk: false,
  concern: 0.01,
  urgent: 0.01,
  immediate: 0,
  immediateIfUrgent: 0,
  nowCue: false,
  namesRiskFrame: true,
  ...over,
});
