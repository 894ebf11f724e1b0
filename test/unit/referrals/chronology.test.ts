import {
  chronologyWindowStart,
  cumulativeConcern,
  withCumulativeConcern,
  type ChronologyEntry,
} from '../../../src/referrals/chronology';
import { newReference } from '../../../src/referrals/reference';
import { referral } from './fixtures';

function entry(createdAt: string): ChronologyEntry {
  return {
    reference: newReference(),
    createdAt,
    status: 'closed',
    outcome: 'no-further-action',
    riskLevel: 'none',
    levelOfNeed: 2,
    needs: ['behaviour'],
  };
}

describe('cumulative concern', () => {
  it('raises a referral with two earlier concerns to at least "concern", for repeated concerns', () => {
    const result = cumulativeConcern([entry('2025-01-01T00:00:00.000Z'), entry('2025-02-01T00:00:00.000Z')], 'none');
    expect(result).toEqual({
      earlierConcerns: 2,
      level: 'concern',
      raised: true,
      reasonCode: 'repeated-concerns',
      tellReporter: true,
    });
  });

  it('never lowers a higher level, but still records that concerns repeat', () => {
    const result = cumulativeConcern(
      [entry('2025-01-01T00:00:00.000Z'), entry('2025-02-01T00:00:00.000Z'), entry('2025-02-02T00:00:00.000Z')],
      'urgent',
    );
    expect(result).toMatchObject({
      level: 'urgent',
      raised: false,
      reasonCode: 'repeated-concerns',
      earlierConcerns: 3,
    });
  });

  it('does not raise on one earlier concern, though the reporter is told there was one', () => {
    expect(cumulativeConcern([entry('2025-01-01T00:00:00.000Z')], 'none')).toEqual({
      earlierConcerns: 1,
      level: 'none',
      raised: false,
      tellReporter: true,
    });
    expect(cumulativeConcern([], 'concern')).toEqual({
      earlierConcerns: 0,
      level: 'concern',
      raised: false,
      tellReporter: false,
    });
  });

  it('writes the raised level and the reason code on the referral, once', () => {
    const concern = cumulativeConcern([entry('2025-01-01T00:00:00.000Z'), entry('2025-02-01T00:00:00.000Z')], 'none');
    const raised = withCumulativeConcern(referral(), concern);
    expect(raised.risk).toMatchObject({ level: 'concern', reasonCodes: ['repeated-concerns'] });
    expect(withCumulativeConcern(raised, concern).risk.reasonCodes).toEqual(['repeated-concerns']);
    const untouched = referral();
    expect(withCumulativeConcern(untouched, cumulativeConcern([], 'none'))).toBe(untouched);
  });

  it('looks back twelve calendar months', () => {
    expect(chronologyWindowStart(new Date('2025-03-04T10:00:00.000Z')).toISOString()).toBe('2024-03-04T10:00:00.000Z');
  });
});
