/**
 * Referrals in the `referrals` container: one item per referral, id = reference, partition key =
 * organisationId, so every read of one referral is a point read and one organisation can never
 * reach another's records (a read with the wrong organisation finds nothing). Every query filters
 * on organisationId in the SQL as well as in the partitionKey option, because the embedded server
 * ignores the option. See src/store/COSMOS-DESIGN.md.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import type { AuditActor, AuditAction, AuditEntry } from '../referrals/audit';
import { RETENTION_ACTOR } from '../referrals/audit';
import { auditActionFor, changedFields } from '../referrals/changes';
import {
  chronologyEntrySchema,
  chronologyWindowStart,
  sortChronology,
  type ChronologyEntry,
} from '../referrals/chronology';
import {
  deleteUnchanged,
  forEachLimited,
  parseStored,
  queryAll,
  queryPages,
  readItem,
  statusOf,
} from './cosmosHelpers';
import { ReferralError } from '../referrals/errors';
import { isInQueue } from '../referrals/lifecycle';
import {
  draftInputSchema,
  EMPTY_ACCOUNT,
  REFERRAL_SCHEMA_VERSION,
  referralSchema,
  safeguardingConditionRelied,
  type DraftInput,
  type Referral,
} from '../referrals/model';
import type { AuditTrail, ChildExport, PurgedReferral, ReferralRepository } from '../referrals/ports';
import {
  queueEntrySchema,
  reporterReportSchema,
  sortQueue,
  type QueueEntry,
  type ReporterReport,
} from '../referrals/queue';
import { newReference, parseReference } from '../referrals/reference';
import { reportRowSchema, type ReportRow } from '../referrals/report';
import { retainUntil, ttlSeconds } from '../referrals/retention';
import { NO_REFERRAL_RISK } from '../referrals/riskRecord';

export interface CosmosReferralRepositoryOptions {
  container: Container;
  audit: AuditTrail;
  retentionDays: number;
  clock?: () => Date;
  /** Injectable so tests can force a reference clash. */
  newReference?: () => string;
  /** Attempts of read → change → replace before giving up with `conflict`. */
  maxAttempts?: number;
}

/** Fields fixed at creation: a change function may not move a referral to another organisation or rename it. */
const IMMUTABLE: ReadonlyArray<keyof Referral> = ['schemaVersion', 'reference', 'organisationId', 'createdAt'];
const REFERENCE_ATTEMPTS = 5;
/** Parallel audit writes at most; keeps a big export from throttling the bot's own writes. */
const AUDIT_CONCURRENCY = 8;
const EXPORT_PAGE_SIZE = 100;

const QUEUE_QUERY = `SELECT c.reference, c.status, c.channel, c.createdAt, c.updatedAt, c.risk.level AS riskLevel, c.risk.indicators AS indicators,
  c.risk.reasonCodes AS reasonCodes, c.levelOfNeed.level AS levelOfNeed, c.needs, c.ageBand, c.owner, c.escalationIds
  FROM c WHERE c.organisationId = @org AND (c.status IN ('open', 'claimed') OR (c.status = 'draft' AND ARRAY_LENGTH(c.escalationIds) > 0))`;

// Both reporter kinds: a Teams reporter by Entra object id, a web chat one by user id.
const REPORTER_QUERY = `SELECT c.reference, c.status, c.createdAt, c.outcome, c.closedAt, c.escalationIds, c.owner, c.reporterTold FROM c
  WHERE c.organisationId = @org AND (c.reporter.aadObjectId = @reporter OR c.reporter.userId = @reporter)`;

const CHRONOLOGY_QUERY = `SELECT c.reference, c.createdAt, c.status, c.outcome, c.closedAt, c.risk.level AS riskLevel, c.levelOfNeed.level AS levelOfNeed,
  c.needs, c.escalationIds FROM c WHERE c.organisationId = @org AND c.childKey = @childKey AND c.createdAt >= @from AND c.createdAt <= @to`;

