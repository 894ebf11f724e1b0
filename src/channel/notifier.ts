/**
 * Proactive delivery to duty workers and reporters (implements escalation's Notifier): continue a
 * stored conversation, or create a 1:1 chat with a member of the tenant. Connector failures are
 * classified so escalation knows to retry (429, 5xx, network) or move on (403, 404: gone).
 */
import type { Activity, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationAddress } from '../escalation/address';
import type { Escalation } from '../escalation/model';
import { DeliveryError, type Notifier, type ReporterNotice } from '../escalation/notifier';
import type { Localizer } from '../i18n/i18n';
import { toSupportedLocale, type SupportedLocale } from '../i18n/locale';
import { formatUkTime } from '../time/ukTime';
import type { BotAdapter } from './adapter';
import { plainLine } from './cards/adaptiveCard';
import type { UpnDirectory } from './upnDirectory';
import { escalationCard } from './cards/escalationCard';
import { cardActivity } from './render';

export function toReference(address: ConversationAddress): Partial<ConversationReference> {
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: {
      id: address.conversationId,
      isGroup: false,
      conversationType: 'personal',
      name: '',
      ...(address.tenantId ? { tenantId: address.tenantId } : {}),
    },
    user: {
      id: address.userId,
      name: address.userName ?? '',
      ...(address.aadObjectId ? { aadObjectId: address.aadObjectId } : {}),
    },
    bot: { id: address.botId, name: address.botName ?? '' },
    ...(address.locale ? { locale: address.locale } : {}),
  };
}

/** Maps a connector error to what escalation should do about it. */
export function classifyDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    statusCode?: unknown;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfterHeader = e.response?.headers?.get?.('retry-after');
  const retryAfterMs =
    retryAfterHeader !== undefined && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) * 1000 : undefined;
  if (status === 403 || status === 404) return new DeliveryError('gone', status);
  return new DeliveryError('retryable', status, retryAfterMs);
}

