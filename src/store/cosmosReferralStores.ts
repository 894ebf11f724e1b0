/**
 * The referral repository and its audit trail over a store's containers: the bot and the referrals
 * tools build them the same way.
 */
import type { Store } from './cosmosStore';
import { CosmosAuditTrail } from './cosmosAuditTrail';
import { CosmosReferralRepository } from './cosmosReferralRepository';
import type { AuditTrail, ReferralRepository } from '../referrals/ports';

export interface ReferralStores {
  referrals: ReferralRepository;
  audit: AuditTrail;
}

export function cosmosReferralStores(
  store: Store,
  options: { retentionDays: number; clock?: () => Date },
): ReferralStores {
  const audit = new CosmosAuditTrail({
    container: store.container('audit'),
    retentionDays: options.retentionDays,
    clock: options.clock,
  });
  const referrals = new CosmosReferralRepository({
    container: store.container('referrals'),
    audit,
    retentionDays: options.retentionDays,
    clock: options.clock,
  });
  return { referrals, audit };
}
