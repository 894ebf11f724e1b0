/**
 * What a conversation needs from the referral record. Implemented over the Cosmos referral
 * repository; named by role so the conversation logic never depends on storage.
 */
import type { TriageSummary } from '../flows';
import type { RiskAssessment } from '../risk/types';
import type { ChannelKind, ChronologyLine, QueueItem } from './model';

export interface ReporterDetails {
  id: string;
  name?: string;
  aadObjectId?: string;
  upn?: string;
  channel: ChannelKind;
  locale: 'en-GB' | 'cy';
  role?: string;
  phone?: string;
  organisationName?: string;
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

export type Outcome = 'advice-given' | 'early-help-offered' | 'referred-childrens-social-care' | 'referred-police' | 'no-further-action';
export const OUTCOMES: readonly Outcome[] = ['advice-given', 'early-help-offered', 'referred-childrens-social-care', 'referred-police', 'no-further-action'];

export interface Actor {
  id: string;
  name?: string;
}

export interface ReferralLog {
  /** Creates the draft referral for this conversation if it has none; returns its reference. */
  ensureDraft(organisationId: string, reporter: ReporterDetails, existing: string | undefined): Promise<string>;
  recordRisk(organisationId: string, reference: string, risk: RiskNote, escalationId: string | undefined): Promise<void>;
  complete(organisationId: string, reference: string, summary: TriageSummary, signposted: string[], reporter: ReporterDetails, childReference: string | undefined, now: Date): Promise<CompletedReferral>;
  recordCorrection(organisationId: string, reference: string, by: Actor, now: Date): Promise<void>;
  queue(organisationId: string): Promise<QueueItem[]>;
  detail(organisationId: string, reference: string, viewer: Actor): Promise<{ item: QueueItem; chronology: ChronologyLine[] } | undefined>;
  claim(organisationId: string, reference: string, by: Actor, now: Date): Promise<'claimed' | 'alreadyClaimed' | 'notFound'>;
  addNote(organisationId: string, reference: string, by: Actor, note: string, now: Date): Promise<boolean>;
  close(organisationId: string, reference: string, by: Actor, outcome: Outcome, now: Date): Promise<boolean>;
}
