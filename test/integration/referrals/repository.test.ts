import type { Container, ItemDefinition, RequestOptions } from '@azure/cosmos';
import type { AuditActor } from '../../../src/referrals/audit';
import { CosmosReferralRepository } from '../../../src/store/cosmosReferralRepository';
import { isReferralError } from '../../../src/referrals/errors';
import { addNote, attachEscalation, claim, close, submit } from '../../../src/referrals/lifecycle';
import { referralSchema, type Referral } from '../../../src/referrals/model';
import { newReference } from '../../../src/referrals/reference';
import { draftInput, DUTY_A, DUTY_B, keyFor, REPORTER, STAFF_A, STAFF_B } from '../../unit/referrals/fixtures';
import { allItems, openTestStores, type TestStores } from './support';

let t: TestStores;
beforeAll(async () => {
  t = await openTestStores();
});
afterAll(async () => {
  await t.store.close();
});

/**
 * The real container, running `hook` before the first `times` item replaces (to interleave a concurrent write
 * deterministically).
 */
function interleavingContainer(real: Container, hook: () => Promise<void>, times = 1): Container {
  let fired = 0;
  return new Proxy(real, {
    get(target, property) {
      if (property === 'item') {
        return (id: string, partitionKey: string) => {
          const item = target.item(id, partitionKey);
          return new Proxy(item, {
            get(itemTarget, itemProperty) {
              if (itemProperty === 'replace') {
                return async (body: ItemDefinition, options?: RequestOptions) => {
                  if (fired < times) {
                    fired += 1;
                    await hook();
                  }
                  return itemTarget.replace(body, options);
                };
              }
              const value: unknown = Reflect.get(itemTarget, itemProperty);
              return typeof value === 'function' ? value.bind(itemTarget) : value;
            },
          });
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isReferralError(error) ? error.code : String(error);
  }
}

describe('the Cosmos referral repository', () => {
  it('stores a draft and reads it back unchanged, as one item whose id is the reference', async () => {
    const created = await t.referrals.createDraft(
      draftInput('org-rt', {
        childKey: keyFor('org-rt', 'J.B.'),
        ageBand: '11-15',
        needs: ['anxiety-low-mood', 'sleep'],
        account: {
          childWords: [
            {
              questionId: 'childWords',
              labelKey: 'triage:q.childWords.label',
              answer: { kind: 'text', text: 'I can’t sleep' },
            },
          ],
        },
        risk: { level: 'concern', indicators: ['self-harm'] },
        consent: { parentCarerAwareness: 'not-aware' },
        escalationIds: ['esc-1'],
      }),
      REPORTER,
    );
    expect(created.status).toBe('draft');
    expect(created.consent).toEqual({ parentCarerAwareness: 'not-aware', safeguardingConditionRelied: true });
    expect(created.ttl).toBe(30 * 86_400);
    expect(Date.parse(created.retainUntil) - Date.parse(created.updatedAt)).toBe(30 * 86_400_000);
    const read = await t.referrals.get('org-rt', created.reference, DUTY_A);
    expect(read).toEqual(created);
    expect(referralSchema.parse(read)).toEqual(created);
    const stored = (await allItems(t.store, 'referrals')).filter((item) => item.organisationId === 'org-rt');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: created.reference, reference: created.reference, ttl: 30 * 86_400 });
  });

  it('finds a referral by the reference as a person types it', async () => {
    const created = await t.referrals.createDraft(draftInput('org-rt'), REPORTER);
    const typed = created.reference.toLowerCase().replace(/-/g, ' ');
    expect((await t.referrals.get('org-rt', typed, DUTY_A))?.reference).toBe(created.reference);
    expect(await t.referrals.get('org-rt', 'EH-0000-00', DUTY_A)).toBeUndefined();
  });

  it('draws another reference when the first is already taken in the organisation', async () => {
    const taken = await t.referrals.createDraft(draftInput('org-clash'), REPORTER);
    const fresh = newReference();
    const queue = [taken.reference, fresh];
    const { referrals } = t.withOptions({ newReference: () => queue.shift() ?? newReference() });
    const second = await referrals.createDraft(draftInput('org-clash'), REPORTER);
    expect(second.reference).toBe(fresh);
    expect((await t.referrals.get('org-clash', taken.reference, DUTY_A))?.reporter).toEqual(taken.reporter);
  });

  it('refuses a draft that would hold invalid data, naming the field but not the value', async () => {
    const error = await t.referrals
      .createDraft(draftInput('org-rt', { childKey: 'J.B. in 7R' }), REPORTER)
      .catch((e: unknown) => e);
    expect(isReferralError(error, 'invalid')).toBe(true);
    expect(String(error)).toContain('childKey');
    expect(String(error)).not.toContain('7R');
  });

  it('replaces with the ETag it read, and on a 412 re-applies the change to the newer version, losing neither change', async () => {
    const created = await t.referrals.createDraft(draftInput('org-etag'), REPORTER);
    // The real container, with another duty worker's write landing just before our first replace.
    const container = interleavingContainer(t.store.container('referrals'), async () => {
      await t.referrals.update(
        'org-etag',
        created.reference,
        (current) => addNote(current, STAFF_B, 'written in between', new Date()),
        DUTY_B,
      );
    });
    const referrals = new CosmosReferralRepository({ container, audit: t.audit, retentionDays: 30 });
    let calls = 0;
    const updated = await referrals.update(
      'org-etag',
      created.reference,
      (current) => {
        calls += 1;
        return { ...current, needs: ['sleep'] };
      },
      DUTY_A,
    );
    expect(calls).toBe(2);
    expect(updated.needs).toEqual(['sleep']);
    expect(updated.notes.map((n) => n.text)).toEqual(['written in between']);
    const final = await t.referrals.get('org-etag', created.reference, DUTY_A);
    expect(final).toEqual(updated);
  });

  it('gives up with "conflict" when the referral keeps changing under it', async () => {
    const created = await t.referrals.createDraft(draftInput('org-etag'), REPORTER);
    let n = 0;
    const container = interleavingContainer(
      t.store.container('referrals'),
      async () => {
        await t.referrals.update(
          'org-etag',
          created.reference,
          (current) => addNote(current, STAFF_B, `in between ${++n}`, new Date()),
          DUTY_B,
        );
      },
      Infinity,
    );
    const referrals = new CosmosReferralRepository({ container, audit: t.audit, retentionDays: 30, maxAttempts: 3 });
    expect(
      await codeOf(
        referrals.update('org-etag', created.reference, (current) => ({ ...current, needs: ['sleep'] }), DUTY_A),
      ),
    ).toBe('conflict');
    expect((await t.referrals.get('org-etag', created.reference, DUTY_A))?.needs).toEqual([]);
  });

  it('loses no note when two duty workers add notes at the same moment', async () => {
    const created = await t.referrals.createDraft(draftInput('org-race', { escalationIds: ['esc-1'] }), REPORTER);
    const writers: Array<[AuditActor, typeof STAFF_A]> = [
      [DUTY_A, STAFF_A],
      [DUTY_B, STAFF_B],
    ];
    await Promise.all(
      writers.flatMap(([actor, staff]) =>
        [1, 2, 3].map((n) =>
          t.referrals.update(
            'org-race',
            created.reference,
            (current) => addNote(current, staff, `${staff.id.slice(-2)} note ${n}`, new Date()),
            actor,
          ),
        ),
      ),
    );
    const final = await t.referrals.get('org-race', created.reference, DUTY_A);
    expect(final?.notes.map((note) => note.text).sort()).toEqual([
      'd1 note 1',
      'd1 note 2',
      'd1 note 3',
      'd2 note 1',
      'd2 note 2',
      'd2 note 3',
    ]);
  });

  it('lets exactly one of two duty workers claiming at once have it; the other is told it is already claimed', async () => {
    const created = await t.referrals.createDraft(draftInput('org-race', { escalationIds: ['esc-2'] }), REPORTER);
    const now = new Date();
    const results = await Promise.allSettled([
      t.referrals.update('org-race', created.reference, (current) => claim(current, STAFF_A, now), DUTY_A),
      t.referrals.update('org-race', created.reference, (current) => claim(current, STAFF_B, now), DUTY_B),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isReferralError(lost[0].reason, 'already-claimed')).toBe(true);
    const final = await t.referrals.get('org-race', created.reference, DUTY_A);
    expect(final?.status).toBe('claimed');
    expect([STAFF_A.id, STAFF_B.id]).toContain(final?.owner?.id);
  });

  it('refuses to change what identifies a referral, and reports a missing one', async () => {
    const created = await t.referrals.createDraft(draftInput('org-rt'), REPORTER);
    expect(
      await codeOf(
        t.referrals.update('org-rt', created.reference, (r) => ({ ...r, organisationId: 'org-other' }), DUTY_A),
      ),
    ).toBe('invalid');
    expect(await codeOf(t.referrals.update('org-rt', newReference(), (r) => r, DUTY_A))).toBe('not-found');
    expect(
      await codeOf(t.referrals.update('org-rt', created.reference, (r) => ({ ...r, status: 'closed' }), DUTY_A)),
    ).toBe('invalid');
  });

  it('keeps organisations apart: another organisation cannot read, update, list or link a referral', async () => {
    const key = keyFor('org-a', 'J.B.');
    const a = await t.referrals.createDraft(draftInput('org-a', { childKey: key, escalationIds: ['esc-a'] }), REPORTER);
    expect(await t.referrals.get('org-b', a.reference, DUTY_B)).toBeUndefined();
    expect(await codeOf(t.referrals.update('org-b', a.reference, (r) => r, DUTY_B))).toBe('not-found');
    expect((await t.referrals.listOpen('org-b')).map((e) => e.reference)).not.toContain(a.reference);
    expect((await t.referrals.listOpen('org-a')).map((e) => e.reference)).toContain(a.reference);
    // Even with org A's key for the child, org B's chronology is empty.
    expect(await t.referrals.chronologyFor('org-b', key, new Date())).toEqual([]);
    expect((await t.referrals.exportForChild('org-b', key, DUTY_B)).referrals).toEqual([]);
    expect(await t.referrals.deleteForChild('org-b', key, DUTY_B)).toEqual([]);
    expect(await t.referrals.get('org-a', a.reference, DUTY_A)).toBeDefined();
  });

  it('lists the duty queue most urgent first, then oldest first, with escalated drafts but not bare drafts or closed ones', async () => {
    let clock = Date.parse('2025-01-01T09:00:00.000Z');
    const { referrals } = t.withOptions({ clock: () => new Date((clock += 60_000)) });
    const org = 'org-queue';
    const make = async (
      risk: Referral['risk']['level'],
      extra: (r: Referral) => Referral = (r) => submit(r, new Date(clock)),
    ) => {
      const draft = await referrals.createDraft(draftInput(org, { risk: { level: risk, indicators: [] } }), REPORTER);
      return referrals.update(org, draft.reference, extra, REPORTER);
    };
    const olderConcern = await make('concern');
    const urgent = await make('urgent');
    const newerConcern = await make('concern');
    const escalatedDraft = await make('immediate', (r) => attachEscalation(r, 'esc-9'));
    const bareDraft = await referrals.createDraft(draftInput(org), REPORTER);
    const closed = await make('urgent', (r) =>
      close(submit(r, new Date(clock)), 'advice-given', STAFF_A, new Date(clock)),
    );
    const claimed = await make('concern', (r) => claim(submit(r, new Date(clock)), STAFF_A, new Date(clock)));
    const queue = await referrals.listOpen(org);
    expect(queue.map((e) => e.reference)).toEqual([
      escalatedDraft.reference,
      urgent.reference,
      olderConcern.reference,
      newerConcern.reference,
      claimed.reference,
    ]);
    expect(queue.map((e) => e.reference)).not.toContain(bareDraft.reference);
    expect(queue.map((e) => e.reference)).not.toContain(closed.reference);
    expect(queue[4]).toMatchObject({ status: 'claimed', owner: STAFF_A, riskLevel: 'concern' });
    expect(Object.keys(queue[0]).sort()).toEqual([
      'channel',
      'createdAt',
      'escalationIds',
      'indicators',
      'needs',
      'reasonCodes',
      'reference',
      'riskLevel',
      'status',
      'updatedAt',
    ]);
  });
});
