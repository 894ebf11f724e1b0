/**
 * What a conversation needs from the referral record. Implemented over the Cosmos referral
 * repository; named by role so the conversation logic never depends on storage.
 */
import type { ConversationAddress } from '../escalation/address';
import type { EscalationReporter } from '../escalation/model';
import type { TriageSummary } from '../flows';
import type { RiskAssessment } from '../risk/types';
import type { ChannelKind, ChronologyLine, QueueItem } from './model';

/**
 * Who is talking to the bot: the escalation's reporter fields (declared once, in escalation/model),
 * plus their Teams identity, and an address that web chat may not have yet.
 */
export interface ReporterDetails extends Omit<EscalationReporter, 'channel' | 'address'> {
  channel: ChannelKind;
  aadObjectId?: string;
  upn?: string;
  /** Where they are talking to the bot now: where they are told the outcome later. */
  address?: ConversationAddress;
}

export interface RiskNote {
  assessment: RiskAssessment;
  source: 'text' | 'answer';
  /** The question whose answer raised it, for answers. */
  questionId?: string;
}

export interface CompletedReferral {
  reference: string;
  /** Earlier referrals for the same child in the last 12 months. */
  earlierConcerns: number;
  /** True when two or more earlier concerns raised the level ("repeated concerns"). */
  cumulativeConcern: boolean;
  chronology: ChronologyLine[];
}

/** The outcomes are the referral's: one list. */
import type { Outcome } from '../referrals/model';
import type { Actor } from '../escalation/model';
export { OUTCOMES, type Outcome } from '../referrals/model';

export type NoFurtherActionReason =
  'below-threshold' | 'support-already-in-place' | 'concern-resolved' | 'known-to-services' | 'other';
export const NO_FURTHER_ACTION_REASONS: readonly NoFurtherActionReason[] = [
  'below-threshold',
  'support-already-in-place',
  'concern-resolved',
  'known-to-services',
  'other',
];

/** How to reach the person who raised a referral, and in which language: part of the one reporter shape. */
export type ReporterContact = Pick<ReporterDetails, 'address' | 'locale'>;

export type CloseResult =
  | { status: 'closed'; closedAt: string; escalationIds: string[]; reporter: ReporterContact }
  | { status: 'alreadyClosed'; outcome?: Outcome; closedBy?: string; closedAt?: string; escalationIds: string[] }
  | { status: 'notFound' };

/** One of the reporter's own reports, as `my reports` shows it. */
export interface MyReport {
  reference: string;
  createdAt: string;
  status: string;
  outcome?: Outcome;
  /** Who looked at it, once closed. */
  closedBy?: string;
  /** The outcome notice could not reach them and waits for their next conversation. */
  outcomeWaiting: boolean;
}

/** The person acting (a duty worker claiming, closing, handing over): defined once, with the escalation. */
export type { Actor };

export interface ReferralLog {
  /** Creates the draft referral for this conversation if it has none; returns its reference. */
  ensureDraft(organisationId: string, reporter: ReporterDetails, existing: string | undefined): Promise<string>;
  recordRisk(
    organisationId: string,
    reference: string,
    risk: RiskNote,
    escalationId: string | undefined,
  ): Promise<void>;
  complete(
    organisationId: string,
    reference: string,
    summary: TriageSummary,
    signposted: string[],
    reporter: ReporterDetails,
    childReference: string | undefined,
    now: Date,
  ): Promise<CompletedReferral>;
  recordCorrection(organisationId: string, reference: string, by: Actor, now: Date): Promise<void>;
  queue(organisationId: string): Promise<QueueItem[]>;
  detail(
    organisationId: string,
    reference: string,
    viewer: Actor,
  ): Promise<{ item: QueueItem; chronology: ChronologyLine[] } | undefined>;
  claim(
    organisationId: string,
    reference: string,
    by: Actor,
    now: Date,
  ): Promise<'claimed' | 'alreadyClaimed' | 'notFound'>;
  addNote(organisationId: string, reference: string, by: Actor, note: string, now: Date): Promise<boolean>;
  /**
   * Closes once with an outcome (and, for no further action, its reason); a note goes on the record in the same write.
   */
  close(
    organisationId: string,
    reference: string,
    by: Actor,
    outcome: Outcome,
    now: Date,
    details?: { reason?: NoFurtherActionReason; note?: string },
  ): Promise<CloseResult>;
  /** The owner passes a claimed referral to another duty worker; false when it is not theirs (any more). */
  handOver(organisationId: string, reference: string, from: Actor, to: Actor, now: Date): Promise<boolean>;
  /** The owner gives a claimed referral back to the queue; false when it is not theirs (any more). */
  release(organisationId: string, reference: string, from: Actor): Promise<boolean>;
  /** The reporter's own recent reports, newest first. */
  myReports(organisationId: string, reporterId: string, limit: number): Promise<MyReport[]>;
  /** Records that the reporter was told the outcome, or that it waits for their next conversation. */
  markReporterTold(organisationId: string, reference: string, state: 'told' | 'waiting', now: Date): Promise<void>;
}
