/**
 * Remembered reporter details through @azure/cosmos against the embedded server: saved per person
 * and organisation, replaced, forgotten, expired a year after the last write (read as gone, and
 * deleted by the purge, since the embedded server never expires items itself).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../../src/store/cosmosStore';
import { CosmosRememberedDetails, purgeExpiredDetails } from '../../../src/store/cosmosRememberedDetails';
import { DETAILS_KEPT_DAYS } from '../../../src/reporterDetails/rememberedDetails';
import { CONTAINERS } from '../../../src/store/containers';

const DAY = 86_400_000;
const teacher = { organisationId: 'exampleshire-high', personKey: 'aad-1111' };

let store: Store;
let details: CosmosRememberedDetails;
beforeAll(async () => {
  store = await openStore({
    kind: 'embedded',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'ehn-details-')),
    database: 'test',
  });
  details = new CosmosRememberedDetails(store.container('reporterDetails'));
});
afterAll(async () => {
  await store.close();
});

describe('remembered reporter details on Cosmos', () => {
  it('keeps the container time to live and the privacy notice to the same year', () => {
    expect(CONTAINERS.reporterDetails.defaultTtl).toBe(DETAILS_KEPT_DAYS * 86_400);
  });

  it('saves, reads back, replaces and forgets one person’s details, and keeps organisations apart', async () => {
    const now = new Date();
    expect(await details.get(teacher, now)).toBeUndefined();
    await details.save(teacher, { role: 'teacher', organisation: 'Exampleshire High', phone: '07700 900123' }, now);
    expect(await details.get(teacher, now)).toEqual({
      role: 'teacher',
      organisation: 'Exampleshire High',
      phone: '07700 900123',
      updatedAt: now.toISOString(),
    });
    expect(await details.get({ ...teacher, organisationId: 'other-school' }, now)).toBeUndefined();

    await details.save(teacher, { role: 'pastoral' }, now);
    expect(await details.get(teacher, now)).toEqual({ role: 'pastoral', updatedAt: now.toISOString() });

    expect(await details.forget(teacher)).toBe(true);
    expect(await details.get(teacher, now)).toBeUndefined();
    expect(await details.forget(teacher)).toBe(false);
  });

  it('forgets them when saved with nothing in them', async () => {
    const now = new Date();
    await details.save(teacher, { phone: '07700 900123' }, now);
    await details.save(teacher, {}, now);
    expect(await details.get(teacher, now)).toBeUndefined();
  });

  it('reads details older than a year as gone, and the purge deletes them', async () => {
    const written = new Date();
    const keeper = { ...teacher, personKey: 'aad-2222' };
    await details.save(keeper, { role: 'teacher' }, written);
    const later = new Date(written.getTime() + (DETAILS_KEPT_DAYS + 1) * DAY);
    expect(await details.get(keeper, new Date(written.getTime() + (DETAILS_KEPT_DAYS - 1) * DAY))).toBeDefined();
    expect(await details.get(keeper, later)).toBeUndefined();
    expect(await purgeExpiredDetails(store.container('reporterDetails'), later)).toBe(1);
    expect(await details.get(keeper, written)).toBeUndefined();
  });
});
