/**
 * Suggestions in words: one view of each suggestion, in the person's language, that both the
 * Adaptive Card and the plain-text rendering are built from, so the two always say the same.
 */
import type { SupportedLocale } from '../i18n/locale';
import type { Translate, TranslateParams } from '../i18n/translate';
import {
  DAYS,
  phoneDigits,
  type Contact,
  type Day,
  type LocalizedText,
  type OpeningHours,
  type Service,
} from './directorySchema';
import type { Reason, Suggestion } from './matcher';

export const SIGNPOSTING_NAMESPACE = 'signposting';

/**
 * The keys in this module, the matcher's reasons included, are relative to the `signposting`
 * namespace; the shared translator takes "namespace:key", so renderers qualify them here, once.
 */
export function inSignpostingNamespace(t: Translate): Translate {
  return (key, params) => t(`${SIGNPOSTING_NAMESPACE}:${key}`, params);
}

/** `t` must already be in the signposting namespace (see inSignpostingNamespace). */
export interface DescribeContext {
  t: Translate;
  locale: SupportedLocale;
}

/** A tappable way to get in touch: `title` for a button, `url` a tel:, sms:, mailto: or https: link. */
export interface ContactLink {
  title: string;
  url: string;
}

export interface SuggestionView {
  id: string;
  name: string;
  description: string;
  alert?: string;
  /** Why it fits, one line. */
  why: string;
  /** How to access it, one line (referral routes and the service's own words). */
  access: string;
  hours?: string;
  /** Hours of contacts that differ from the service's, e.g. a text line. */
  contactHours: string[];
  wait?: string;
  where?: string;
  /** Specialist services: what to do while waiting (never empty for a specialist). */
  interim: string[];
  links: ContactLink[];
}

const SEPARATOR = ' · ';

export function localized(text: LocalizedText, locale: SupportedLocale): string {
  return locale === 'cy' && text.cy !== undefined ? text.cy : text['en-GB'];
}

export function reasonText(reason: Reason, t: Translate): string {
  const params: TranslateParams = { ...reason.params };
  for (const [name, keys] of Object.entries(reason.terms ?? {})) params[name] = keys.map((k) => t(k)).join('; ');
  return t(reason.key, params);
}

