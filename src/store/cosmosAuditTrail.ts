/**
 * The audit trail in the `audit` container (partition /organisationId). Append-only: this class
 * only ever creates items. The single exception is `purgeExpired`, which deletes entries past
 * retention (Azure would expire them by `ttl`; the embedded server never does).
 */
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import {
  AUDIT_SCHEMA_VERSION,
  auditEntrySchema,
  sortAuditEntries,
  type AuditEntry,
  type NewAuditEntry,
} from '../referrals/audit';
import { deleteUnchanged, parseStored, queryAll } from './cosmosHelpers';
import type { AuditTrail } from '../referrals/ports';
import { retainUntil, ttlSeconds } from '../referrals/retention';

export interface CosmosAuditTrailOptions {
  container: Container;
  retentionDays: number;
  clock?: () => Date;
}

// Milliseconds × 1000 plus a counter: increasing within this process, roughly ordered across processes.
let lastSeq = 0;
function nextSeq(now: Date): number {
  lastSeq = Math.max(lastSeq + 1, now.getTime() * 1000);
  return lastSeq;
}

export class CosmosAuditTrail implements AuditTrail {
  private readonly container: Container;
  private readonly ttl: number;
  private readonly clock: () => Date;

  constructor(options: CosmosAuditTrailOptions) {
    this.container = options.container;
    this.ttl = ttlSeconds(options.retentionDays);
    this.clock = options.clock ?? (() => new Date());
  }

  async record(entry: NewAuditEntry): Promise<AuditEntry> {
    const at = entry.at ?? this.clock();
    const item: AuditEntry = auditEntrySchema.parse({
      schemaVersion: AUDIT_SCHEMA_VERSION,
      id: randomUUID(),
      organisationId: entry.organisationId,
      reference: entry.reference,
      action: entry.action,
      actor: entry.actor,
      at: at.toISOString(),
      seq: nextSeq(at),
      ...(entry.fields !== undefined ? { fields: [...entry.fields] } : {}),
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      ttl: this.ttl,
      retainUntil: retainUntil(at, this.ttl),
    });
    await this.container.items.create(item);
    return item;
  }

  async forReferral(organisationId: string, reference: string): Promise<AuditEntry[]> {
    const rows = await queryAll(
      this.container,
      {
        query: 'SELECT * FROM c WHERE c.organisationId = @org AND c.reference = @reference',
        parameters: [
          { name: '@org', value: organisationId },
          { name: '@reference', value: reference },
        ],
      },
      organisationId,
    );
    return sortAuditEntries(rows.map((row) => parseStored(auditEntrySchema, row, 'audit entry')));
  }

  async purgeExpired(now: Date): Promise<number> {
    const spec = {
      query: 'SELECT c.id, c.organisationId AS pk, c._etag FROM c WHERE c.retainUntil <= @now',
      parameters: [{ name: '@now', value: now.toISOString() }],
    };
    return (await deleteUnchanged(this.container, spec, 'audit entry')).length;
  }
}
