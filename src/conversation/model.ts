/**
 * The conversation in our own terms: what arrives in a turn, what the bot remembers between turns,
 * and what it says back. The channel converts activities to and from these; nothing here knows
 * the Bot Framework.
 */
import { z } from 'zod';
import { flowStateSchema, type FlowOutput, type QuestionOutput } from '../flows';
import { pendingStorySchema } from './story/storyReading';
import { conversationAddressSchema, type ConversationAddress } from '../escalation/address';
import type { TranslateParams } from '../i18n/translate';
import { RISK_INDICATORS, RISK_LEVELS, type RiskLevel } from '../risk/types';
import type { SignpostingResult } from '../signposting/matcher';
import type { SupportedLocale } from '../i18n/locale';
import type { CardSubmit } from './cardSubmit';
import type { MyDetailsView } from '../reporterDetails/view';
import { AGE_BANDS } from '../referrals/ageBand';

export type ChannelKind = 'msteams' | 'webchat';

export interface Person {
  id: string;
  name?: string;
  aadObjectId?: string;
  upn?: string;
}

export type { CardSubmit } from './cardSubmit';

export interface IncomingTurn {
  channel: ChannelKind;
  /** Teams personal chat (duty commands are only there). */
  personal: boolean;
  person: Person;
  tenantId?: string;
  organisationId: string;
  /** What the person typed, if anything. */
  text?: string;
  card?: CardSubmit;
  activityLocale?: string;
  address: ConversationAddress;
  now: Date;
}

/** A line of wording: an i18n key and its values. */
export interface Line {
  key: string;
  params?: TranslateParams;
  /** Values that are themselves i18n keys, translated before they are put in. */
  keyParams?: Record<string, string>;
}

export type Reply =
  | { kind: 'lines'; lines: Line[]; style?: 'normal' | 'alert' }
  | { kind: 'flow'; output: FlowOutput; reask?: Extract<FlowOutput, { kind: 'reask' }> }
  | { kind: 'signposting'; result: SignpostingResult }
  | { kind: 'welcome' }
  | { kind: 'help' }
  | { kind: 'privacy' }
  | { kind: 'dutyQueue'; items: QueueItem[] }
  | { kind: 'referralDetail'; item: QueueItem; chronology: ChronologyLine[] }
  | { kind: 'handover'; items: HandoverItem[]; colleagues: Colleague[] }
  /** What the bot read from the person's own account: one card, every answer editable (story/). */
  | { kind: 'storyConfirm'; questions: QuestionOutput[] }
  /** The safety questions together on one card, each required (story/safetyGroup.ts). */
  | { kind: 'safetyGroup'; questions: QuestionOutput[] }
  /** `my details`: what is remembered about this person, to check, change or clear (src/reporterDetails). */
  | { kind: 'myDetails'; view: MyDetailsView };

/** A claimed, unclosed escalation its owner must hand over or release before going off duty. */
export interface HandoverItem {
  escalationId: string;
  organisationId: string;
  reference: string;
  level: 'concern' | 'urgent' | 'immediate';
}

/** Another duty worker on duty now, who can take a claim over. */
export interface Colleague {
  userId: string;
  name: string;
}

export interface QueueItem {
  reference: string;
  organisationId: string;
  status: string;
  level: RiskLevel;
  indicators: string[];
  needs: string[];
  ageBand?: string;
  /** Indicative level of need (1–4), for the duty worker's eyes only. */
  levelOfNeed?: number;
  createdAt: string;
  reporterName?: string;
  owner?: string;
  escalationId?: string;
  escalationStatus?: string;
}

export interface ChronologyLine {
  date: string;
  level: RiskLevel;
  needs: string[];
  status: string;
}

/** What the bot remembers about one conversation (stored with the conversation state). */
export const conversationMemorySchema = z.object({
  welcomed: z.boolean().default(false),
  flow: flowStateSchema.optional(),
  /** The referral being written in this conversation (its reference). */
  referral: z.string().optional(),
  /** Highest risk raised in this report, from text and answers. */
  riskLevel: z.enum(RISK_LEVELS).default('none'),
  indicators: z.array(z.enum(RISK_INDICATORS)).default([]),
  /** Highest level already sent to a duty worker, so the same disclosure is not escalated twice. */
  escalatedLevel: z.enum(RISK_LEVELS).default('none'),
  escalatedIndicators: z.array(z.enum(RISK_INDICATORS)).default([]),
  escalations: z.array(z.string()).default([]),
  /** What became of this report's alerts: one reached a duty worker, or all wait for the next one on duty. */
  alert: z.enum(['sent', 'waiting']).optional(),
  address: conversationAddressSchema.optional(),
  /** This person went on duty in this conversation: their stored address is refreshed on each message. */
  onDuty: z.boolean().default(false),
  /** The bot has just asked "Is anyone in danger right now?" and reads the next message as the answer. */
  safetyQuestionPending: z.boolean().default(false),
  /** An opening account read and shown on the confirm card, not yet confirmed. */
  story: pendingStorySchema.optional(),
  /** CAMHS was named or asked for in this report's words: the signposting explains what it takes. */
  camhsMentioned: z.boolean().default(false),
  /**
   * What the last logged report said that "look for other help" would ask again (issue 17 item 3):
   * the child's age band (as the referral keeps it) and area only. Cleared when another report starts.
   */
  reportKnows: z.object({ ageBand: z.enum(AGE_BANDS).optional(), area: z.string().max(40).optional() }).optional(),
});
export type ConversationMemory = z.infer<typeof conversationMemorySchema>;

export function emptyMemory(): ConversationMemory {
  return conversationMemorySchema.parse({});
}

export interface TurnResult {
  replies: Reply[];
  memory: ConversationMemory;
  /** The person chose a language. */
  locale?: SupportedLocale;
}