const REPORT_COLUMNS = `c.organisationId, c.createdAt, c.status, c.outcome, c.needs, c.levelOfNeed.level AS levelOfNeed, c.risk.level AS riskLevel,
  ARRAY_LENGTH(c.escalationIds) AS escalations`;

const chronologyRowSchema = chronologyEntrySchema.extend({ escalationIds: z.array(z.string()) });

function toDocument(referral: Referral): ItemDefinition {
  return { id: referral.reference, ...referral };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class CosmosReferralRepository implements ReferralRepository {
  private readonly container: Container;
  private readonly audit: AuditTrail;
  private readonly ttl: number;
  private readonly clock: () => Date;
  private readonly makeReference: () => string;
  private readonly maxAttempts: number;

  constructor(options: CosmosReferralRepositoryOptions) {
    this.container = options.container;
    this.audit = options.audit;
    this.ttl = ttlSeconds(options.retentionDays);
    this.clock = options.clock ?? (() => new Date());
    this.makeReference = options.newReference ?? (() => newReference());
    this.maxAttempts = options.maxAttempts ?? 6;
  }

  async createDraft(input: DraftInput, actor: AuditActor): Promise<Referral> {
    const parsed = draftInputSchema.safeParse(input);
    if (!parsed.success)
      throw new ReferralError('invalid', parsed.error.issues.map((issue) => issue.path.join('.')).join(', '));
    const given = parsed.data;
    const now = this.clock();
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const reference = this.makeReference();
      const referral = this.validated({
        schemaVersion: REFERRAL_SCHEMA_VERSION,
        reference,
        organisationId: given.organisationId,
        reporter: given.reporter,
        channel: given.reporter.kind,
        locale: given.locale,
        ...(given.childKey !== undefined ? { childKey: given.childKey } : {}),
        ...(given.ageBand !== undefined ? { ageBand: given.ageBand } : {}),
        needs: given.needs ?? [],
        account: { ...EMPTY_ACCOUNT, ...given.account },
        risk: { ...NO_REFERRAL_RISK, ...given.risk },
        ...(given.levelOfNeed !== undefined ? { levelOfNeed: given.levelOfNeed } : {}),
        signposted: given.signposted ?? [],
        consent: {
          ...given.consent,
          safeguardingConditionRelied:
            given.consent?.safeguardingConditionRelied ??
            safeguardingConditionRelied(given.consent?.parentCarerAwareness),
        },
        status: 'draft',
        notes: [],
        escalationIds: given.escalationIds ?? [],
        ...(given.reporterAddress !== undefined ? { reporterAddress: given.reporterAddress } : {}),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        ttl: this.ttl,
        retainUntil: retainUntil(now, this.ttl),
      });
      try {
        await this.container.items.create(toDocument(referral));
      } catch (error) {
        // 409: that reference is taken in this organisation; draw another.
        if (statusOf(error) === 409) continue;
        throw error;
      }
      await this.audit.record({
        organisationId: referral.organisationId,
        reference,
        action: 'created',
        actor,
        at: now,
      });
      return referral;
    }
    throw new ReferralError('no-free-reference');
  }

  async get(organisationId: string, reference: string, actor: AuditActor): Promise<Referral | undefined> {
    const found = await this.read(organisationId, reference);
    if (!found) return undefined;
    await this.audit.record({ organisationId, reference: found.referral.reference, action: 'viewed', actor });
    return found.referral;
  }

  async update(
    organisationId: string,
    reference: string,
    change: (current: Referral) => Referral,
    actor: AuditActor,
  ): Promise<Referral> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const found = await this.read(organisationId, reference);
      if (!found) throw new ReferralError('not-found');
      const before = found.referral;
      const changed = change(structuredClone(before));
      for (const field of IMMUTABLE)
        if (changed[field] !== before[field]) throw new ReferralError('invalid', `${field} cannot change`);
      const fields = changedFields(before, changed);
      if (fields.length === 0) return before;
      const now = this.clock();
      const after = this.validated({
        ...changed,
        updatedAt: now.toISOString(),
        ttl: this.ttl,
        retainUntil: retainUntil(now, this.ttl),
      });
      try {
        await this.container
          .item(before.reference, organisationId)
          .replace(toDocument(after), { accessCondition: { type: 'IfMatch', condition: found.etag } });
      } catch (error) {
        // 412: someone else wrote since our read. Read again and re-apply the change to their result.
        if (statusOf(error) !== 412) throw error;
        await sleep(Math.random() * 10 * attempt);
        continue;
      }
      const action: AuditAction = auditActionFor(before, after, fields);
      const reason = action === 'closed' ? after.outcomeReason : undefined;
      await this.audit.record({
        organisationId,
        reference: after.reference,
        action,
        actor,
        fields,
        at: now,
        ...(reason ? { reason } : {}),
      });
      return after;
    }
    throw new ReferralError('conflict');
  }

  async listOpen(organisationId: string): Promise<QueueEntry[]> {
    const rows = await queryAll(
      this.container,
      { query: QUEUE_QUERY, parameters: [{ name: '@org', value: organisationId }] },
      organisationId,
    );
    return sortQueue(rows.map((row) => parseStored(queueEntrySchema, row, 'queue entry')));
  }

  async listForReporter(organisationId: string, reporterId: string, limit: number): Promise<ReporterReport[]> {
    const rows = await queryAll(
      this.container,
      {
        query: REPORTER_QUERY,
        parameters: [
          { name: '@org', value: organisationId },
          { name: '@reporter', value: reporterId },
        ],
      },
      organisationId,
    );
    return (
      rows
        .map((row) => parseStored(reporterReportSchema, row, 'reporter report'))
        // A draft with nothing escalated is a triage in progress, not yet a report.
        .filter((row) => row.status !== 'draft' || row.escalationIds.length > 0)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit)
    );
  }

  async chronologyFor(
    organisationId: string,
    childKey: string,
    now: Date,
    options: { excludeReference?: string } = {},
  ): Promise<ChronologyEntry[]> {
    const rows = await queryAll(
      this.container,
      {
        query: CHRONOLOGY_QUERY,
        parameters: [
          { name: '@org', value: organisationId },
          { name: '@childKey', value: childKey },
          { name: '@from', value: chronologyWindowStart(now).toISOString() },
          { name: '@to', value: now.toISOString() },
        ],
      },
      organisationId,
    );
    const exclude = options.excludeReference === undefined ? undefined : parseReference(options.excludeReference);
    const entries = rows
      .map((row) => parseStored(chronologyRowSchema, row, 'chronology entry'))
      // A draft with nothing escalated was never raised as a concern.
      .filter((row) => row.reference !== exclude && (row.status !== 'draft' || isInQueue(row)))
      .map(({ escalationIds: _escalationIds, ...entry }) => entry);
    return sortChronology(entries);
  }

  async exportForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<ChildExport> {
    const referrals = await this.forChild(organisationId, childKey);
    const audit: AuditEntry[] = [];
    for (const referral of referrals) audit.push(...(await this.audit.forReferral(organisationId, referral.reference)));
    await forEachLimited(referrals, AUDIT_CONCURRENCY, async (referral) => {
      await this.audit.record({ organisationId, reference: referral.reference, action: 'exported', actor });
    });
    return { organisationId, childKey, exportedAt: this.clock().toISOString(), referrals, audit };
  }

  async deleteForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<string[]> {
    const referrals = await this.forChild(organisationId, childKey);
    const deleted: string[] = [];
    for (const referral of referrals) {
      try {
        await this.container.item(referral.reference, organisationId).delete();
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
        continue;
      }
      deleted.push(referral.reference);
      await this.audit.record({ organisationId, reference: referral.reference, action: 'deleted', actor });
    }
    return deleted;
  }

  async purgeExpired(now: Date): Promise<PurgedReferral[]> {
    // Across every organisation: retention is the deployment's, not one school's. If-Match: a
    // referral written since the query has a new retention date; it is left.
    const spec = {
      query: 'SELECT c.id, c.organisationId AS pk, c._etag FROM c WHERE c.retainUntil <= @now',
      parameters: [{ name: '@now', value: now.toISOString() }],
    };
    const deleted = await deleteUnchanged(this.container, spec, 'referral key', (item) =>
      this.audit.record({
        organisationId: item.pk,
        reference: item.id,
        action: 'purged',
        actor: RETENTION_ACTOR,
        at: now,
      }),
    );
    return deleted
      .map((item) => ({ organisationId: item.pk, reference: item.id }))
      .sort((a, b) => a.organisationId.localeCompare(b.organisationId) || a.reference.localeCompare(b.reference));
  }

  async *exportReferrals(options: { since?: Date }, actor: AuditActor): AsyncIterable<Referral> {
    const spec =
      options.since === undefined
        ? { query: 'SELECT * FROM c ORDER BY c.createdAt' }
        : {
            query: 'SELECT * FROM c WHERE c.updatedAt >= @since ORDER BY c.createdAt',
            parameters: [{ name: '@since', value: options.since.toISOString() }],
          };
    for await (const page of queryPages(this.container, spec, EXPORT_PAGE_SIZE)) {
      const referrals = page.map((row) => parseStored(referralSchema, row, 'referral'));
      // Recorded before the data leaves, so an interrupted export is still on the trail.
      await forEachLimited(referrals, AUDIT_CONCURRENCY, async (referral) => {
        await this.audit.record({
          organisationId: referral.organisationId,
          reference: referral.reference,
          action: 'exported',
          actor,
        });
      });
      yield* referrals;
    }
  }

  async reportRows(options: { since?: Date; organisationId?: string }): Promise<ReportRow[]> {
    const conditions: string[] = [];
    const parameters: Array<{ name: string; value: string }> = [];
    if (options.organisationId !== undefined) {
      conditions.push('c.organisationId = @org');
      parameters.push({ name: '@org', value: options.organisationId });
    }
    if (options.since !== undefined) {
      conditions.push('c.createdAt >= @since');
      parameters.push({ name: '@since', value: options.since.toISOString() });
    }
    const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
    const rows = await queryAll(
      this.container,
      { query: `SELECT ${REPORT_COLUMNS} FROM c${where}`, parameters },
      options.organisationId,
    );
    return rows.map((row) => parseStored(reportRowSchema, row, 'report row'));
  }

  private async read(
    organisationId: string,
    reference: string,
  ): Promise<{ referral: Referral; etag: string } | undefined> {
    const canonical = parseReference(reference);
    if (canonical === undefined) return undefined;
    const raw = await readItem(this.container, canonical, organisationId);
    if (!raw) return undefined;
    const referral = parseStored(referralSchema, raw.body, 'referral');
    // Defence in depth: the partition already guarantees this.
    if (referral.organisationId !== organisationId) return undefined;
    return { referral, etag: raw.etag };
  }

  private async forChild(organisationId: string, childKey: string): Promise<Referral[]> {
    const rows = await queryAll(
      this.container,
      {
        query: 'SELECT * FROM c WHERE c.organisationId = @org AND c.childKey = @childKey',
        parameters: [
          { name: '@org', value: organisationId },
          { name: '@childKey', value: childKey },
        ],
      },
      organisationId,
    );
    return rows
      .map((row) => parseStored(referralSchema, row, 'referral'))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  private validated(candidate: unknown): Referral {
    const result = referralSchema.safeParse(candidate);
    if (!result.success)
      throw new ReferralError(
        'invalid',
        result.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', '),
      );
    return result.data;
  }
}
