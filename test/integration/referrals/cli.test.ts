import { runReferralsExport } from '../../../src/cli/referrals-export';
import { runReferralsPurge } from '../../../src/cli/referrals-purge';
import { runReferralsReport } from '../../../src/cli/referrals-report';
import type { Actor } from '../../../src/referrals/audit';
import { addNote, claim, close, submit } from '../../../src/referrals/lifecycle';
import { referralSchema, type RecordEntry } from '../../../src/referrals/model';
import type { ToolStore } from '../../../src/store/toolStore';
import { draftInput, DUTY_A, keyFor, REPORTER } from '../../unit/referrals/fixtures';
import { MARKER, openTestStores, type TestStores } from './support';

const OPERATOR: Actor = { id: 'cli:tester', role: 'operator' };

/** The test's store, handed to a tool that will close it: the test closes it itself. */
function borrowed(t: TestStores): () => Promise<ToolStore> {
  return async () => ({ ...t.store, mode: 'files', close: async () => undefined });
}

async function runExport(t: TestStores, args: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runReferralsExport(args, {
    write: async (chunk) => {
      stdout += chunk;
    },
    stderr: (line) => stderr.push(line),
    openStore: borrowed(t),
    retentionDays: 30,
    actor: OPERATOR,
  });
  return { code, stdout, stderr };
}

async function runReport(t: TestStores, args: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runReferralsReport(args, {
    stdout: (text) => (stdout += text),
    stderr: (line) => stderr.push(line),
    openStore: borrowed(t),
    retentionDays: 30,
    now: new Date('2025-04-01T00:00:00.000Z'),
  });
  return { code, stdout, stderr };
}

describe('referrals:export', () => {
  let t: TestStores;
  beforeAll(async () => {
    t = await openTestStores();
  });
  afterAll(async () => {
    await t.store.close();
  });

  it('prints nothing and succeeds when there are no referrals', async () => {
    const result = await runExport(t, []);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr.join('\n')).toContain('0 referrals exported');
  });

  it('writes one referral per JSON line, only those created or changed since the date, and records each export', async () => {
    const at = (iso: string) => t.withOptions({ clock: () => new Date(iso) }).referrals;
    const january = await at('2025-01-10T09:00:00.000Z').createDraft(draftInput('org-x'), REPORTER);
    const february = await at('2025-02-10T09:00:00.000Z').createDraft(draftInput('org-y'), REPORTER);
    const march = await at('2025-03-10T09:00:00.000Z').createDraft(draftInput('org-x'), REPORTER);
    await at('2025-03-15T09:00:00.000Z').update(
      'org-x',
      january.reference,
      (r) => submit(r, new Date('2025-03-15T09:00:00.000Z')),
      REPORTER,
    );

    const all = await runExport(t, []);
    expect(all.code).toBe(0);
    const lines = all.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => referralSchema.parse(JSON.parse(line)));
    expect(parsed.map((r) => r.reference)).toEqual([january.reference, february.reference, march.reference]);
    expect(lines[0]).not.toMatch(/"_etag"|"_rid"|"id"/);

    const since = await runExport(t, ['--since', '2025-03-01']);
    expect(since.code).toBe(0);
    const recent = since.stdout
      .trim()
      .split('\n')
      .map((line) => referralSchema.parse(JSON.parse(line)).reference);
    expect(recent.sort()).toEqual([january.reference, march.reference].sort());

    const trail = await t.audit.forReferral('org-x', march.reference);
    expect(trail.filter((e) => e.action === 'exported').map((e) => e.actor)).toEqual([OPERATOR, OPERATOR]);
    expect(
      (await t.audit.forReferral('org-y', february.reference)).filter((e) => e.action === 'exported'),
    ).toHaveLength(1);
  });

  it('refuses a date it cannot read, writing nothing to standard output', async () => {
    const result = await runExport(t, ['--since', '31/01/2025']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.join('\n')).toMatch(/not a date/);
  });
});

