import { readSafetyAnswer, shouldAskSafetyQuestion } from '../../../src/conversation/safetyQuestion';
import type { RiskAssessment } from '../../../src/risk';

const assessment = (level: RiskAssessment['level'], ask: boolean): RiskAssessment => ({
  level,
  indicators: [],
  matches: [],
  reasons: [],
  ...(ask ? { ask: true as const } : {}),
});

describe('the safety question', () => {
  it.each([
    'yes',
    'Yes!',
    'yeah I think so',
    'y',
    'not sure',
    'Oes',
    'oes, mae hi',
    'ydy',
    'ia',
    'dwn i ddim',
    "sai'n siŵr",
  ])('reads "%s" as yes (unsure counts as yes)', (text) => {
    expect(readSafetyAnswer(text)).toBe('yes');
  });

  it.each(['no', 'No.', 'nope', 'no one is in danger', 'nobody', 'na', 'Nac oes', 'nag oes', 'naddo', 'neb'])(
    'reads "%s" as no',
    (text) => {
      expect(readSafetyAnswer(text)).toBe('no');
    },
  );

  it.each(['', 'she has gone home', 'do I need to ring someone?', 'Mae hi wedi mynd adref'])(
    'reads "%s" as no answer (it is then read as a new message)',
    (text) => {
      expect(readSafetyAnswer(text)).toBeUndefined();
    },
  );

  it('is asked when the reading is unsure below urgent, and not when it is urgent or sure', () => {
    expect(shouldAskSafetyQuestion(assessment('none', true))).toBe(true);
    expect(shouldAskSafetyQuestion(assessment('concern', true))).toBe(true);
    expect(shouldAskSafetyQuestion(assessment('urgent', true))).toBe(false);
    expect(shouldAskSafetyQuestion(assessment('none', false))).toBe(false);
  });
});
