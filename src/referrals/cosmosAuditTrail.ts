/**
 * The audit trail in the `audit` container (partition /organisationId). Append-only: this class
 * only ever creates items. The single exception is `purgeExpired`, which deletes entries past
 * retention (Azure would expire them by `ttl`; the embedded server never does).
 */
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { AUDIT_SCHEMA_VERSION, auditEntrySchema, sortAuditEntries, type AuditEntry, type NewAuditEntry } from './audit';
import { forEachLimited, parseStored, queryAll, statusOf } from './cosmosHelpers';
import type { AuditTrail } from './ports';
import { retainUntil, ttlSeconds } from './retention';
import { z } from 'zod';

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

const purgeCandidateSchema = z.object({ id: z.string(), organisationId: z.string(), _etag: z.string() });

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
    const rows = await queryAll(this.container, {
      query: 'SELECT c.id, c.organisationId, c._etag FROM c WHERE c.retainUntil <= @now',
      parameters: [{ name: '@now', value: now.toISOString() }],
    });
    let deleted = 0;
    await forEachLimited(
      rows.map((row) => parseStored(purgeCandidateSchema, row, 'audit entry')),
      8,
      async (candidate) => {
        try {
          await this.container.item(candidate.id, candidate.organisationId).delete({ accessCondition: { type: 'IfMatch', condition: candidate._etag } });
          deleted += 1;
        } catch (error) {
          // Gone already (another purge) is fine; anything else is a real failure.
          if (statusOf(error) !== 404) throw error;
        }
      },
    );
    return deleted;
  }
}