/** The hours in words; `openNow` (when known) is said right after the sessions, before any note. */
export function hoursText(
  hours: OpeningHours | undefined,
  ctx: DescribeContext,
  openNow?: boolean,
): string | undefined {
  if (hours === undefined) return undefined;
  const parts: string[] = [];
  if (hours.alwaysOpen === true) parts.push(ctx.t('hours.alwaysOpen'));
  for (const s of hours.sessions ?? []) {
    const closes = s.closes === '24:00' ? ctx.t('hours.midnight') : s.closes;
    parts.push(ctx.t('hours.session', { days: daysText(s.days, ctx.t), opens: s.opens, closes }));
  }
  if (parts.length > 0 && openNow !== undefined && hours.alwaysOpen !== true)
    parts[parts.length - 1] += ` (${ctx.t(openNow ? 'hours.openNow' : 'hours.closedNow')})`;
  if (hours.note !== undefined) parts.push(localized(hours.note, ctx.locale));
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function daysText(days: readonly Day[], t: Translate): string {
  const set = new Set(days);
  const has = (list: readonly Day[]): boolean => list.length === set.size && list.every((d) => set.has(d));
  if (has(DAYS)) return t('hours.everyDay');
  if (has(['mon', 'tue', 'wed', 'thu', 'fri'])) return t('hours.weekdays');
  if (has(['sat', 'sun'])) return t('hours.weekend');
  const ordered = DAYS.filter((d) => set.has(d));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const consecutive =
    first !== undefined && last !== undefined && DAYS.indexOf(last) - DAYS.indexOf(first) === ordered.length - 1;
  // The last day has its own form: Welsh mutates it after "i" (dydd Llun i ddydd Iau).
  if (consecutive && ordered.length >= 3)
    return t('hours.dayRange', { first: t(`days.${first}`), last: t(`daysAfterTo.${last}`) });
  return ordered.map((d) => t(`days.${d}`)).join(', ');
}

export function waitText(wait: Service['typicalWait'], ctx: DescribeContext): string | undefined {
  if (wait === undefined) return undefined;
  const amount =
    wait.days === 0
      ? ctx.t('wait.none')
      : wait.days === 1
        ? ctx.t('wait.oneDay')
        : wait.days < 14
          ? ctx.t('wait.days', { number: wait.days })
          : ctx.t('wait.weeks', { number: Math.round(wait.days / 7) });
  return wait.description !== undefined ? `${amount}. ${localized(wait.description, ctx.locale)}` : amount;
}

export function contactLink(contact: Contact, ctx: DescribeContext): ContactLink {
  const { t } = ctx;
  let link: ContactLink;
  if (contact.phone !== undefined)
    link = { title: t('contact.call', { number: contact.phone }), url: `tel:${phoneDigits(contact.phone)}` };
  else if (contact.text !== undefined) {
    const number = contact.text;
    const body = contact.keyword !== undefined ? `?&body=${encodeURIComponent(contact.keyword)}` : '';
    const title =
      contact.keyword !== undefined
        ? t('contact.textKeyword', { keyword: contact.keyword, number })
        : contact.kind === 'whatsapp'
          ? t('contact.whatsapp', { number })
          : t('contact.text', { number });
    link = { title, url: `sms:${phoneDigits(number)}${body}` };
  } else if (contact.email !== undefined)
    link = { title: t('contact.email', { address: contact.email }), url: `mailto:${contact.email}` };
  else {
    const kind = contact.kind === 'chat' || contact.kind === 'form' ? contact.kind : 'website';
    link = { title: t(`contact.${kind}`), url: contact.url ?? '' };
  }
  if (contact.label !== undefined)
    link.title = t('contact.withLabel', { action: link.title, label: localized(contact.label, ctx.locale) });
  return link;
}

export function accessText(s: Suggestion, ctx: DescribeContext): string {
  const routes =
    s.access.referral.length > 0
      ? s.access.referral.map((r) => ctx.t(`access.routes.${r}`)).join(', ')
      : ctx.t('access.unknown');
  return s.access.description !== undefined ? `${routes}. ${localized(s.access.description, ctx.locale)}` : routes;
}

/** General interim support, for a specialist service whose entry gives none (e.g. freshly imported). */
export const GENERIC_INTERIM_KEYS = [
  'interim.generic.keyAdult',
  'interim.generic.crisisLines',
  'interim.generic.review',
] as const;

export function describeSuggestion(s: Suggestion, ctx: DescribeContext, maxLinks = 4): SuggestionView {
  const { locale, t } = ctx;
  const service = s.service;
  const hours = hoursText(service.openingHours, ctx, s.openNow);
  const contactHours = s.contacts.flatMap((c) => {
    const text = hoursText(c.openingHours, ctx);
    return text !== undefined && c.openingHours !== undefined && !(c.openingHours.alwaysOpen === true && s.alwaysOpen)
      ? [t('hours.contact', { contact: contactLink(c, ctx).title, hours: text })]
      : [];
  });
  const interim =
    s.tier === 'specialist'
      ? s.interimSupport.length > 0
        ? s.interimSupport.map((i) => localized(i, locale))
        : GENERIC_INTERIM_KEYS.map((k) => t(k))
      : [];
  const where = service.locations
    ?.map((l) => [l.name, l.address, l.postcode].filter((p) => p !== undefined).join(', '))
    .join('; ');
  return {
    id: service.id,
    name: localized(service.name, locale),
    description: localized(service.description, locale),
    alert: service.alert !== undefined ? localized(service.alert, locale) : undefined,
    why: s.why.map((r) => reasonText(r, t)).join(SEPARATOR),
    access: accessText(s, ctx),
    hours,
    contactHours,
    wait: waitText(s.typicalWait, ctx),
    where: where === '' ? undefined : where,
    interim,
    links: s.contacts.slice(0, maxLinks).map((c) => contactLink(c, ctx)),
  };
}