describe('referrals:report', () => {
  let t: TestStores;
  beforeAll(async () => {
    t = await openTestStores();
  });
  afterAll(async () => {
    await t.store.close();
  });

  it('gives counts by month, need, level and outcome, and no personal data', async () => {
    const text = (questionId: string): RecordEntry => ({
      questionId,
      labelKey: `triage:q.${questionId}.label`,
      answer: { kind: 'text', text: `${MARKER} ${questionId}` },
    });
    const org = 'org-report';
    const at = (iso: string) => t.withOptions({ clock: () => new Date(iso) }).referrals;
    const staff = { id: DUTY_A.id, name: `${MARKER} duty` };
    const planted = await at('2025-01-20T09:00:00.000Z').createDraft(
      {
        organisationId: org,
        reporter: {
          kind: 'webchat',
          userId: 'dl_user1',
          name: `${MARKER} reporter`,
          organisationName: `${MARKER} youth club`,
          role: 'youth-worker',
          callBackNumber: '07700 900000',
        },
        locale: 'en-GB',
        childKey: keyFor(org, MARKER),
        ageBand: '11-15',
        needs: ['self-harm', 'anxiety-low-mood'],
        account: {
          observations: [text('observed')],
          childWords: [text('childWords')],
          opinions: [text('opinion')],
          context: [text('home')],
        },
        risk: {
          level: 'urgent',
          indicators: ['self-harm'],
          reasons: [`Recent self-harm ("${MARKER}")`],
          triggers: [{ indicator: 'self-harm', level: 'urgent', words: MARKER, rule: 'en-GB:self-harm-recent' }],
        },
        levelOfNeed: { level: 3, reasons: ['urgentRisk'] },
        escalationIds: ['esc-1'],
      },
      REPORTER,
    );
    await at('2025-01-21T09:00:00.000Z').update(
      org,
      planted.reference,
      (r) =>
        close(
          addNote(
            claim(submit(r, new Date('2025-01-21T09:00:00.000Z')), staff, new Date('2025-01-21T09:00:00.000Z')),
            staff,
            `${MARKER} note`,
            new Date('2025-01-21T09:00:00.000Z'),
          ),
          'early-help-offered',
          staff,
          new Date('2025-01-21T09:00:00.000Z'),
        ),
      DUTY_A,
    );
    const second = await at('2025-02-02T09:00:00.000Z').createDraft(
      draftInput(org, { needs: ['sleep'], levelOfNeed: { level: 2, reasons: [] } }),
      REPORTER,
    );
    await at('2025-02-02T09:30:00.000Z').update(
      org,
      second.reference,
      (r) => submit(r, new Date('2025-02-02T09:30:00.000Z')),
      REPORTER,
    );
    // A bare draft is not a concern yet.
    await at('2025-02-03T09:00:00.000Z').createDraft(draftInput(org), REPORTER);

    // The marker really is in the record, in every free-text field.
    const stored = JSON.stringify(await t.referrals.get(org, planted.reference, DUTY_A));
    expect(stored.split(MARKER).length - 1).toBeGreaterThanOrEqual(11);

    const json = await runReport(t, []);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toContain(MARKER);
    expect(json.stdout).not.toContain('07700');
    expect(json.stdout).not.toContain(planted.reference);
    expect(json.stdout).not.toContain(keyFor(org, MARKER));
    const report: unknown = JSON.parse(json.stdout);
    expect(report).toEqual({
      generatedAt: '2025-04-01T00:00:00.000Z',
      organisations: [
        {
          organisationId: org,
          referrals: 2,
          escalated: 1,
          byMonth: { '2025-01': 1, '2025-02': 1 },
          byNeed: { 'anxiety-low-mood': 1, 'self-harm': 1, sleep: 1 },
          byLevelOfNeed: { '2': 1, '3': 1 },
          byRiskLevel: { none: 1, urgent: 1 },
          byStatus: { open: 1, closed: 1 },
          byOutcome: { 'early-help-offered': 1, open: 1 },
        },
      ],
    });

    const textReport = await runReport(t, ['--format', 'text', '--since', '2025-02-01']);
    expect(textReport.code).toBe(0);
    expect(textReport.stdout).not.toContain(MARKER);
    expect(textReport.stdout).toContain(`Organisation ${org}: 1 referrals`);
  });

  it('refuses an unknown format', async () => {
    expect((await runReport(t, ['--format', 'pdf'])).code).toBe(1);
  });
});

describe('referrals:purge', () => {
  let t: TestStores;
  beforeAll(async () => {
    t = await openTestStores();
  });
  afterAll(async () => {
    await t.store.close();
  });

  it('deletes referrals past retention and says how many, per organisation', async () => {
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const short = t.withOptions({ retentionDays: 1, clock: () => new Date(start) });
    const expired = await short.referrals.createDraft(draftInput('org-p'), REPORTER);
    const kept = await t
      .withOptions({ retentionDays: 30, clock: () => new Date(start) })
      .referrals.createDraft(draftInput('org-p'), REPORTER);
    const out: string[] = [];
    const code = await runReferralsPurge([], {
      stdout: (line) => out.push(line),
      stderr: () => undefined,
      openStore: borrowed(t),
      retentionDays: 30,
      now: new Date(start + 2 * 86_400_000),
    });
    expect(code).toBe(0);
    expect(out).toEqual([
      'org-p: 1 referral purged',
      'Purged 1 referral and 1 audit entry past retention.',
      'Deleted the state of 0 conversations idle for more than 30 days.',
      'Forgot the remembered details of 0 people unchanged and unused for more than 365 days.',
    ]);
    expect(await t.referrals.get('org-p', expired.reference, DUTY_A)).toBeUndefined();
    expect(await t.referrals.get('org-p', kept.reference, DUTY_A)).toBeDefined();
  });
});
