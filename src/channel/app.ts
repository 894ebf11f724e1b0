/**
 * The teams-ai Application: routes messages, card presses and installs to the conversation
 * service, keeps its memory in conversation state (Cosmos), and renders the replies. Replies are
 * sent only after state is saved, so a person is never told something the bot then forgets.
 */
import { ActivityTypes, type Activity, type Storage, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { Application } from '@microsoft/teams-ai';
import type { ConversationService } from '../conversation/conversationService';
import {
  conversationMemorySchema,
  emptyMemory,
  type ConversationMemory,
  type IncomingTurn,
} from '../conversation/model';
import type { EscalationStore } from '../escalation/escalationStore';
import type { Escalation } from '../escalation/model';
import type { DutyRoster } from '../escalation/roster';
import type { Localizer } from '../i18n/i18n';
import type { Translate } from '../i18n/translate';
import { isSupportedLocale, toSupportedLocale, type SupportedLocale } from '../i18n/locale';
import { safeError, type Logger } from '../observability/logger';
import type { BotAdapter } from './adapter';
import { VERBS } from './cards/actions';
import { answeredCard } from './cards/answeredCard';
import { adaptiveCard, plainLine, type AdaptiveCard } from './cards/adaptiveCard';
import { escalationCard } from './cards/escalationCard';
import { ConversationOnlyState, withoutTurnOnlyKeys } from './conversationOnlyState';
import { accessorOf, runConversationDialog } from './flowDialog';
import { TURN_LOGGER } from './messagesEndpoint';
import { renderReplies, type RenderContext } from './render';
import { urgentContactsText } from './urgentContacts';
import { cardPressOf, tenantOf, toIncomingTurn } from './turnInput';
import type { UpnDirectory } from './upnDirectory';

interface ConversationScope {
  /** The botbuilder-dialogs stack; the conversation dialog's state holds the memory. */
  dialogState?: DialogState;
  /** The language the person chose (`language` / `iaith`, or their client's switch). */
  locale?: string;
  /** The client's language last time, so a change made in the client (the web page's switch) is noticed. */
  clientLocale?: string;
}

type AppState = ConversationOnlyState<ConversationScope>;

const OUTBOX = Symbol('outbox');

export interface BotApplicationDeps {
  adapter: BotAdapter;
  storage: Storage;
  appId: string;
  conversation: ConversationService;
  roster: DutyRoster;
  localizer: Localizer;
  escalations: EscalationStore;
  logger: Logger;
  defaultLocale: SupportedLocale;
  retentionDays: number;
  outOfHoursContact?: string;
  /** THRESHOLD_DOCUMENT_NAME: names the indicative level on duty cards. */
  thresholdDocumentName?: string;
  /** THRESHOLD_LEVEL_NAMES(_CY): the document's own names for levels 1 to 4, per language. */
  thresholdLevelNames?: Partial<Record<SupportedLocale, readonly string[]>>;
  clock?: () => Date;
  /** Looks up Teams users' UPNs, for rosters that list people by UPN. */
  upns?: UpnDirectory;
}

export interface BotApplication {
  /** Runs one turn: state load, route, state save, then the queued replies. */
  run(context: TurnContext): Promise<void>;
}

export function createBotApplication(deps: BotApplicationDeps): BotApplication {
  const clock = deps.clock ?? (() => new Date());
  const app = new Application<AppState>({
    adapter: deps.adapter,
    storage: withoutTurnOnlyKeys(deps.storage),
    botAppId: deps.appId,
    startTypingTimer: false,
    longRunningMessages: false,
    removeRecipientMention: true,
    turnStateFactory: () => new ConversationOnlyState<ConversationScope>(),
  });

  const logOf = (context: TurnContext): Logger =>
    (context.turnState.get(TURN_LOGGER) as Logger | undefined) ?? deps.logger;

  const renderContext = (locale: SupportedLocale, activity: Activity): RenderContext => ({
    t: deps.localizer.t(locale),
    locale,
    surface: activity.channelId === 'msteams' ? 'teams' : 'webchat',
    retentionYears: Math.round(deps.retentionDays / 365),
    outOfHoursContact: deps.outOfHoursContact ?? deps.localizer.t(locale)('common:defaults.outOfHours'),
    thresholdDocumentName: deps.thresholdDocumentName ?? deps.localizer.t(locale)('duty:detail.thresholdDefault'),
    ...(deps.thresholdLevelNames?.[locale] ? { thresholdLevelNames: deps.thresholdLevelNames[locale] } : {}),
  });

  const queue = (context: TurnContext, activities: Partial<Activity>[]): void => {
    const pending = (context.turnState.get(OUTBOX) as Partial<Activity>[] | undefined) ?? [];
    context.turnState.set(OUTBOX, [...pending, ...activities]);
  };

  const parseMemory = (context: TurnContext, stored: unknown): ConversationMemory => {
    if (stored === undefined) return emptyMemory();
    const parsed = conversationMemorySchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    // A shape from an older release: start afresh rather than misread it.
    logOf(context).warn({ event: 'state.memory_unreadable' });
    return emptyMemory();
  };

  const chosenLocale = (state: AppState): SupportedLocale | undefined =>
    isSupportedLocale(state.conversation.locale) ? state.conversation.locale : undefined;

  const converse = async (context: TurnContext, state: AppState, input: IncomingTurn): Promise<SupportedLocale> => {
    const clientLocale = toSupportedLocale(input.activityLocale);
    if (clientLocale && state.conversation.clientLocale && clientLocale !== state.conversation.clientLocale)
      state.conversation.locale = clientLocale;
    if (clientLocale) state.conversation.clientLocale = clientLocale;
    let locale: SupportedLocale = deps.conversation.localeFor(input.activityLocale, chosenLocale(state));
    const dialogState = accessorOf<DialogState>(
      () => state.conversation.dialogState,
      (value) => {
        state.conversation.dialogState = value;
      },
    );
    await runConversationDialog(context, dialogState, async (_context, stored) => {
      const result = await deps.conversation.handle(input, parseMemory(context, stored), chosenLocale(state));
      if (result.locale) state.conversation.locale = result.locale;
      locale = result.locale ?? locale;
      queue(context, renderReplies(result.replies, renderContext(locale, context.activity)));
      return result.memory;
    });
    return locale;
  };

  /** The memory as last stored, for handlers that only read it. */
  const readMemory = (context: TurnContext, state: AppState): ConversationMemory => {
    const instance = state.conversation.dialogState?.dialogStack[0];
    const stored: unknown = instance ? (instance.state as { memory?: unknown }).memory : undefined;
    return parseMemory(context, stored);
  };

  /**
   * The turn in our terms, or undefined for a Teams user from a tenant the roster does not list:
   * they are told kindly where urgent help is, and nothing they say reaches any organisation.
   */
  const inputOf = async (context: TurnContext, state: AppState): Promise<IncomingTurn | undefined> => {
    const upn =
      deps.upns && deps.roster.listsUpns && context.activity.channelId === 'msteams'
        ? await deps.upns.upnOf(context)
        : undefined;
    const input = toIncomingTurn(context.activity, deps.roster, clock(), upn);
    if (input) return input;
    logOf(context).warn({ event: 'turn.refused_unlisted_tenant', tenantId: tenantOf(context.activity) ?? 'none' });
    const locale = chosenLocale(state) ?? toSupportedLocale(context.activity.locale) ?? deps.defaultLocale;
    const ctx = renderContext(locale, context.activity);
    queue(context, [
      {
        type: 'message',
        textFormat: 'markdown',
        locale,
        text: [ctx.t('common:unlistedTenant'), urgentContactsText(ctx, true)].join('\n\n'),
      },
    ]);
    return undefined;
  };

  app.activity(ActivityTypes.Message, async (context, state) => {
    const input = await inputOf(context, state);
    if (input) await converse(context, state, input);
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
    const memory = readMemory(context, state);
    if (!botAdded || memory.welcomed) return;
    const input = await inputOf(context, state);
    if (input) await converse(context, state, { ...input, text: 'hello' });
  });

  // Teams: Action.Execute. The returned card replaces the pressed one for the person who pressed it.
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.claim, async (context, state) => {
    const input = await inputOf(context, state);
    if (!input)
      return messageCard(deps.localizer.t(chosenLocale(state) ?? deps.defaultLocale)('common:unlistedTenant'));
    const locale = chosenLocale(state) ?? toSupportedLocale(input.activityLocale) ?? deps.defaultLocale;
    const t = deps.localizer.t(locale);
    // Card data comes from the client: check its shape before it reaches the store.
    const claim = input.card?.verb === VERBS.claim ? input.card.alert : undefined;
    if (!claim) return messageCard(t('escalation:card.notAllowed'));
    const { escalationId, organisationId } = claim;
    const outcome = await deps.conversation.claim(input, escalationId, organisationId);
    const current = await deps.escalations.get(organisationId, escalationId);
    if (outcome.status === 'notAllowed' || !current) return messageCard(t('escalation:card.notAllowed'));
    const openRoster = deps.roster.policy === 'open';
    if (current.status === 'closed') queue(context, [{ type: 'message', text: alreadyClosedText(current, t), locale }]);
    else if (outcome.status === 'alreadyClaimed')
      queue(context, [
        {
          type: 'message',
          text: t('escalation:card.alreadyClaimed', {
            name: plainLine(current.claimedBy?.name ?? current.claimedBy?.id ?? ''),
          }),
          locale,
        },
      ]);
    return forPresser(escalationCard(current, { t, locale, surface: 'teams', openRoster }));
  });

  // Teams: a duty worker who holds the alert card views it; answer with the card as it stands (only to those it was
  // sent to).
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.refresh, async (context, state) => {
    const input = await inputOf(context, state);
    if (!input)
      return messageCard(deps.localizer.t(chosenLocale(state) ?? deps.defaultLocale)('common:unlistedTenant'));
    const locale = chosenLocale(state) ?? toSupportedLocale(input.activityLocale) ?? deps.defaultLocale;
    const t = deps.localizer.t(locale);
    const asked = input.card?.verb === VERBS.refresh ? input.card.alert : undefined;
    const current =
      asked && asked.organisationId === input.organisationId
        ? await deps.escalations.get(asked.organisationId, asked.escalationId)
        : undefined;
    if (!current || !current.deliveries.some((d) => d.address?.userId === input.person.id))
      return messageCard(t('escalation:card.notAllowed'));
    return forPresser(
      escalationCard(current, { t, locale, surface: 'teams', openRoster: deps.roster.policy === 'open' }),
    );
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(
    [
      VERBS.answer,
      VERBS.storyConfirm,
      VERBS.safetyGroup,
      VERBS.outcome,
      VERBS.note,
      VERBS.open,
      VERBS.signpost,
      VERBS.misread,
      VERBS.handover,
      VERBS.release,
      VERBS.detailsSave,
      VERBS.detailsForget,
    ],
    async (context, state) => {
      const input = await inputOf(context, state);
      if (!input)
        return messageCard(deps.localizer.t(chosenLocale(state) ?? deps.defaultLocale)('common:unlistedTenant'));
      const locale = await converse(context, state, input);
      // An alert card pressed: the presser's copy shows the alert as it now stands (e.g. closed), not a bare
      // "received".
      const onAlert =
        input.card?.verb === VERBS.outcome || input.card?.verb === VERBS.note ? input.card.alert : undefined;
      const current = onAlert ? await deps.escalations.get(onAlert.organisationId, onAlert.escalationId) : undefined;
      if (current && onAlert && onAlert.organisationId === input.organisationId)
        return forPresser(
          escalationCard(current, {
            t: deps.localizer.t(locale),
            locale,
            surface: 'teams',
            openRoster: deps.roster.policy === 'open',
          }),
        );
      const answered =
        input.card?.verb === VERBS.answer
          ? answeredCard(cardPressOf(context.activity)?.data, deps.localizer.t(locale))
          : undefined;
      return answered ?? messageCard(deps.localizer.t(locale)('common:received'));
    },
  );

  app.error(async (context, err) => {
    const log = logOf(context);
    log.error({ event: 'turn.error', err: safeError(err) });
    const locale = toSupportedLocale(context.activity.locale) ?? deps.defaultLocale;
    const ctx = renderContext(locale, context.activity);
    const conflict = err instanceof Error && (err as Error & { code?: string }).code === 'STATE_CONFLICT';
    try {
      await context.sendActivity({
        type: 'message',
        textFormat: 'markdown',
        locale,
        text: [
          ctx.t(conflict ? 'common:error.state' : 'common:error.general'),
          ctx.t('common:error.notSaved'),
          urgentContactsText(ctx, true),
        ].join('\n\n'),
      });
    } catch (sendErr) {
      log.error({ event: 'turn.error_reply_failed', err: safeError(sendErr) });
    }
  });

  return {
    async run(context) {
      await app.run(context);
      const outbox = (context.turnState.get(OUTBOX) as Partial<Activity>[] | undefined) ?? [];
      if (outbox.length > 0) await context.sendActivities(outbox);
    },
  };
}

/** A kind answer to an action on an alert someone has already closed: nothing changes. */
function alreadyClosedText(e: Escalation, t: Translate): string {
  const outcome = e.closed
    ? t(`duty:outcomes.${e.closed.outcome}`, { defaultValue: e.closed.outcome })
    : t('escalation:card.closed');
  return t('escalation:card.alreadyClosed', { outcome, name: e.closed?.by.name ?? e.claimedBy?.name ?? '' });
}

/**
 * The card answered to the person who pressed: without its refresh block, which would make
 * teams-ai replace the message for everyone by the invoke's replyToId. Every holder's copy is
 * updated in place by the escalation service (PUT of the stored activity id) instead.
 */
function forPresser(card: AdaptiveCard): AdaptiveCard {
  const { refresh: _refresh, ...rest } = card;
  return rest;
}

function messageCard(text: string): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text, wrap: true }]);
}
