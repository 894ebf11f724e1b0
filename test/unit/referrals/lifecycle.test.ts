import { isReferralError } from '../../../src/referrals/errors';
import {
  addNote,
  attachEscalation,
  claim,
  close,
  handOver,
  isInQueue,
  release,
  submit,
} from '../../../src/referrals/lifecycle';
import { referralSchema } from '../../../src/referrals/model';
import { referral, STAFF_A, STAFF_B } from './fixtures';

const NOW = new Date('2025-03-04T10:00:00.000Z');

function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isReferralError(error) ? error.code : 'other';
  }
}

describe('the referral lifecycle', () => {
  it('puts open and claimed referrals in the queue, and drafts only once something was escalated', () => {
    expect(isInQueue(referral({ status: 'open' }))).toBe(true);
    expect(isInQueue(referral({ status: 'claimed', owner: STAFF_A }))).toBe(true);
    expect(isInQueue(referral({ status: 'draft' }))).toBe(false);
    expect(isInQueue(referral({ status: 'draft', escalationIds: ['esc-1'] }))).toBe(true);
    expect(
      isInQueue(referral({ status: 'closed', owner: STAFF_A, outcome: 'advice-given', closedAt: NOW.toISOString() })),
    ).toBe(false);
  });

  it('opens a draft when the triage is logged, and leaves a claimed referral claimed', () => {
    const opened = submit(referral({ status: 'draft' }), NOW);
    expect(opened.status).toBe('open');
    expect(opened.submittedAt).toBe(NOW.toISOString());
    const claimed = submit(referral({ status: 'claimed', owner: STAFF_A }), NOW);
    expect(claimed.status).toBe('claimed');
  });

  it('lets a duty worker claim an open referral or an escalated draft, once', () => {
    const claimed = claim(referral({ status: 'open' }), STAFF_A, NOW);
    expect(claimed).toMatchObject({ status: 'claimed', owner: STAFF_A, claimedAt: NOW.toISOString() });
    expect(claim(claimed, STAFF_A, NOW)).toBe(claimed);
    expect(refusal(() => claim(claimed, STAFF_B, NOW))).toBe('already-claimed');
    expect(claim(referral({ status: 'draft', escalationIds: ['esc-1'] }), STAFF_B, NOW).status).toBe('claimed');
    expect(refusal(() => claim(referral({ status: 'draft' }), STAFF_B, NOW))).toBe('not-in-queue');
  });

  it('closes with an outcome, making the closer the owner of an unclaimed referral, and only once', () => {
    const closed = close(referral({ status: 'open' }), 'early-help-offered', STAFF_B, NOW);
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'early-help-offered',
      owner: STAFF_B,
      closedAt: NOW.toISOString(),
    });
    expect(referralSchema.safeParse(closed).success).toBe(true);
    expect(close(claim(referral(), STAFF_A, NOW), 'no-further-action', STAFF_B, NOW, 'concern-resolved').owner).toEqual(
      STAFF_A,
    );
    expect(refusal(() => close(closed, 'advice-given', STAFF_A, NOW))).toBe('already-closed');
    expect(refusal(() => claim(closed, STAFF_A, NOW))).toBe('already-closed');
  });

  it('closes with no further action only with a reason, which the record keeps; other outcomes need none', () => {
    expect(refusal(() => close(referral(), 'no-further-action', STAFF_A, NOW))).toBe('reason-required');
    const closed = close(referral(), 'no-further-action', STAFF_A, NOW, 'below-threshold');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'no-further-action', outcomeReason: 'below-threshold' });
    expect(referralSchema.safeParse(closed).success).toBe(true);
    expect(close(referral(), 'advice-given', STAFF_A, NOW, 'below-threshold').outcomeReason).toBeUndefined();
  });

  it('lets only the owner hand a claimed referral to a colleague or release it to the queue', () => {
    const claimed = claim(referral({ status: 'open', submittedAt: NOW.toISOString() }), STAFF_A, NOW);
    const later = new Date(NOW.getTime() + 60_000);
    const handed = handOver(claimed, STAFF_A, STAFF_B, later);
    expect(handed).toMatchObject({ status: 'claimed', owner: STAFF_B, claimedAt: later.toISOString() });
    expect(refusal(() => handOver(handed, STAFF_A, STAFF_A, later))).toBe('not-owner');
    const released = release(handed, STAFF_B);
    expect(released.status).toBe('open');
    expect(released.owner).toBeUndefined();
    expect(referralSchema.safeParse(released).success).toBe(true);
    expect(refusal(() => release(released, STAFF_B))).toBe('not-owner');
    // An escalated draft (the triage never finished) goes back to the queue as a draft.
    expect(release(claim(referral({ status: 'draft', escalationIds: ['esc-1'] }), STAFF_A, NOW), STAFF_A).status).toBe(
      'draft',
    );
    expect(refusal(() => release(close(claimed, 'advice-given', STAFF_A, NOW), STAFF_A))).toBe('already-closed');
  });

  it('adds notes at any stage, closed included, with author and time', () => {
    const closed = close(referral(), 'advice-given', STAFF_A, NOW);
    const noted = addNote(
      addNote(closed, STAFF_A, ' Spoke to parent. ', NOW, '11111111-1111-4111-8111-111111111111'),
      STAFF_B,
      'Follow-up booked',
      NOW,
    );
    expect(noted.notes.map((note) => note.text)).toEqual(['Spoke to parent.', 'Follow-up booked']);
    expect(noted.notes[0]).toMatchObject({
      id: '11111111-1111-4111-8111-111111111111',
      author: STAFF_A,
      at: NOW.toISOString(),
    });
  });

  it('attaches each escalation once', () => {
    const once = attachEscalation(referral(), 'esc-1');
    expect(attachEscalation(once, 'esc-1').escalationIds).toEqual(['esc-1']);
    expect(attachEscalation(once, 'esc-2').escalationIds).toEqual(['esc-1', 'esc-2']);
  });
});
