/**
 * The referral's life, as pure functions of (referral, who, when) → referral. The repository's
 * `update` applies them inside its read → change → conditional replace loop, so when two duty
 * workers act at once the second one's function runs again on the first one's result, and a
 * refusal (already claimed, already closed) is decided on fresh data.
 */
import { randomUUID } from 'node:crypto';
import { ReferralError } from './errors';
import type { NoFurtherActionReason, Outcome, Referral, StaffMember } from './model';

/**
 * In the duty queue: open and claimed referrals, and drafts with something escalated (the person
 * may never finish the triage, but the duty worker must see the escalation). A draft with nothing
 * escalated is a triage in progress, not yet a concern for the duty worker.
 */
export function isInQueue(referral: Pick<Referral, 'status' | 'escalationIds'>): boolean {
  return (
    referral.status === 'open' ||
    referral.status === 'claimed' ||
    (referral.status === 'draft' && referral.escalationIds.length > 0)
  );
}

/** Logs the finished triage: a draft becomes open. A referral already claimed or closed keeps its status. */
export function submit(referral: Referral, now: Date): Referral {
  if (referral.submittedAt !== undefined) return referral;
  return {
    ...referral,
    status: referral.status === 'draft' ? 'open' : referral.status,
    submittedAt: now.toISOString(),
  };
}

export function attachEscalation(referral: Referral, escalationId: string): Referral {
  if (referral.escalationIds.includes(escalationId)) return referral;
  return { ...referral, escalationIds: [...referral.escalationIds, escalationId] };
}

/** A duty worker takes the referral on. Claiming one's own claim again changes nothing. */
export function claim(referral: Referral, owner: StaffMember, now: Date): Referral {
  if (referral.status === 'closed') throw new ReferralError('already-closed');
  if (!isInQueue(referral)) throw new ReferralError('not-in-queue');
  if (referral.status === 'claimed') {
    if (referral.owner?.id === owner.id) return referral;
    throw new ReferralError('already-claimed');
  }
  return { ...referral, status: 'claimed', owner, claimedAt: now.toISOString() };
}

/** Notes may be added at any stage, closed included: what happened after closure belongs on the record. */
export function addNote(
  referral: Referral,
  author: StaffMember,
  text: string,
  now: Date,
  id: string = randomUUID(),
): Referral {
  return { ...referral, notes: [...referral.notes, { id, author, at: now.toISOString(), text: text.trim() }] };
}

/**
 * Closes with an outcome. Whoever closes an unclaimed referral becomes its owner, so someone is
 * answerable. "No further action" needs its reason (KCSIE); other outcomes take none.
 */
export function close(
  referral: Referral,
  outcome: Outcome,
  by: StaffMember,
  now: Date,
  reason?: NoFurtherActionReason,
): Referral {
  if (referral.status === 'closed') throw new ReferralError('already-closed');
  if (!isInQueue(referral)) throw new ReferralError('not-in-queue');
  if (outcome === 'no-further-action' && reason === undefined) throw new ReferralError('reason-required');
  return {
    ...referral,
    status: 'closed',
    outcome,
    ...(outcome === 'no-further-action' ? { outcomeReason: reason } : {}),
    closedAt: now.toISOString(),
    owner: referral.owner ?? by,
    claimedAt: referral.claimedAt ?? now.toISOString(),
  };
}

/** The owner hands a claimed referral to another duty worker (end of duty). */
export function handOver(referral: Referral, from: StaffMember, to: StaffMember, now: Date): Referral {
  if (referral.status === 'closed') throw new ReferralError('already-closed');
  if (referral.status !== 'claimed' || referral.owner?.id !== from.id) throw new ReferralError('not-owner');
  return { ...referral, owner: to, claimedAt: now.toISOString() };
}

/** The owner gives a claimed referral back to the queue: nobody owns it until someone claims it. */
export function release(referral: Referral, from: StaffMember): Referral {
  if (referral.status === 'closed') throw new ReferralError('already-closed');
  if (referral.status !== 'claimed' || referral.owner?.id !== from.id) throw new ReferralError('not-owner');
  const { owner: _owner, claimedAt: _claimedAt, ...rest } = referral;
  return { ...rest, status: referral.submittedAt !== undefined ? 'open' : 'draft' };
}
