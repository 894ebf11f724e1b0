import { cumulativeConcern, withCumulativeConcern } from '../../../src/referrals/chronology';
import { close, submit } from '../../../src/referrals/lifecycle';
import { draftInput, DUTY_A, keyFor, REPORTER, STAFF_A } from '../../unit/referrals/fixtures';
import { openTestStores, type TestStores } from './support';

let t: TestStores;
beforeAll(async () => {
  t = await openTestStores();
});
afterAll(async () => {
  await t.store.close();
});

/** Repositories whose clock is `at`, to create referrals in the past. */
function at(iso: string) {
  return t.withOptions({ clock: () => new Date(iso) });
}

describe('the chronology of earlier concerns about one child', () => {
  it('links earlier referrals written with different spellings of the same initials, within one organisation only', async () => {
    const org = 'org-chrono';
    const first = await at('2025-01-10T09:00:00.000Z').referrals.createDraft(
      draftInput(org, {
        childKey: keyFor(org, 'J.B.'),
        needs: ['behaviour'],
        escalationIds: ['esc-1'],
        risk: { level: 'concern', indicators: [] },
      }),
      REPORTER,
    );
    const second = await at('2025-02-10T09:00:00.000Z').referrals.createDraft(
      draftInput(org, {
        childKey: keyFor(org, 'j b'),
        needs: ['sleep'],
        levelOfNeed: { level: 2, reasons: ['emergingNeed'] },
      }),
      REPORTER,
    );
    await at('2025-02-11T09:00:00.000Z').referrals.update(
      org,
      second.reference,
      (r) =>
        close(
          submit(r, new Date('2025-02-11T09:00:00.000Z')),
          'early-help-offered',
          STAFF_A,
          new Date('2025-02-11T09:00:00.000Z'),
        ),
      DUTY_A,
    );
    // Another child, and the same initials at another school: neither links.
    await at('2025-02-12T09:00:00.000Z').referrals.createDraft(
      draftInput(org, { childKey: keyFor(org, 'K.B.'), escalationIds: ['esc-2'] }),
      REPORTER,
    );
    await at('2025-02-12T09:00:00.000Z').referrals.createDraft(
      draftInput('org-elsewhere', { childKey: keyFor('org-elsewhere', 'J.B.'), escalationIds: ['esc-3'] }),
      REPORTER,
    );
    const current = await at('2025-03-01T09:00:00.000Z').referrals.createDraft(
      draftInput(org, { childKey: keyFor(org, 'JB'), escalationIds: ['esc-4'] }),
      REPORTER,
    );

    const chronology = await t.referrals.chronologyFor(org, keyFor(org, 'jb'), new Date('2025-03-01T10:00:00.000Z'), {
      excludeReference: current.reference,
    });
    expect(chronology).toEqual([
      {
        reference: first.reference,
        createdAt: '2025-01-10T09:00:00.000Z',
        status: 'draft',
        riskLevel: 'concern',
        needs: ['behaviour'],
      },
      {
        reference: second.reference,
        createdAt: '2025-02-10T09:00:00.000Z',
        status: 'closed',
        outcome: 'early-help-offered',
        closedAt: '2025-02-11T09:00:00.000Z',
        riskLevel: 'none',
        levelOfNeed: 2,
        needs: ['sleep'],
      },
    ]);

    const concern = cumulativeConcern(chronology, current.risk.level);
    expect(concern).toMatchObject({
      earlierConcerns: 2,
      level: 'concern',
      raised: true,
      reasonCode: 'repeated-concerns',
      tellReporter: true,
    });
    const raised = await t.referrals.update(org, current.reference, (r) => withCumulativeConcern(r, concern), REPORTER);
    expect(raised.risk).toMatchObject({ level: 'concern', reasonCodes: ['repeated-concerns'] });
    expect((await t.referrals.listOpen(org)).find((e) => e.reference === current.reference)?.reasonCodes).toEqual([
      'repeated-concerns',
    ]);
  });

  it('leaves out referrals older than twelve months and drafts where nothing was escalated', async () => {
    const org = 'org-window';
    const key = keyFor(org, '7R-04');
    await at('2024-02-28T09:00:00.000Z').referrals.createDraft(
      draftInput(org, { childKey: key, escalationIds: ['esc-old'] }),
      REPORTER,
    );
    const inside = await at('2024-03-02T09:00:00.000Z').referrals.createDraft(
      draftInput(org, { childKey: key, escalationIds: ['esc-new'] }),
      REPORTER,
    );
    await at('2025-01-01T09:00:00.000Z').referrals.createDraft(draftInput(org, { childKey: key }), REPORTER);
    const chronology = await t.referrals.chronologyFor(org, key, new Date('2025-03-01T09:00:00.000Z'));
    expect(chronology.map((e) => e.reference)).toEqual([inside.reference]);
    expect(cumulativeConcern(chronology, 'none')).toMatchObject({ raised: false, tellReporter: true });
  });

  it('holds no free text: dates, levels, needs, status and outcome only', async () => {
    const org = 'org-notext';
    const key = keyFor(org, 'A.C.');
    await t.referrals.createDraft(
      draftInput(org, {
        childKey: key,
        escalationIds: ['esc-1'],
        account: {
          observations: [
            {
              questionId: 'observed',
              labelKey: 'triage:q.observed.label',
              answer: { kind: 'text', text: 'ZQXMARKER seen crying' },
            },
          ],
        },
      }),
      REPORTER,
    );
    const chronology = await t.referrals.chronologyFor(org, key, new Date(Date.now() + 1000));
    expect(chronology).toHaveLength(1);
    expect(JSON.stringify(chronology)).not.toContain('ZQXMARKER');
    expect(JSON.stringify(chronology)).not.toContain('Teacher');
  });
});
