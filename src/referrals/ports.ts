/**
 * Ports named by role. The bot, the duty queue and the CLIs depend on these; the Cosmos
 * implementations live beside them, and tests of other modules can hand-write fakes.
 */
import type { AuditActor, AuditEntry, NewAuditEntry } from './audit';
import type { ChronologyEntry } from './chronology';
import type { DraftInput, Referral } from './model';
import type { QueueEntry, ReporterReport } from './queue';
import type { ReportRow } from './report';

export interface PurgedReferral {
  organisationId: string;
  reference: string;
}

/** Everything held about one child key (subject access): the records and what was done with them. */
export interface ChildExport {
  organisationId: string;
  childKey: string;
  exportedAt: string;
  referrals: Referral[];
  audit: AuditEntry[];
}

export interface ReferralRepository {
  /** Starts a referral (status `draft`) with a new unique reference; audited `created`. */
  createDraft(input: DraftInput, actor: AuditActor): Promise<Referral>;

  /** Point read by (reference, organisation); audited `viewed`. Undefined if absent or another organisation's. */
  get(organisationId: string, reference: string, actor: AuditActor): Promise<Referral | undefined>;

  /**
   * Read → change → conditional replace (If-Match), retried on a conflicting write, so two duty
   * workers acting at once never lose either change. `change` must be a pure function of the
   * referral it is given (it may run more than once) and may throw a ReferralError to refuse.
   * Audited as claimed / closed / noted / changed, with the names of the fields that changed.
   */
  update(
    organisationId: string,
    reference: string,
    change: (current: Referral) => Referral,
    actor: AuditActor,
  ): Promise<Referral>;

  /** The duty queue: open, claimed and escalated-draft referrals, most urgent first, then oldest first. */
  listOpen(organisationId: string): Promise<QueueEntry[]>;

  /** One reporter's own referrals (Teams: Entra object id; web chat: user id), newest first, no free text. */
  listForReporter(organisationId: string, reporterId: string, limit: number): Promise<ReporterReport[]>;

  /** Earlier referrals for this child in the 12 months before `now` (no free text), oldest first. */
  chronologyFor(
    organisationId: string,
    childKey: string,
    now: Date,
    options?: { excludeReference?: string },
  ): Promise<ChronologyEntry[]>;

  /** Subject access: every referral for the child key, with their audit trails; audited `exported`. */
  exportForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<ChildExport>;

  /** Erasure: deletes every referral for the child key; audited `deleted`. Returns the references deleted. */
  deleteForChild(organisationId: string, childKey: string, actor: AuditActor): Promise<string[]>;

  /** Deletes referrals past retention in every organisation; audited `purged`. */
  purgeExpired(now: Date): Promise<PurgedReferral[]>;

  /**
   * All organisations' referrals created or changed since `since` (all if unset); each audited `exported` before it is
   * yielded.
   */
  exportReferrals(options: { since?: Date }, actor: AuditActor): AsyncIterable<Referral>;

  /** Category-only rows for the report (no free text is even read). */
  reportRows(options: { since?: Date; organisationId?: string }): Promise<ReportRow[]>;
}

export interface AuditTrail {
  /** Appends one entry. Entries are never changed; only retention removes them. */
  record(entry: NewAuditEntry): Promise<AuditEntry>;
  /** One referral's trail, oldest first. */
  forReferral(organisationId: string, reference: string): Promise<AuditEntry[]>;
  /** Deletes entries past their retention; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}
