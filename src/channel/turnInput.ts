/**
 * Converts an inbound activity into the conversation's own terms (IncomingTurn): who, where,
 * which organisation, what was typed or pressed, and the address to reach them again.
 */
import type { Activity } from 'botbuilder';
import type { ConversationAddress } from '../escalation/address';
import { DEFAULT_ORGANISATION_ID, type DutyRoster } from '../escalation/roster';
import type { IncomingTurn } from '../conversation/model';
import { parseCardSubmit, type CardSubmit } from '../conversation/cardSubmit';
import { organisationFromWebChatUserId } from './webchat/identity';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A card press's verb and every field it sent: an Action.Execute invoke's data, or an Action.Submit message's value.
 */
export function cardPressOf(activity: Activity): { verb: string; data: Record<string, unknown> } | undefined {
  if (
    activity.type === 'invoke' &&
    activity.name === 'adaptiveCard/action' &&
    isRecord(activity.value) &&
    isRecord(activity.value.action)
  ) {
    const action = activity.value.action;
    const data = isRecord(action.data) ? action.data : {};
    const verb = typeof action.verb === 'string' ? action.verb : typeof data.verb === 'string' ? data.verb : undefined;
    return verb ? { verb, data } : undefined;
  }
  if (activity.type === 'message' && isRecord(activity.value) && typeof activity.value.verb === 'string')
    return { verb: activity.value.verb, data: activity.value };
  return undefined;
}

/** A card press parsed by its verb's schema. */
export function cardSubmitOf(activity: Activity): CardSubmit | undefined {
  const press = cardPressOf(activity);
  return press ? parseCardSubmit(press.verb, press.data) : undefined;
}

export function tenantOf(activity: Activity): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  const channelData: unknown = activity.channelData;
  const fromChannelData =
    isRecord(channelData) && isRecord(channelData.tenant) && typeof channelData.tenant.id === 'string'
      ? channelData.tenant.id
      : undefined;
  return fromConversation ?? fromChannelData;
}

export function addressOf(activity: Activity, locale?: string): ConversationAddress {
  const tenantId = tenantOf(activity);
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    userId: activity.from.id,
    ...(activity.from.name ? { userName: activity.from.name } : {}),
    ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
    botId: activity.recipient.id,
    ...(activity.recipient.name ? { botName: activity.recipient.name } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...((locale ?? activity.locale) ? { locale: locale ?? activity.locale } : {}),
  };
}

/** The Teams client's locale is in the clientInfo entity when the activity carries none. */
function activityLocale(activity: Activity): string | undefined {
  if (activity.locale) return activity.locale;
  const info = activity.entities?.find((e) => e.type === 'clientInfo');
  return info && typeof info.locale === 'string' ? info.locale : undefined;
}

/**
 * Only Teams vouches for an Entra identity: on every other channel `from.aadObjectId` is whatever
 * the client sent, so it is dropped and identity comes from the access code alone.
 */
function vouchedPerson(activity: Activity, upn: string | undefined): IncomingTurn['person'] {
  const teams = activity.channelId === 'msteams';
  return {
    id: activity.from.id,
    ...(activity.from.name ? { name: activity.from.name } : {}),
    ...(teams && activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
    ...(teams && upn ? { upn } : {}),
  };
}

/** The organisation a Teams user reports to; undefined when a roster lists neither their tenant nor them. */
export function teamsOrganisationOf(activity: Activity, roster: DutyRoster, upn?: string): string | undefined {
  const person = vouchedPerson(activity, upn);
  return roster.organisationForTeamsUser({ aadObjectId: person.aadObjectId, upn: person.upn }, tenantOf(activity));
}

/** The turn in our own terms; undefined for a Teams user whose tenant no organisation lists (they are refused). */
export function toIncomingTurn(
  activity: Activity,
  roster: DutyRoster,
  now: Date,
  upn?: string,
): IncomingTurn | undefined {
  const teams = activity.channelId === 'msteams';
  const tenantId = tenantOf(activity);
  const person = vouchedPerson(activity, upn);
  const organisationId = teams
    ? teamsOrganisationOf(activity, roster, upn)
    : (organisationFromWebChatUserId(activity.from.id) ?? DEFAULT_ORGANISATION_ID);
  if (organisationId === undefined) return undefined;
  const card = cardSubmitOf(activity);
  const text = typeof activity.text === 'string' ? activity.text : undefined;
  const locale = activityLocale(activity);
  return {
    channel: teams ? 'msteams' : 'webchat',
    personal: teams && (activity.conversation.conversationType ?? 'personal') === 'personal',
    person,
    ...(tenantId ? { tenantId } : {}),
    organisationId: teams || roster.configured ? organisationId : DEFAULT_ORGANISATION_ID,
    ...(text !== undefined && !card ? { text } : {}),
    ...(card ? { card } : {}),
    ...(locale ? { activityLocale: locale } : {}),
    address: addressOf(activity, locale),
    now,
  };
}
