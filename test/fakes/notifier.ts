/**
 * The channel in memory: records every card sent (with the activity id it answered), every
 * in-place update (by activity id) and every reporter notice, and can be told that a
 * conversation is gone (403/404), as a closed web chat or a removed Teams user would be.
 */
import type { SupportedLocale } from '../../src/i18n/locale';
import { randomUUID } from 'node:crypto';
import type { ConversationAddress } from '../../src/escalation/address';
import type { Escalation } from '../../src/escalation/model';
import { DeliveryError, type Notifier, type ReporterNotice } from '../../src/escalation/notifier';

export interface SentCard {
  conversationId: string;
  activityId: string;
  escalation: Escalation;
}

export interface CardUpdate {
  conversationId: string;
  activityId: string;
  escalation: Escalation;
}

export interface SentNotice {
  conversationId: string;
  locale: SupportedLocale;
  notice: ReporterNotice;
}

export class FakeNotifier implements Notifier {
  readonly cards: SentCard[] = [];
  readonly updates: CardUpdate[] = [];
  readonly notices: SentNotice[] = [];
  readonly opened: { aadObjectId?: string; conversationId: string }[] = [];
  private readonly gone = new Set<string>();
  private gate: Promise<void> | undefined;

  /** Every later send to this conversation fails as gone. */
  goneFor(conversationId: string): void {
    this.gone.add(conversationId);
  }

  async deliverEscalation(address: ConversationAddress, escalation: Escalation): Promise<{ activityId?: string }> {
    this.refuseIfGone(address);
    const activityId = `act-${randomUUID()}`;
    this.cards.push({ conversationId: address.conversationId, activityId, escalation: structuredClone(escalation) });
    return { activityId };
  }

  async updateEscalation(address: ConversationAddress, activityId: string, escalation: Escalation): Promise<void> {
    this.refuseIfGone(address);
    const update = { conversationId: address.conversationId, activityId, escalation: structuredClone(escalation) };
    const gate = this.gate;
    this.gate = undefined;
    if (gate) await gate;
    this.updates.push(update);
  }

  /** Holds the next card update on its way (a slow connector) until the returned function is called. */
  holdNextUpdate(): () => void {
    let release: () => void = () => undefined;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  async notifyReporter(address: ConversationAddress, locale: SupportedLocale, notice: ReporterNotice): Promise<void> {
    this.refuseIfGone(address);
    this.notices.push({ conversationId: address.conversationId, locale, notice: structuredClone(notice) });
  }

  async openPersonalConversation(target: {
    aadObjectId?: string;
    upn?: string;
    tenantId?: string;
    serviceUrl: string;
    botId?: string;
  }): Promise<ConversationAddress> {
    if (!target.aadObjectId) throw new DeliveryError('gone', undefined);
    const conversationId = `a:created-${randomUUID()}`;
    this.opened.push({ aadObjectId: target.aadObjectId, conversationId });
    return {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversationId,
      userId: target.aadObjectId,
      aadObjectId: target.aadObjectId,
      botId: target.botId ?? '28:bot',
    };
  }

  /** The latest card state each conversation's copy shows: the update if any, else what was sent. */
  latestCardIn(conversationId: string): Escalation | undefined {
    const sent = this.cards.filter((c) => c.conversationId === conversationId);
    const updated = this.updates.filter(
      (u) => u.conversationId === conversationId && sent.some((c) => c.activityId === u.activityId),
    );
    return (updated[updated.length - 1] ?? sent[sent.length - 1])?.escalation;
  }

  noticesTo(conversationId: string): ReporterNotice[] {
    return this.notices.filter((n) => n.conversationId === conversationId).map((n) => n.notice);
  }

  private refuseIfGone(address: ConversationAddress): void {
    if (this.gone.has(address.conversationId)) throw new DeliveryError('gone', 403);
  }
}
