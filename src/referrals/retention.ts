/**
 * Retention: every item carries a Cosmos `ttl` (seconds, counted by Cosmos from the item's last
 * write) and `retainUntil` (the same instant, written by us). Azure Cosmos DB deletes expired items
 * itself; the embedded server never does, and its replay at start-up rewrites every item's `_ts`,
 * so the purge compares our `retainUntil` instead of `_ts + ttl`.
 */
import type { AuditTrail, PurgedReferral, ReferralRepository } from './ports';

export const SECONDS_PER_DAY = 86_400;
/** Cosmos stores ttl as a 32-bit signed integer. */
const MAX_TTL_SECONDS = 2_147_483_647;

export function ttlSeconds(retentionDays: number): number {
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new Error('retentionDays must be a whole number, 1 or more');
  const ttl = retentionDays * SECONDS_PER_DAY;
  if (ttl > MAX_TTL_SECONDS)
    throw new Error(
      `retentionDays must be at most ${Math.floor(MAX_TTL_SECONDS / SECONDS_PER_DAY)} (Cosmos ttl is a 32-bit number of seconds)`,
    );
  return ttl;
}

export function retainUntil(writtenAt: Date, ttl: number): string {
  return new Date(writtenAt.getTime() + ttl * 1000).toISOString();
}

export interface PurgeSummary {
  referrals: PurgedReferral[];
  auditEntries: number;
}

/** Deletes referrals past retention (each purge is audited), then audit entries past theirs. */
export async function purgeEverythingExpired(
  referrals: ReferralRepository,
  audit: AuditTrail,
  now: Date,
): Promise<PurgeSummary> {
  const purged = await referrals.purgeExpired(now);
  const auditEntries = await audit.purgeExpired(now);
  return { referrals: purged, auditEntries };
}
