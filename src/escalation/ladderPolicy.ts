/**
 * The ladder policy, pure: how long an alert may stay unclaimed, when that time has passed, and
 * who the next rung is. Raising an alert with nobody on duty and a passed deadline both climb the
 * ladder with `climbLadder`, so the walk is written once.
 */
import type { ConversationAddress } from './address';
import { newDelivery } from './deliveryRules';
import type { Delivery, Escalation, EscalationLevel } from './model';
import type { LadderRung } from './roster';

export interface PhoneOnly {
  name: string;
  phone: string;
}

/** Immediate risk gets a fifth of the urgent window; a cumulative concern six times it. */
export function ackWindowMs(level: EscalationLevel, ackMinutes: number): number {
  const factor = level === 'immediate' ? 0.2 : level === 'urgent' ? 1 : 6;
  return Math.max(1000, Math.round(ackMinutes * factor * 60_000));
}

/** Nobody claimed it in time: the ladder climbs. A claimed or closed alert has no deadline. */
export function isPastDeadline(e: Pick<Escalation, 'status' | 'dueAt'>, now: number): boolean {
  return e.status === 'open' && e.dueAt <= now;
}

/** A ladder rung as a delivery, or undefined when it can only be phoned. */
export function ladderDelivery(
  step: LadderRung,
  round: number,
  now: number,
  anyAddress: ConversationAddress,
): Delivery | undefined {
  if (step.aadObjectId === undefined && step.upn === undefined) return undefined;
  // Only a Teams service URL can create a 1:1 chat; a web chat reporter's is not one.
  if (anyAddress.channelId !== 'msteams') return undefined;
  const recipientId = step.aadObjectId ?? step.upn ?? step.name;
  return newDelivery(recipientId, step.name, round, now, {
    createFor: {
      aadObjectId: step.aadObjectId,
      upn: step.upn,
      tenantId: anyAddress.tenantId,
      serviceUrl: anyAddress.serviceUrl,
      botId: anyAddress.botId,
    },
    ...(step.phone ? { phone: step.phone } : {}),
  });
}

export interface LadderClimb {
  /** Where the next climb starts: one past the last rung tried. */
  rung: number;
  /** The first rung reachable in Teams, if any: their copy of the card and their name. */
  target?: { delivery: Delivery; name: string };
  /** Rungs passed on the way that only a phone reaches. */
  phoneOnly: PhoneOnly[];
}

/** Climbs from `fromRung` to the first rung reachable in Teams, noting the phone-only rungs passed. */
export function climbLadder(
  ladder: readonly LadderRung[],
  fromRung: number,
  round: number,
  now: number,
  anyAddress: ConversationAddress,
): LadderClimb {
  const phoneOnly: PhoneOnly[] = [];
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

/** Every number on the ladder, so someone can still be rung when nobody is reachable in Teams. */
export function ladderPhones(ladder: readonly LadderRung[]): PhoneOnly[] {
  return ladder.flatMap((step) => (step.phone ? [{ name: step.name, phone: step.phone }] : []));
}
