/**
 * The audit trail's vocabulary: who (an id and a role, never a name or anything from the record)
 * did what to which referral, and when. Changes list the names of the fields that changed, never
 * their values, so the trail itself holds no personal data about the child.
 */
import { z } from 'zod';
import { NO_FURTHER_ACTION_REASONS, referenceSchema, type NoFurtherActionReason } from './model';

export const AUDIT_SCHEMA_VERSION = 1;

export const AUDIT_ACTIONS = [
  'created',
  'viewed',
  'claimed',
  'changed',
  'noted',
  'closed',
  'exported',
  'purged',
  'deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * reporter: the person doing the triage; duty-worker: DSL / duty team; operator: someone running a
 * CLI; system: retention.
 */
export const ACTOR_ROLES = ['reporter', 'duty-worker', 'operator', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const actorSchema = z.object({
  /** Entra ID object id, web chat user id, `cli:<user>` or `retention`: an identifier, not a name. */
  id: z.string().regex(/^[A-Za-z0-9:._@-]{1,200}$/, { message: 'must be an identifier (letters, digits, : . _ @ -)' }),
  role: z.enum(ACTOR_ROLES),
});
/** Who did it, as the audit trail keeps it: an identifier and a role, never a name (Actor is the person). */
export type AuditActor = z.infer<typeof actorSchema>;

export const RETENTION_ACTOR: AuditActor = Object.freeze({ id: 'retention', role: 'system' });

const fieldPath = z.string().regex(/^[A-Za-z0-9.]{1,100}$/);

export const auditEntrySchema = z.object({
  schemaVersion: z.literal(AUDIT_SCHEMA_VERSION),
  id: z.uuid(),
  organisationId: z.string().min(1),
  reference: referenceSchema,
  action: z.enum(AUDIT_ACTIONS),
  actor: actorSchema,
  at: z.iso.datetime({ offset: false }),
  /** Breaks ties between entries written in the same millisecond by one process. */
  seq: z.number().int().nonnegative(),
  /** For changes: which fields (e.g. `risk.level`, `notes`), never what they hold. */
  fields: z.array(fieldPath).max(100).optional(),
  /** For a close with no further action: why, as a code (NO_FURTHER_ACTION_REASONS), never prose. */
  reason: z.enum(NO_FURTHER_ACTION_REASONS).optional(),
  ttl: z.number().int().positive(),
  retainUntil: z.iso.datetime({ offset: false }),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface NewAuditEntry {
  organisationId: string;
  reference: string;
  action: AuditAction;
  actor: AuditActor;
  fields?: readonly string[];
  reason?: NoFurtherActionReason;
  /** Defaults to the trail's clock. */
  at?: Date;
}

/** Oldest first. */
export function sortAuditEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
}
