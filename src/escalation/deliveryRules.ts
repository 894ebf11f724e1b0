/**
 * The delivery rules, pure: a copy of the card per recipient per round, when a copy is due (also
 * what the store's `nextActionAt` is made from), what happens after a failed send, and what a
 * card shows (a change there means every copy must be updated).
 */
import type { Delivery, Escalation } from './model';
import { DeliveryError } from './notifier';
import { retryDelayMs, type RetryPolicy } from './retryPolicy';

/** A copy of the card for one recipient in one round, to be sent now. The key makes it once per round. */
export function newDelivery(
  recipientId: string,
  recipientName: string | undefined,
  round: number,
  now: number,
  where: Pick<Delivery, 'address' | 'createFor' | 'phone'>,
): Delivery {
  return {
    key: `${round}:${recipientId}`,
    recipientId,
    ...(recipientName ? { recipientName } : {}),
    ...where,
    round,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
  };
}

/**
 * When a copy is next due: a waiting copy at its next attempt; a copy being sent when its
 * sender's lease runs out (that instance may have crashed); never once sent or given up.
 */
export function deliveryDueAt(d: Pick<Delivery, 'state' | 'nextAttemptAt' | 'leaseUntil'>): number | undefined {
  if (d.state === 'pending') return d.nextAttemptAt;
  if (d.state === 'sending') return d.leaseUntil ?? d.nextAttemptAt;
  return undefined;
}

export function isDeliveryDue(d: Pick<Delivery, 'state' | 'nextAttemptAt' | 'leaseUntil'>, now: number): boolean {
  const due = deliveryDueAt(d);
  return due !== undefined && due <= now;
}

/** Some copy of the card is on its way or has arrived: someone can still claim it. */
export function hasLiveDelivery(e: Pick<Escalation, 'deliveries'>): boolean {
  return e.deliveries.some((d) => d.state === 'pending' || d.state === 'sending' || d.state === 'sent');
}

export type AfterFailure = { kind: 'giveUp'; state: 'unreachable' | 'failed' } | { kind: 'retry'; waitMs: number };

/** After a failed send: a recipient who is gone (403/404) or out of attempts is given up; otherwise wait and retry. */
export function afterFailure(err: unknown, attempts: number, policy: RetryPolicy, random: () => number): AfterFailure {
  const gone = err instanceof DeliveryError && err.kind === 'gone';
  if (gone) return { kind: 'giveUp', state: 'unreachable' };
  if (attempts >= policy.maxAttempts) return { kind: 'giveUp', state: 'failed' };
  const retryAfter = err instanceof DeliveryError ? err.retryAfterMs : undefined;
  return { kind: 'retry', waitMs: retryDelayMs(attempts, policy, random, retryAfter) };
}

/** How many times a reporter notice is tried: it is a courtesy with a deadline, not an outbox entry. */
export const REPORTER_NOTICE_ATTEMPTS = 5;

/**
 * After a reporter notice failed on this attempt: how long to wait before the next, or undefined to stop (gone, or
 * tried enough).
 */
export function reporterNoticeRetryMs(
  err: unknown,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if ((err instanceof DeliveryError && err.kind === 'gone') || attempt >= REPORTER_NOTICE_ATTEMPTS) return undefined;
  return retryDelayMs(attempt, policy, random, err instanceof DeliveryError ? err.retryAfterMs : undefined);
}

/** What a duty worker's card shows of an escalation: a change here means the card must be updated. */
export function cardState(e: Escalation): string {
  return JSON.stringify([e.status, e.claimedBy, e.closed, e.corrections.length, e.rounds]);
}

export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
