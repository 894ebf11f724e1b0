/**
 * The escalation's rules, as pure functions of the escalation, the roster and the time: how long
 * an alert may stay unclaimed, who the next rung of the ladder is, and which copies are due to be
 * sent. The service, the delivery worker and the sweeper all ask these, so each rule is written once.
 */
import type { ConversationAddress } from './address';
import type { Delivery, Escalation, EscalationLevel } from './model';
import type { LadderRung } from './roster';

/** Immediate risk gets a fifth of the urgent window; a cumulative concern six times it. */
export function ackWindowMs(level: EscalationLevel, ackMinutes: number): number {
  const factor = level === 'immediate' ? 0.2 : level === 'urgent' ? 1 : 6;
  return Math.max(1000, Math.round(ackMinutes * factor * 60_000));
}

/** A copy of the card for one recipient in one round, waiting to be sent now. */
export function newDelivery(recipientId: string, recipientName: string | undefined, round: number, now: number, where: Pick<Delivery, 'address' | 'createFor' | 'phone'>): Delivery {
  return { key: `${round}:${recipientId}`, recipientId, ...(recipientName ? { recipientName } : {}), ...where, round, state: 'pending', attempts: 0, nextAttemptAt: now };
}

/** A ladder rung as a delivery, or undefined when it can only be phoned. */
export function ladderDelivery(step: LadderRung, round: number, now: number, anyAddress: ConversationAddress): Delivery | undefined {
  if (step.aadObjectId === undefined && step.upn === undefined) return undefined;
  // Only a Teams service URL can create a 1:1 chat; a web chat reporter's is not one.
  if (anyAddress.channelId !== 'msteams') return undefined;
  const recipientId = step.aadObjectId ?? step.upn ?? step.name;
  return newDelivery(recipientId, step.name, round, now, {
    createFor: { aadObjectId: step.aadObjectId, upn: step.upn, tenantId: anyAddress.tenantId, serviceUrl: anyAddress.serviceUrl, botId: anyAddress.botId },
    ...(step.phone ? { phone: step.phone } : {}),
  });
}

export interface LadderClimb {
  /** The rung to start from next time (one past the last rung tried). */
  rung: number;
  /** The first rung reachable in Teams, and their name. */
  target?: { delivery: Delivery; name: string };
  /** Rungs passed on the way that can only be phoned. */
  phoneOnly: { name: string; phone: string }[];
}

/** Climbs from `fromRung` to the first rung reachable in Teams, noting the phone-only rungs passed. */
export function climbLadder(ladder: readonly LadderRung[], fromRung: number, round: number, now: number, anyAddress: ConversationAddress): LadderClimb {
  const phoneOnly: { name: string; phone: string }[] = [];
  let rung = fromRung;
  while (rung < ladder.length) {
    const step = ladder[rung];
    rung++;
    const delivery = ladderDelivery(step, round, now, anyAddress);
    if (delivery) return { rung, target: { delivery, name: step.name }, phoneOnly };
    if (step.phone) phoneOnly.push({ name: step.name, phone: step.phone });
  }
  return { rung, phoneOnly };
}

/** A copy is due when it waits and its time has come, or when the instance sending it let its lease run out. */
export function isDeliveryDue(d: Delivery, now: number): boolean {
  return (d.state === 'pending' && d.nextAttemptAt <= now) || (d.state === 'sending' && (d.leaseUntil ?? 0) <= now);
}

/** Some copy of the card is still on its way or has arrived. */
export function hasLiveDelivery(e: Escalation): boolean {
  return e.deliveries.some((d) => d.state === 'pending' || d.state === 'sending' || d.state === 'sent');
}

/** Nobody claimed in time: the ladder climbs. */
export function isPastDeadline(e: Escalation, now: number): boolean {
  return e.status === 'open' && e.dueAt <= now;
}

/** Every number on the ladder, so someone can still be rung when nobody is reachable in Teams. */
export function ladderPhones(ladder: readonly LadderRung[]): { name: string; phone: string }[] {
  return ladder.flatMap((step) => (step.phone ? [{ name: step.name, phone: step.phone }] : []));
}

/** What a duty worker's card shows of an escalation: a change here means the card must be updated. */
export function cardState(e: Escalation): string {
  return JSON.stringify([e.status, e.claimedBy, e.closed, e.corrections.length, e.rounds]);
}

export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
