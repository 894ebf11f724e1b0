/** A real embedded Cosmos store in a fresh temporary folder, with the referral repositories over it. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ItemDefinition } from '@azure/cosmos';
import { CosmosAuditTrail } from '../../../src/store/cosmosAuditTrail';
import { CosmosReferralRepository } from '../../../src/store/cosmosReferralRepository';
import { openStore, type Store } from '../../../src/store/cosmosStore';

export interface TestStores {
  store: Store;
  dataDir: string;
  referrals: CosmosReferralRepository;
  audit: CosmosAuditTrail;
  /** Repositories over the same store with another clock or retention. */
  withOptions(options: { retentionDays?: number; clock?: () => Date; newReference?: () => string }): {
    referrals: CosmosReferralRepository;
    audit: CosmosAuditTrail;
  };
}

export async function openTestStores(): Promise<TestStores> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-referrals-'));
  const store = await openStore({ kind: 'embedded', dataDir, database: 'test' });
  const withOptions = (options: { retentionDays?: number; clock?: () => Date; newReference?: () => string }) => {
    const audit = new CosmosAuditTrail({
      container: store.container('audit'),
      retentionDays: options.retentionDays ?? 30,
      clock: options.clock,
    });
    const referrals = new CosmosReferralRepository({
      container: store.container('referrals'),
      audit,
      retentionDays: options.retentionDays ?? 30,
      clock: options.clock,
      newReference: options.newReference,
    });
    return { referrals, audit };
  };
  return { store, dataDir, ...withOptions({}), withOptions };
}

/** Every item in a container, system fields included (to check what is really stored). */
export async function allItems(store: Store, name: 'referrals' | 'audit'): Promise<ItemDefinition[]> {
  const { resources } = await store.container(name).items.query<ItemDefinition>('SELECT * FROM c').fetchAll();
  return resources;
}

export const MARKER = 'ZQXMARKERJV';
