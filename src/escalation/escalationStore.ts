/**
 * Escalations in Cosmos (container `escalations`, partition /organisationId). Changes go through
 * `change`: read, apply, replace with If-Match, retry on 412 — the loser of a race re-reads and
 * sees what the winner did, so no claim or delivery is lost or doubled.
 */
import type { Escalation } from './model';

export type Change<T> = (current: Escalation) => { next: Escalation; result: T } | { next?: undefined; result: T };

export interface EscalationStore {
  create(escalation: Escalation): Promise<void>;
  get(organisationId: string, id: string): Promise<Escalation | undefined>;
  change<T>(organisationId: string, id: string, apply: Change<T>): Promise<T>;
  /** Escalations with something due at or before `now`, across organisations. */
  due(now: number, limit?: number): Promise<Escalation[]>;
  listOpen(organisationId: string): Promise<Escalation[]>;
  forReferral(organisationId: string, referralId: string): Promise<Escalation[]>;
}
