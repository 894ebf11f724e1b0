/** The audit trail in memory: append-only, validated like the Cosmos one. */
import { randomUUID } from 'node:crypto';
import {
  AUDIT_SCHEMA_VERSION,
  auditEntrySchema,
  sortAuditEntries,
  type AuditEntry,
  type NewAuditEntry,
} from '../../src/referrals/audit';
import type { AuditTrail } from '../../src/referrals/ports';

const TTL_SECONDS = 30 * 86_400;

export class InMemoryAuditTrail implements AuditTrail {
  readonly entries: AuditEntry[] = [];
  private seq = 0;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async record(entry: NewAuditEntry): Promise<AuditEntry> {
    const at = entry.at ?? this.clock();
    const item = auditEntrySchema.parse({
      schemaVersion: AUDIT_SCHEMA_VERSION,
      id: randomUUID(),
      organisationId: entry.organisationId,
      reference: entry.reference,
      action: entry.action,
      actor: entry.actor,
      at: at.toISOString(),
      seq: ++this.seq,
      ...(entry.fields !== undefined ? { fields: [...entry.fields] } : {}),
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      ttl: TTL_SECONDS,
      retainUntil: new Date(at.getTime() + TTL_SECONDS * 1000).toISOString(),
    });
    this.entries.push(item);
    return item;
  }

  async forReferral(organisationId: string, reference: string): Promise<AuditEntry[]> {
    return sortAuditEntries(
      this.entries.filter((e) => e.organisationId === organisationId && e.reference === reference),
    );
  }

  async purgeExpired(now: Date): Promise<number> {
    const before = this.entries.length;
    const kept = this.entries.filter((e) => e.retainUntil > now.toISOString());
    this.entries.splice(0, this.entries.length, ...kept);
    return before - kept.length;
  }
}
