/**
 * The referral repository in memory, keeping the Cosmos repository's contract: `update` is read →
 * change → write-if-unchanged (ETag), retried when another writer got in first, and audited once
 * per write that changes something (with the no-further-action reason on a close).
 */
import type { AuditActor } from '../../src/referrals/audit';
import { auditActionFor, changedFields } from '../../src/referrals/changes';
import { chronologyWindowStart, sortChronology, type ChronologyEntry } from '../../src/referrals/chronology';
import { ReferralError } from '../../src/referrals/errors';
import { isInQueue } from '../../src/referrals/lifecycle';
import {
  draftInputSchema,
  EMPTY_ACCOUNT,
  REFERRAL_SCHEMA_VERSION,
  referralSchema,
  safeguardingConditionRelied,
  type DraftInput,
  type Referral,
} from '../../src/referrals/model';
import type { AuditTrail, ChildExport, PurgedReferral, ReferralRepository } from '../../src/referrals/ports';
import { sortQueue, type QueueEntry, type ReporterReport } from '../../src/referrals/queue';
import { newReference } from '../../src/referrals/reference';
import type { ReportRow } from '../../src/referrals/report';
import { NO_REFERRAL_RISK } from '../../src/referrals/riskRecord';

const TTL_SECONDS = 30 * 86_400;
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class InMemoryReferralRepository implements ReferralRepository {
  private readonly docs = new Map<string, { etag: number; referral: Referral }>();
  private etags = 0;
  conflicts = 0;

  constructor(
    private readonly audit: AuditTrail,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async createDraft(input: DraftInput, actor: AuditActor): Promise<Referral> {
    const given = draftInputSchema.parse(input);
    const now = this.clock();
    const reference = newReference();
    const referral = referralSchema.parse({
      schemaVersion: REFERRAL_SCHEMA_VERSION,
      reference,
      organisationId: given.organisationId,
      reporter: given.reporter,
      channel: given.reporter.kind,
      locale: given.locale,
      needs: given.needs ?? [],
      account: { ...EMPTY_ACCOUNT, ...given.account },
      risk: { ...NO_REFERRAL_RISK, ...given.risk },
      signposted: [],
      consent: { safeguardingConditionRelied: safeguardingConditionRelied(given.consent?.parentCarerAwareness) },
      status: 'draft',
      notes: [],
      escalationIds: given.escalationIds ?? [],
      ...(given.reporterAddress ? { reporterAddress: given.reporterAddress } : {}),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      ttl: TTL_SECONDS,
      retainUntil: new Date(now.getTime() + TTL_SECONDS * 1000).toISOString(),
    });
    this.docs.set(this.key(referral.organisationId, reference), { etag: ++this.etags, referral });
    await this.audit.record({ organisationId: referral.organisationId, reference, action: 'created', actor, at: now });
    return structuredClone(referral);
  }

  async get(organisationId: string, reference: string, actor: AuditActor): Promise<Referral | undefined> {
    const found = this.docs.get(this.key(organisationId, reference));
    if (!found) return undefined;
    await this.audit.record({ organisationId, reference, action: 'viewed', actor });
    return structuredClone(found.referral);
  }

  async update(
    organisationId: string,
    reference: string,
    change: (current: Referral) => Referral,
    actor: AuditActor,
  ): Promise<Referral> {
    const key = this.key(organisationId, reference);
    for (;;) {
      const read = this.docs.get(key);
      if (!read) throw new ReferralError('not-found');
      await tick();
      const before = read.referral;
      const changed = change(structuredClone(before));
      const fields = changedFields(before, changed);
      if (fields.length === 0) return before;
      await tick();
      if (this.docs.get(key)?.etag !== read.etag) {
        this.conflicts++;
        continue;
      }
      const now = this.clock();
      const after = referralSchema.parse({ ...changed, updatedAt: now.toISOString() });
      this.docs.set(key, { etag: ++this.etags, referral: after });
      const action = auditActionFor(before, after, fields);
      const reason = action === 'closed' ? after.outcomeReason : undefined;
      await this.audit.record({
        organisationId,
        reference,
        action,
        actor,
        fields,
        at: now,
        ...(reason ? { reason } : {}),
      });
      return structuredClone(after);
    }
  }

  async listOpen(organisationId: string): Promise<QueueEntry[]> {
    return sortQueue(
      this.all(organisationId)
        .filter(isInQueue)
        .map((r) => ({
          reference: r.reference,
          status: r.status,
          channel: r.channel,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          riskLevel: r.risk.level,
          indicators: r.risk.indicators,
          reasonCodes: r.risk.reasonCodes,
          ...(r.levelOfNeed ? { levelOfNeed: r.levelOfNeed.level } : {}),
          needs: r.needs,
          ...(r.ageBand ? { ageBand: r.ageBand } : {}),
          ...(r.owner ? { owner: r.owner } : {}),
          escalationIds: r.escalationIds,
        })),
    );
  }

  async listForReporter(organisationId: string, reporterId: string, limit: number): Promise<ReporterReport[]> {
    return this.all(organisationId)
      .filter((r) => (r.reporter.kind === 'msteams' ? r.reporter.aadObjectId : r.reporter.userId) === reporterId)
      .filter((r) => r.status !== 'draft' || r.escalationIds.length > 0)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map((r) => ({
        reference: r.reference,
        status: r.status,
        createdAt: r.createdAt,
        ...(r.outcome ? { outcome: r.outcome } : {}),
        ...(r.closedAt ? { closedAt: r.closedAt } : {}),
        escalationIds: r.escalationIds,
        ...(r.owner ? { owner: r.owner } : {}),
        ...(r.reporterTold ? { reporterTold: r.reporterTold } : {}),
      }));
  }

  async chronologyFor(
    organisationId: string,
    childKey: string,
    now: Date,
    options: { excludeReference?: string } = {},
  ): Promise<ChronologyEntry[]> {
    const from = chronologyWindowStart(now).toISOString();
    return sortChronology(
      this.all(organisationId)
        .filter(
          (r) =>
            r.childKey === childKey &&
            r.reference !== options.excludeReference &&
            r.createdAt >= from &&
            (r.status !== 'draft' || isInQueue(r)),
        )
        .map((r) => ({
          reference: r.reference,
          createdAt: r.createdAt,
          status: r.status,
          ...(r.outcome ? { outcome: r.outcome } : {}),
          ...(r.closedAt ? { closedAt: r.closedAt } : {}),
          riskLevel: r.risk.level,
          ...(r.levelOfNeed ? { levelOfNeed: r.levelOfNeed.level } : {}),
          needs: r.needs,
        })),
    );
  }

  async exportForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<ChildExport> {
    const referrals = this.all(organisationId).filter((r) => r.childKey === childKey);
    for (const r of referrals)
      await this.audit.record({ organisationId, reference: r.reference, action: 'exported', actor });
    return { organisationId, childKey, exportedAt: this.clock().toISOString(), referrals, audit: [] };
  }

  async deleteForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<string[]> {
    const gone = this.all(organisationId).filter((r) => r.childKey === childKey);
    for (const r of gone) {
      this.docs.delete(this.key(organisationId, r.reference));
      await this.audit.record({ organisationId, reference: r.reference, action: 'deleted', actor });
    }
    return gone.map((r) => r.reference);
  }

  async purgeExpired(): Promise<PurgedReferral[]> {
    return [];
  }

  async *exportReferrals(): AsyncIterable<Referral> {
    yield* this.all();
  }

  async reportRows(): Promise<ReportRow[]> {
    return [];
  }

  /** Every stored referral, as it stands (no audit: for assertions). */
  all(organisationId?: string): Referral[] {
    return [...this.docs.values()]
      .map((d) => structuredClone(d.referral))
      .filter((r) => organisationId === undefined || r.organisationId === organisationId);
  }

  private key(organisationId: string, reference: string): string {
    return `${organisationId}/${reference}`;
  }
}
