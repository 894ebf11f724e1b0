/**
 * What escalation needs from a messaging channel. The Teams implementation lives in src/channel;
 * tests of escalation logic can use a hand-written fake.
 */
import type { ConversationAddress } from './address';
import type { SupportedLocale } from '../i18n/locale';
import type { Escalation } from './model';

export class DeliveryError extends Error {
  constructor(
    readonly kind: 'retryable' | 'gone',
    readonly status: number | undefined,
    readonly retryAfterMs?: number,
  ) {
    super(`delivery ${kind}${status ? ` (${status})` : ''}`);
    this.name = 'DeliveryError';
  }
}

export type ReporterNotice =
  | { kind: 'claimed'; reference: string; claimedBy: string; at: string }
  | {
      kind: 'stillUnclaimed';
      reference: string;
      alerted: string[];
      phoneOnly: { name: string; phone: string }[];
      outOfHoursContact?: string;
      level: Escalation['level'];
    }
  | {
      kind: 'nobodyReachable';
      reference: string;
      outOfHoursContact?: string;
      level: Escalation['level'];
      phoneOnly?: { name: string; phone: string }[];
    }
  | { kind: 'handedOver'; reference: string; to: string }
  /**
   * The concern was looked at and closed: who looked at it and the outcome, never their notes or other agencies'
   * details.
   */
  | { kind: 'outcome'; reference: string; outcome: string; closedBy: string; at: string };

export interface Notifier {
  /** Sends the escalation card; returns the activity id so the card can be updated on claim. */
  deliverEscalation(address: ConversationAddress, escalation: Escalation): Promise<{ activityId?: string }>;
  updateEscalation(address: ConversationAddress, activityId: string, escalation: Escalation): Promise<void>;
  notifyReporter(address: ConversationAddress, locale: SupportedLocale, notice: ReporterNotice): Promise<void>;
  /** Opens a 1:1 chat with someone the bot has not talked to (createConversation with member and tenant). */
  openPersonalConversation(target: {
    aadObjectId?: string;
    upn?: string;
    tenantId?: string;
    serviceUrl: string;
    botId?: string;
  }): Promise<ConversationAddress>;
}