export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: BotAdapter,
    private readonly appId: string,
    private readonly localizer: Localizer,
    private readonly defaultLocale: SupportedLocale,
    /**
     * openRoster (DUTY_ROSTER=open): every duty card says anyone may go on duty. upns: object ids of people listed by
     * UPN.
     */
    private readonly options: { openRoster?: boolean; upns?: UpnDirectory } = {},
  ) {}

  async deliverEscalation(address: ConversationAddress, escalation: Escalation): Promise<{ activityId?: string }> {
    const activity = this.escalationActivity(address, escalation);
    return { activityId: await this.send(address, activity) };
  }

  async updateEscalation(address: ConversationAddress, activityId: string, escalation: Escalation): Promise<void> {
    const activity = this.escalationActivity(address, escalation);
    await this.continueWith(address, async (context) => {
      if (address.channelId === 'msteams') await context.updateActivity({ ...activity, id: activityId });
      // Web Chat cannot replace a sent card: the update arrives as a new message.
      else await context.sendActivity(activity);
    });
  }

  async notifyReporter(address: ConversationAddress, locale: SupportedLocale, notice: ReporterNotice): Promise<void> {
    const t = this.localizer.t(locale);
    const time = (iso: string) => formatUkTime(iso, locale, 'time');
    const lines: string[] = [];
    switch (notice.kind) {
      case 'claimed':
        lines.push(
          t('escalation:notice.claimed', {
            name: plainLine(notice.claimedBy),
            reference: notice.reference,
            time: time(notice.at),
          }),
        );
        break;
      case 'stillUnclaimed':
        lines.push(
          notice.alerted.length
            ? t('escalation:notice.stillUnclaimed', {
                reference: notice.reference,
                alerted: plainLine(notice.alerted.join(', ')),
              })
            : t('escalation:notice.stillUnclaimedNobody', { reference: notice.reference }),
        );
        for (const p of notice.phoneOnly) lines.push(t('escalation:notice.phone', { name: p.name, phone: p.phone }));
        lines.push(
          t('escalation:notice.outOfHours', { contact: notice.outOfHoursContact ?? t('common:defaults.outOfHours') }),
        );
        if (notice.level === 'immediate') lines.push(t('escalation:notice.call999'));
        break;
      case 'nobodyReachable':
        lines.push(t('escalation:notice.nobodyReachable', { reference: notice.reference }));
        for (const p of notice.phoneOnly ?? [])
          lines.push(t('escalation:notice.phone', { name: p.name, phone: p.phone }));
        lines.push(
          t('escalation:notice.outOfHours', { contact: notice.outOfHoursContact ?? t('common:defaults.outOfHours') }),
        );
        lines.push(t('escalation:notice.call999'));
        break;
      case 'handedOver':
        lines.push(t('escalation:notice.handedOver', { reference: notice.reference, name: plainLine(notice.to) }));
        break;
      case 'outcome':
        // Plain words only: the duty worker's notes and other agencies' details stay on the record.
        lines.push(
          t(notice.closedBy ? 'escalation:notice.outcome' : 'escalation:notice.outcomeNoName', {
            reference: notice.reference,
            name: plainLine(notice.closedBy),
            outcome: t(`duty:outcomesPlain.${notice.outcome}`),
          }),
        );
        break;
    }
    await this.send(address, { type: 'message', text: lines.join('\n\n'), textFormat: 'markdown', locale });
  }

  async openPersonalConversation(target: {
    aadObjectId?: string;
    upn?: string;
    tenantId?: string;
    serviceUrl: string;
    botId?: string;
  }): Promise<ConversationAddress> {
    // Teams creates a 1:1 chat from the member's Entra object id; a UPN is usable once its object id is known.
    const aadObjectId = target.aadObjectId ?? (target.upn ? this.options.upns?.objectIdOf(target.upn) : undefined);
    if (!aadObjectId) throw new DeliveryError('gone', undefined);
    const parameters = {
      isGroup: false,
      bot: { id: target.botId ?? `28:${this.appId}`, name: '' },
      members: [{ id: aadObjectId, name: '' }],
      ...(target.tenantId ? { tenantId: target.tenantId, channelData: { tenant: { id: target.tenantId } } } : {}),
    } as ConversationParameters;
    let address: ConversationAddress | undefined;
    try {
      // Errors here are thrown by the create call itself, before any turn logic runs.
      await this.adapter.createConversationAsync(
        this.appId,
        'msteams',
        target.serviceUrl,
        this.appId ? 'https://api.botframework.com' : '',
        parameters,
        async (context) => {
          address = {
            channelId: 'msteams',
            serviceUrl: target.serviceUrl,
            conversationId: context.activity.conversation.id,
            userId: aadObjectId,
            aadObjectId,
            botId: parameters.bot.id,
            ...(target.tenantId ? { tenantId: target.tenantId } : {}),
          };
        },
      );
    } catch (err) {
      throw classifyDeliveryError(err);
    }
    if (!address) throw new DeliveryError('retryable', undefined);
    return address;
  }

  private escalationActivity(address: ConversationAddress, escalation: Escalation): Partial<Activity> {
    const locale = toSupportedLocale(address.locale) ?? this.defaultLocale;
    const card = escalationCard(escalation, {
      t: this.localizer.t(locale),
      locale,
      surface: address.channelId === 'msteams' ? 'teams' : 'webchat',
      openRoster: this.options.openRoster === true,
    });
    return cardActivity(card, locale);
  }

  private async send(address: ConversationAddress, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.continueWith(address, async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  private async continueWith(
    address: ConversationAddress,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    // The adapter hands errors inside a turn to onTurnError, which would swallow a failed send and
    // make an undelivered escalation look delivered: catch it here and rethrow it after the turn.
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(this.appId, toReference(address), async (context) => {
        try {
          await logic(context);
        } catch (err) {
          failure = err ?? new Error('send failed');
        }
      });
    } catch (err) {
      throw classifyDeliveryError(err);
    }
    if (failure !== undefined) throw classifyDeliveryError(failure);
  }
}
