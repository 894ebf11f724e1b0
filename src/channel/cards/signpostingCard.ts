/**
 * The signposting card (Adaptive Cards 1.5) and the same content as plain text, for clients that
 * cannot show cards. Pure: a matcher result and a translator in, a plain object or string out.
 * Phone, text, email and web contacts are Action.OpenUrl with tel:, sms:, mailto: and https: links.
 */
import type { SupportedLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import {
  describeSuggestion,
  inSignpostingNamespace,
  localized,
  reasonText,
  type ContactLink,
  type DescribeContext,
  type SuggestionView,
} from '../../signposting/describe';
import type { LocalizedText, Tier } from '../../signposting/directorySchema';
import type { SignpostingResult, Suggestion } from '../../signposting/matcher';
import { cardAction, VERBS, type Surface } from './actions';
import {
  adaptiveCard,
  type ActionSet,
  type AdaptiveCard,
  type CardElement,
  type Container,
  type OpenUrlAction,
  type ShowCardAction,
  type TextBlock,
} from './adaptiveCard';

export interface SignpostingCardOptions {
  /** The shared translator, taking "namespace:key" (keys here are qualified with "signposting:"). */
  t: Translate;
  locale: SupportedLocale;
  surface: Surface;
}

const TIER_ORDER: readonly Tier[] = ['school', 'community', 'specialist'];
/** The services that fit best come first; the rest are one tap away (issue 20, point 17). */
export const FIRST_SERVICES = 3;
const SERIOUS_NOTICES = new Set([
  'notices.emergency',
  'notices.urgent',
  'notices.childProtection',
  'notices.outOfHours',
]);

/** The content once, in reading order, so the card and the text cannot disagree. */
interface SignpostingView {
  title: string;
  notices: { text: string; serious: boolean }[];
  emergencyCall?: ContactLink;
  outOfHoursNote?: string;
  crisisHeading: string;
  crisis: SuggestionView[];
  intro?: string;
  tiers: TierView[];
  /** Every service, for plain text, which cannot hide any behind a tap. */
  everyTier: TierView[];
  /** The rest of the services, in the same order, behind "more services" on the card. */
  more: { title: string; tiers: TierView[] } | undefined;
  camhs?: CamhsView;
  empty?: string;
}

interface TierView {
  heading: string;
  items: SuggestionView[];
}

/** The first FIRST_SERVICES in the matcher's order (early help first, best fit first within a tier), and the rest. */
function firstAndRest(tiers: TierView[]): { first: TierView[]; rest: TierView[] } {
  let left = FIRST_SERVICES;
  const first: TierView[] = [];
  const rest: TierView[] = [];
  for (const tier of tiers) {
    const shown = tier.items.slice(0, left);
    left -= shown.length;
    if (shown.length > 0) first.push({ heading: tier.heading, items: shown });
    if (shown.length < tier.items.length) rest.push({ heading: tier.heading, items: tier.items.slice(shown.length) });
  }
  return { first, rest };
}

interface CamhsView {
  heading: string;
  fit: string[];
  services: { view: SuggestionView; takes: string[]; doesNotTake: string[]; instead: string[] }[];
  /** Used when the directory has no CAMHS/CYPMHS entry for this child. */
  generic: string[];
  insteadEarly?: string;
  labels: { takes: string; doesNotTake: string; instead: string };
}

function buildView(result: SignpostingResult, ctx: DescribeContext): SignpostingView {
  const { t, locale } = ctx;
  const loc = (list: LocalizedText[] | undefined): string[] => (list ?? []).map((x) => localized(x, locale));
  const notices = result.notices.map((n) => ({ text: reasonText(n, t), serious: SERIOUS_NOTICES.has(n.key) }));
  const allTiers = TIER_ORDER.map((tier) => ({
    heading: t(`sections.${tier}`),
    items: result.suggestions.filter((s) => s.tier === tier).map((s) => describeSuggestion(s, ctx)),
  })).filter((g) => g.items.length > 0);
  const { first: tiers, rest } = firstAndRest(allTiers);
  const moreCount = rest.reduce((sum, tier) => sum + tier.items.length, 0);
  const camhs: CamhsView | undefined =
    result.camhs === undefined
      ? undefined
      : {
          heading: t('sections.camhs'),
          fit: result.camhs.fit.map((r) => reasonText(r, t)),
          services: result.camhs.services.map((s: Suggestion) => ({
            view: describeSuggestion(s, ctx),
            takes: loc(s.service.remit?.takes),
            doesNotTake: loc(s.service.remit?.doesNotTake),
            instead: loc(s.service.remit?.instead),
          })),
          generic:
            result.camhs.services.length === 0
              ? [t('camhs.generic.takes'), t('camhs.generic.doesNotTake'), t('camhs.generic.crisis')]
              : [],
          insteadEarly: result.suggestions.some((s) => s.tier !== 'specialist') ? t('camhs.insteadEarly') : undefined,
          labels: { takes: t('camhs.takes'), doesNotTake: t('camhs.doesNotTake'), instead: t('camhs.instead') },
        };
  const nothing =
    result.crisis.length === 0 && result.suggestions.length === 0 && (result.camhs?.services.length ?? 0) === 0;
  return {
    title: t('title'),
    notices,
    emergencyCall: result.notices.some((n) => n.key === 'notices.emergency')
      ? { title: t('contact.call999'), url: 'tel:999' }
      : undefined,
    outOfHoursNote: result.outOfHours && result.crisis.length > 0 ? t('outOfHoursNow') : undefined,
    crisisHeading: t('sections.crisis'),
    crisis: result.crisis.map((s) => describeSuggestion(s, ctx, 3)),
    intro: tiers.length > 0 ? t('intro') : undefined,
    tiers,
    everyTier: allTiers,
    more: moreCount > 0 ? { title: t('actions.moreServices', { count: moreCount }), tiers: rest } : undefined,
    camhs,
    empty: nothing ? t('noMatches') : undefined,
  };
}

// ---- Adaptive Card -------------------------------------------------------------------------

const text = (value: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
const heading = (value: string, size: TextBlock['size'] = 'medium'): TextBlock =>
  text(value, { style: 'heading', weight: 'bolder', size, spacing: 'large' });
const bullets = (items: string[]): TextBlock[] => items.map((i) => text(`• ${i}`, { spacing: 'none' }));
const links = (list: ContactLink[]): ActionSet[] =>
  list.length === 0
    ? []
    : [
        {
          type: 'ActionSet',
          actions: list.map((l): OpenUrlAction => ({ type: 'Action.OpenUrl', title: l.title, url: l.url })),
        },
      ];

function labelled(label: string, value: string | undefined): TextBlock[] {
  return value === undefined ? [] : [text(`**${label}:** ${value}`, { spacing: 'small' })];
}

function suggestionContainer(v: SuggestionView, t: Translate): Container {
  const items: CardElement[] = [
    text(v.name, { weight: 'bolder' }),
    text(v.description, { spacing: 'small' }),
    ...(v.alert !== undefined ? [text(v.alert, { color: 'warning', spacing: 'small' })] : []),
    ...(v.why !== '' ? [text(v.why, { isSubtle: true, size: 'small', spacing: 'small' })] : []),
    ...labelled(t('access.label'), v.access),
    ...labelled(t('facts.hours'), v.hours),
    ...v.contactHours.map((h) => text(h, { spacing: 'none', size: 'small' })),
    ...labelled(t('facts.wait'), v.wait),
    ...labelled(t('facts.where'), v.where),
    ...(v.interim.length > 0
      ? [text(t('interim.label'), { weight: 'bolder', spacing: 'small' }), ...bullets(v.interim)]
      : []),
    ...links(v.links),
  ];
  return { type: 'Container', separator: true, spacing: 'medium', items };
}

function crisisContainer(v: SuggestionView): Container {
  return {
    type: 'Container',
    spacing: 'small',
    items: [
      text(`**${v.name}**`),
      ...(v.why !== '' ? [text(v.why, { spacing: 'none', size: 'small' })] : []),
      ...links(v.links),
    ],
  };
}

export function signpostingCard(result: SignpostingResult, options: SignpostingCardOptions): AdaptiveCard {
  const { surface } = options;
  const t = inSignpostingNamespace(options.t);
  const view = buildView(result, { t, locale: options.locale });
  const body: CardElement[] = [heading(view.title, 'large')];
  if (view.notices.length > 0) {
    const serious = view.notices.some((n) => n.serious);
    body.push({
      type: 'Container',
      style: serious ? 'attention' : 'emphasis',
      items: [
        ...view.notices.map((n) => text(n.text, { weight: n.serious ? 'bolder' : 'default' })),
        ...links(view.emergencyCall ? [view.emergencyCall] : []),
      ],
    });
  }
  if (view.crisis.length > 0) {
    body.push({
      type: 'Container',
      style: 'warning',
      spacing: 'medium',
      items: [
        heading(view.crisisHeading),
        ...(view.outOfHoursNote !== undefined ? [text(view.outOfHoursNote, { size: 'small', spacing: 'none' })] : []),
        ...view.crisis.map(crisisContainer),
      ],
    });
  }
  if (view.intro !== undefined) body.push(text(view.intro, { isSubtle: true, spacing: 'medium' }));
  for (const tier of view.tiers) body.push(heading(tier.heading), ...tier.items.map((v) => suggestionContainer(v, t)));
  if (view.more !== undefined) {
    // Action.ShowCard opens in place, in Teams and in Web Chat alike: one tap, no message to the bot.
    const more: ShowCardAction = {
      type: 'Action.ShowCard',
      title: view.more.title,
      card: {
        type: 'AdaptiveCard',
        body: view.more.tiers.flatMap((tier) => [
          heading(tier.heading),
          ...tier.items.map((v) => suggestionContainer(v, t)),
        ]),
      },
    };
    body.push({ type: 'ActionSet', spacing: 'medium', actions: [more] });
  }
  if (view.camhs !== undefined) {
    const c = view.camhs;
    const items: CardElement[] = [
      heading(c.heading),
      ...bullets(c.fit),
      ...c.generic.map((g) => text(g, { spacing: 'small' })),
    ];
    for (const s of c.services) {
      items.push(suggestionContainer(s.view, t));
      if (s.takes.length > 0)
        items.push(text(c.labels.takes, { weight: 'bolder', spacing: 'small' }), ...bullets(s.takes));
      if (s.doesNotTake.length > 0)
        items.push(text(c.labels.doesNotTake, { weight: 'bolder', spacing: 'small' }), ...bullets(s.doesNotTake));
      if (s.instead.length > 0)
        items.push(text(c.labels.instead, { weight: 'bolder', spacing: 'small' }), ...bullets(s.instead));
    }
    if (c.insteadEarly !== undefined) items.push(text(c.insteadEarly, { spacing: 'medium' }));
    body.push({ type: 'Container', style: 'emphasis', spacing: 'large', items });
  }
  if (view.empty !== undefined) body.push(text(view.empty));
  return adaptiveCard(body, {
    lang: options.locale === 'cy' ? 'cy' : 'en',
    actions: [cardAction(surface, t('actions.searchAgain'), { verb: VERBS.signpost })],
  });
}

// ---- Plain text ----------------------------------------------------------------------------

/** Phone, text and email titles already carry the number or address; web links need their address written out. */
function linkLine(list: ContactLink[]): string[] {
  return list.map((l) => (/^(tel|sms|mailto):/.test(l.url) ? `  ${l.title}` : `  ${l.title}: ${l.url}`));
}

function suggestionLines(v: SuggestionView, t: Translate): string[] {
  return [
    v.name,
    `  ${v.description}`,
    ...(v.alert !== undefined ? [`  ! ${v.alert}`] : []),
    ...(v.why !== '' ? [`  ${v.why}`] : []),
    `  ${t('access.label')}: ${v.access}`,
    ...(v.hours !== undefined ? [`  ${t('facts.hours')}: ${v.hours}`] : []),
    ...v.contactHours.map((h) => `  ${h}`),
    ...(v.wait !== undefined ? [`  ${t('facts.wait')}: ${v.wait}`] : []),
    ...(v.where !== undefined ? [`  ${t('facts.where')}: ${v.where}`] : []),
    ...(v.interim.length > 0 ? [`  ${t('interim.label')}:`, ...v.interim.map((i) => `  - ${i}`)] : []),
    ...linkLine(v.links),
  ];
}

/** The same content as the card, for clients that cannot show cards (and for screen readers that prefer it). */
export function signpostingText(result: SignpostingResult, options: Omit<SignpostingCardOptions, 'surface'>): string {
  const t = inSignpostingNamespace(options.t);
  const view = buildView(result, { t, locale: options.locale });
  const lines: string[] = [view.title, ''];
  for (const n of view.notices) lines.push(`${n.serious ? '!! ' : ''}${n.text}`);
  if (view.emergencyCall !== undefined) lines.push(`  ${view.emergencyCall.title}`);
  if (view.notices.length > 0) lines.push('');
  if (view.crisis.length > 0) {
    lines.push(`== ${view.crisisHeading} ==`);
    if (view.outOfHoursNote !== undefined) lines.push(view.outOfHoursNote);
    for (const v of view.crisis) lines.push(v.name, ...(v.why !== '' ? [`  ${v.why}`] : []), ...linkLine(v.links));
    lines.push('');
  }
  if (view.intro !== undefined) lines.push(view.intro, '');
  for (const tier of view.everyTier) {
    lines.push(`== ${tier.heading} ==`);
    for (const v of tier.items) lines.push(...suggestionLines(v, t), '');
  }
  if (view.camhs !== undefined) {
    const c = view.camhs;
    lines.push(`== ${c.heading} ==`, ...c.fit.map((f) => `- ${f}`), ...c.generic);
    for (const s of c.services) {
      lines.push(...suggestionLines(s.view, t));
      if (s.takes.length > 0) lines.push(`  ${c.labels.takes}:`, ...s.takes.map((x) => `  - ${x}`));
      if (s.doesNotTake.length > 0) lines.push(`  ${c.labels.doesNotTake}:`, ...s.doesNotTake.map((x) => `  - ${x}`));
      if (s.instead.length > 0) lines.push(`  ${c.labels.instead}:`, ...s.instead.map((x) => `  - ${x}`));
    }
    if (c.insteadEarly !== undefined) lines.push(c.insteadEarly);
    lines.push('');
  }
  if (view.empty !== undefined) lines.push(view.empty);
  return `${lines.join('\n').trimEnd()}\n`;
}
