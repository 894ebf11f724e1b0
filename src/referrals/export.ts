/**
 * `referrals:export` as a function: every stored referral (created or changed since a date, if
 * given) as one JSON line each, each recorded in the audit trail as exported before it is written.
 * Lines are the referral as the model defines it (no Cosmos system fields).
 */
import type { AuditActor } from './audit';
import type { ReferralRepository } from './ports';

export async function exportJsonLines(
  referrals: ReferralRepository,
  options: { since?: Date },
  actor: AuditActor,
  write: (line: string) => Promise<void>,
): Promise<number> {
  let count = 0;
  for await (const referral of referrals.exportReferrals(options, actor)) {
    await write(`${JSON.stringify(referral)}\n`);
    count += 1;
  }
  return count;
}
