import { auditActionFor, changedFields } from '../../../src/referrals/changes';
import { addNote, claim, close } from '../../../src/referrals/lifecycle';
import { referral, STAFF_A } from './fixtures';

const NOW = new Date('2025-03-04T10:00:00.000Z');

describe('what changed, for the audit trail', () => {
  it('names changed fields one level deep and never their values', () => {
    const before = referral();
    const after = {
      ...before,
      needs: ['sleep' as const],
      risk: { ...before.risk, level: 'concern' as const },
      account: {
        ...before.account,
        childWords: [
          {
            questionId: 'childWords',
            labelKey: 'triage:q.childWords.label',
            answer: { kind: 'text' as const, text: 'MARKER words' },
          },
        ],
      },
    };
    const fields = changedFields(before, after);
    expect(fields).toEqual(['account.childWords', 'needs', 'risk.level']);
    expect(JSON.stringify(fields)).not.toContain('MARKER');
  });

  it('ignores bookkeeping fields rewritten on every save', () => {
    const before = referral();
    expect(
      changedFields(before, { ...before, updatedAt: NOW.toISOString(), ttl: 5, retainUntil: NOW.toISOString() }),
    ).toEqual([]);
  });

  it('calls a claim "claimed", a closure "closed", notes alone "noted", and anything else "changed"', () => {
    const before = referral();
    const claimed = claim(before, STAFF_A, NOW);
    expect(auditActionFor(before, claimed, changedFields(before, claimed))).toBe('claimed');
    const closed = close(claimed, 'advice-given', STAFF_A, NOW);
    expect(auditActionFor(claimed, closed, changedFields(claimed, closed))).toBe('closed');
    const noted = addNote(before, STAFF_A, 'x', NOW);
    expect(auditActionFor(before, noted, changedFields(before, noted))).toBe('noted');
    const changed = { ...before, ageBand: '16-18' as const };
    expect(auditActionFor(before, changed, changedFields(before, changed))).toBe('changed');
  });
});
