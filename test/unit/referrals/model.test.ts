import { CONSENT_VALUES } from '../../../src/flows/summary';
import { PARENT_CARER_AWARENESS, referralSchema, safeguardingConditionRelied } from '../../../src/referrals/model';
import { referral, STAFF_A } from './fixtures';

function problems(value: unknown): string[] {
  const result = referralSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the referral model', () => {
  it('accepts a complete referral', () => {
    expect(problems(referral())).toEqual([]);
  });

  it('requires an owner once claimed, and an outcome exactly when closed', () => {
    expect(problems(referral({ status: 'claimed' }))).toContain('owner');
    expect(problems(referral({ status: 'closed', owner: STAFF_A }))).toContain('outcome');
    expect(problems(referral({ status: 'open', outcome: 'advice-given' }))).toContain('outcome');
  });

  it('keeps the channel consistent with who reported', () => {
    expect(problems(referral({ channel: 'webchat' }))).toContain('channel');
    expect(
      problems(referral({ channel: 'webchat', reporter: { kind: 'webchat', userId: 'dl_123', role: 'youth-worker' } })),
    ).toEqual([]);
  });

  it('refuses a malformed reference, child key, level of need or a free-text reason code', () => {
    expect(problems(referral({ reference: 'EH-7K3M-Q0' }))).toContain('reference');
    expect(problems({ ...referral(), childKey: 'J.B.' })).toContain('childKey');
    expect(problems({ ...referral(), levelOfNeed: { level: 5, reasons: [] } })).toContain('levelOfNeed.level');
    expect(problems({ ...referral(), levelOfNeed: { level: 2, reasons: ['she said he hits her'] } })).toContain(
      'levelOfNeed.reasons.0',
    );
  });

  it('uses the same parent/carer values as the triage question', () => {
    expect([...PARENT_CARER_AWARENESS]).toEqual([...CONSENT_VALUES]);
  });

  it('relies on the safeguarding condition unless parents know and agree', () => {
    expect(safeguardingConditionRelied('aware-consents')).toBe(false);
    for (const value of ['aware-no-consent', 'not-aware', 'may-increase-risk', undefined] as const)
      expect(safeguardingConditionRelied(value)).toBe(true);
  });
});
