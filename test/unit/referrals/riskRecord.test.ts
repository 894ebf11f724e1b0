import type { RiskAssessment } from '../../../src/risk/types';
import { mergeRisk, NO_REFERRAL_RISK, riskFromAssessment } from '../../../src/referrals/riskRecord';

const assessment: RiskAssessment = {
  level: 'urgent',
  indicators: ['self-harm'],
  matches: [
    {
      indicator: 'self-harm',
      level: 'urgent',
      start: 12,
      end: 24,
      text: 'cutting arms',
      rule: 'en-GB:self-harm-recent',
    },
  ],
  reasons: ['Recent self-harm ("cutting arms")'],
};

describe('the risk kept on the record', () => {
  it('keeps level, indicators, reasons and trigger words, not offsets into the message', () => {
    const risk = riskFromAssessment(assessment, 'childWords');
    expect(risk).toEqual({
      level: 'urgent',
      indicators: ['self-harm'],
      reasons: ['Recent self-harm ("cutting arms")'],
      triggers: [
        {
          indicator: 'self-harm',
          level: 'urgent',
          words: 'cutting arms',
          rule: 'en-GB:self-harm-recent',
          questionId: 'childWords',
        },
      ],
      reasonCodes: [],
    });
    expect(JSON.stringify(risk)).not.toMatch(/"start"|"end"/);
  });

  it('never lowers the level when later answers are reassuring, and puts graver indicators first', () => {
    const later: RiskAssessment = {
      level: 'concern',
      indicators: ['neglect'],
      matches: [
        { indicator: 'neglect', level: 'concern', start: 0, end: 6, text: 'hungry', rule: 'en-GB:neglect-hunger' },
      ],
      reasons: ['Possible neglect ("hungry")'],
    };
    const merged = mergeRisk(riskFromAssessment(later), riskFromAssessment(assessment));
    expect(merged.level).toBe('urgent');
    expect(merged.indicators).toEqual(['self-harm', 'neglect']);
    expect(merged.triggers).toHaveLength(2);
    expect(mergeRisk(merged, riskFromAssessment(assessment))).toEqual(merged);
    expect(mergeRisk(NO_REFERRAL_RISK, NO_REFERRAL_RISK).level).toBe('none');
  });
});
