import type { ItemDefinition } from '@azure/cosmos';
import { addNote, claim, close, submit } from '../../../src/referrals/lifecycle';
import { draftInput, DUTY_A, DUTY_B, REPORTER, STAFF_A } from '../../unit/referrals/fixtures';
import { allItems, openTestStores, type TestStores } from './support';

let t: TestStores;
beforeAll(async () => {
  t = await openTestStores();
});
afterAll(async () => {
  await t.store.close();
});

describe('the audit trail', () => {
  it('records who created, viewed, changed, claimed, noted and closed a referral, and when, in order', async () => {
    const org = 'org-audit';
    const created = await t.referrals.createDraft(draftInput(org, { escalationIds: ['esc-1'] }), REPORTER);
    await t.referrals.update(
      org,
      created.reference,
      (r) =>
        submit(
          {
            ...r,
            needs: ['sleep'],
            consent: { parentCarerAwareness: 'aware-consents', safeguardingConditionRelied: false },
          },
          new Date(),
        ),
      REPORTER,
    );
    await t.referrals.get(org, created.reference, DUTY_A);
    await t.referrals.update(org, created.reference, (r) => claim(r, STAFF_A, new Date()), DUTY_A);
    await t.referrals.update(
      org,
      created.reference,
      (r) => addNote(r, STAFF_A, 'ZQXMARKER called parent', new Date()),
      DUTY_A,
    );
    await t.referrals.update(org, created.reference, (r) => close(r, 'advice-given', STAFF_A, new Date()), DUTY_B);

    const trail = await t.audit.forReferral(org, created.reference);
    expect(trail.map((e) => [e.action, e.actor.id, e.actor.role])).toEqual([
      ['created', REPORTER.id, 'reporter'],
      ['changed', REPORTER.id, 'reporter'],
      ['viewed', DUTY_A.id, 'duty-worker'],
      ['claimed', DUTY_A.id, 'duty-worker'],
      ['noted', DUTY_A.id, 'duty-worker'],
      ['closed', DUTY_B.id, 'duty-worker'],
    ]);
    expect(trail[1].fields).toEqual([
      'consent.parentCarerAwareness',
      'consent.safeguardingConditionRelied',
      'needs',
      'status',
      'submittedAt',
    ]);
    expect(trail[3].fields).toEqual(['claimedAt', 'owner', 'status']);
    expect(trail[4].fields).toEqual(['notes']);
    for (const entry of trail) {
      expect(entry.reference).toBe(created.reference);
      expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
      expect(entry.ttl).toBe(30 * 86_400);
    }
    // Names of fields, never values.
    expect(JSON.stringify(trail)).not.toContain('ZQXMARKER');
    expect(JSON.stringify(trail)).not.toContain('sleep');
  });

  it('writes nothing, and records nothing, for an update that changes nothing', async () => {
    const org = 'org-audit-noop';
    const created = await t.referrals.createDraft(draftInput(org), REPORTER);
    const same = await t.referrals.update(org, created.reference, (r) => r, REPORTER);
    expect(same).toEqual(created);
    expect((await t.audit.forReferral(org, created.reference)).map((e) => e.action)).toEqual(['created']);
  });

  it('is append-only: entries already written are never changed while a referral is worked on', async () => {
    const org = 'org-append';
    const snapshot = async () =>
      new Map(
        (await allItems(t.store, 'audit'))
          .filter((i) => i.organisationId === org)
          .map((i: ItemDefinition) => [String(i.id), JSON.stringify(i)]),
      );
    const created = await t.referrals.createDraft(draftInput(org, { escalationIds: ['esc-1'] }), REPORTER);
    const steps = [
      () => t.referrals.get(org, created.reference, DUTY_A),
      () => t.referrals.update(org, created.reference, (r) => claim(r, STAFF_A, new Date()), DUTY_A),
      () => t.referrals.update(org, created.reference, (r) => addNote(r, STAFF_A, 'n', new Date()), DUTY_A),
      () =>
        t.referrals.update(
          org,
          created.reference,
          (r) => close(r, 'no-further-action', STAFF_A, new Date(), 'support-already-in-place'),
          DUTY_A,
        ),
      () => t.referrals.exportForChild(org, 'f'.repeat(64), DUTY_A),
    ];
    let before = await snapshot();
    for (const step of steps) {
      await step();
      const after = await snapshot();
      for (const [id, item] of before) expect(after.get(id)).toBe(item);
      expect(after.size).toBeGreaterThanOrEqual(before.size);
      before = after;
    }
    expect(before.size).toBe(5);
  });

  it('keeps the reason for no further action in the closed entry, as a code', async () => {
    const org = 'org-audit-nfa';
    const created = await t.referrals.createDraft(draftInput(org, { escalationIds: ['esc-1'] }), REPORTER);
    await t.referrals.update(
      org,
      created.reference,
      (r) => close(r, 'no-further-action', STAFF_A, new Date(), 'below-threshold'),
      DUTY_A,
    );
    const closed = (await t.audit.forReferral(org, created.reference)).filter((e) => e.action === 'closed');
    expect(closed).toHaveLength(1);
    expect(closed[0].reason).toBe('below-threshold');
  });
});
