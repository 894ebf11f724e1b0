import { purgeEverythingExpired } from '../../../src/referrals/retention';
import { addNote } from '../../../src/referrals/lifecycle';
import { draftInput, DUTY_A, keyFor, REPORTER, STAFF_A } from '../../unit/referrals/fixtures';
import { allItems, openTestStores, type TestStores } from './support';

let t: TestStores;
beforeAll(async () => {
  t = await openTestStores();
});
afterAll(async () => {
  await t.store.close();
});

const DAY = 86_400_000;

describe('retention and the rights of the child', () => {
  it('gives every referral and audit entry a ttl and a retain-until date from the retention period', async () => {
    const { referrals } = t.withOptions({ retentionDays: 9125, clock: () => new Date('2025-01-01T00:00:00.000Z') });
    const created = await referrals.createDraft(draftInput('org-ttl'), REPORTER);
    expect(created).toMatchObject({ ttl: 9125 * 86_400, retainUntil: '2049-12-26T00:00:00.000Z' });
    const items = [...(await allItems(t.store, 'referrals')), ...(await allItems(t.store, 'audit'))].filter(
      (i) => i.organisationId === 'org-ttl',
    );
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.ttl).toBe(9125 * 86_400);
  });

  it('purges what is past retention in every organisation, keeps the rest, and records each purge', async () => {
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const short = t.withOptions({ retentionDays: 1, clock: () => new Date(start) });
    const long = t.withOptions({ retentionDays: 30, clock: () => new Date(start) });
    const expiredA = await short.referrals.createDraft(draftInput('org-purge-a'), REPORTER);
    const expiredB = await short.referrals.createDraft(draftInput('org-purge-b'), REPORTER);
    const kept = await long.referrals.createDraft(draftInput('org-purge-a'), REPORTER);
    // A referral written to again later has its retention start again.
    const touched = await short.referrals.createDraft(draftInput('org-purge-a'), REPORTER);
    await t
      .withOptions({ retentionDays: 1, clock: () => new Date(start + 2 * DAY) })
      .referrals.update(
        'org-purge-a',
        touched.reference,
        (r) => addNote(r, STAFF_A, 'n', new Date(start + 2 * DAY)),
        DUTY_A,
      );

    const now = new Date(start + 2 * DAY + 1000);
    const summary = await purgeEverythingExpired(t.referrals, t.audit, now);
    expect(summary.referrals).toEqual(
      [
        { organisationId: 'org-purge-a', reference: expiredA.reference },
        { organisationId: 'org-purge-b', reference: expiredB.reference },
      ].sort((a, b) => a.organisationId.localeCompare(b.organisationId) || a.reference.localeCompare(b.reference)),
    );
    expect(await t.referrals.get('org-purge-a', expiredA.reference, DUTY_A)).toBeUndefined();
    expect(await t.referrals.get('org-purge-b', expiredB.reference, DUTY_A)).toBeUndefined();
    expect(await t.referrals.get('org-purge-a', kept.reference, DUTY_A)).toBeDefined();
    expect(await t.referrals.get('org-purge-a', touched.reference, DUTY_A)).toBeDefined();
    // The 1-day audit entries went too; the purge itself is on the trail.
    expect(
      (await t.audit.forReferral('org-purge-a', expiredA.reference)).map((e) => [e.action, e.actor.id, e.actor.role]),
    ).toEqual([['purged', 'retention', 'system']]);
    expect(summary.auditEntries).toBeGreaterThanOrEqual(2);
    expect((await purgeEverythingExpired(t.referrals, t.audit, now)).referrals).toEqual([]);
  });

  it('exports everything held about one child key, with its audit trail, and records the export', async () => {
    const org = 'org-sar';
    const key = keyFor(org, 'M.P.');
    const first = await t.referrals.createDraft(draftInput(org, { childKey: keyFor(org, 'm p') }), REPORTER);
    const second = await t.referrals.createDraft(
      draftInput(org, { childKey: key, escalationIds: ['esc-1'] }),
      REPORTER,
    );
    const other = await t.referrals.createDraft(draftInput(org, { childKey: keyFor(org, 'M.Q.') }), REPORTER);
    const exported = await t.referrals.exportForChild(org, key, DUTY_A);
    expect(exported.referrals.map((r) => r.reference).sort()).toEqual([first.reference, second.reference].sort());
    expect(exported.audit.map((e) => e.reference).sort()).toEqual([first.reference, second.reference].sort());
    expect(JSON.stringify(exported)).not.toContain(other.reference);
    for (const reference of [first.reference, second.reference]) {
      expect((await t.audit.forReferral(org, reference)).map((e) => [e.action, e.actor.id])).toEqual([
        ['created', REPORTER.id],
        ['exported', DUTY_A.id],
      ]);
    }
  });

  it('deletes everything held about one child key, and nothing else, recording each deletion', async () => {
    const org = 'org-erase';
    const key = keyFor(org, 'T.W.');
    const a = await t.referrals.createDraft(draftInput(org, { childKey: key }), REPORTER);
    const b = await t.referrals.createDraft(draftInput(org, { childKey: keyFor(org, 't.w') }), REPORTER);
    const sibling = await t.referrals.createDraft(draftInput(org, { childKey: keyFor(org, 'T.X.') }), REPORTER);
    const elsewhere = await t.referrals.createDraft(
      draftInput('org-erase-2', { childKey: keyFor('org-erase-2', 'T.W.') }),
      REPORTER,
    );
    const deleted = await t.referrals.deleteForChild(org, key, DUTY_A);
    expect(deleted.sort()).toEqual([a.reference, b.reference].sort());
    expect(await t.referrals.get(org, a.reference, DUTY_A)).toBeUndefined();
    expect(await t.referrals.get(org, b.reference, DUTY_A)).toBeUndefined();
    expect(await t.referrals.get(org, sibling.reference, DUTY_A)).toBeDefined();
    expect(await t.referrals.get('org-erase-2', elsewhere.reference, DUTY_A)).toBeDefined();
    expect((await t.audit.forReferral(org, a.reference)).map((e) => e.action)).toEqual(['created', 'deleted']);
    expect((await t.referrals.exportForChild(org, key, DUTY_A)).referrals).toEqual([]);
  });
});
