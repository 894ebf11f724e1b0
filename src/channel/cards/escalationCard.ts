/**
 * The card a duty worker receives: urgency, indicators and the words that triggered them, what has
 * been shared, who reported it and how to reach them, the reference, and a Claim button. Once
 * claimed, the same card shows who owns it and lets them record an outcome or a note.
 */
import type { SupportedLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { Escalation } from '../../escalation/model';
import { NO_FURTHER_ACTION_REASONS, OUTCOMES } from '../../conversation/ports';
import { formatUkTime } from '../../time/ukTime';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, plainLine, type AdaptiveCard, type CardElement } from './adaptiveCard';

export interface EscalationCardContext {
  t: Translate;
  locale: SupportedLocale;
  surface: Surface;
  /** DUTY_ROSTER=open (a demonstration tenant): anyone may go on duty, and the card says so. */
  openRoster?: boolean;
}

const LEVEL_COLOUR = { immediate: 'attention', urgent: 'attention', concern: 'warning' } as const;

function time(iso: string, locale: SupportedLocale): string {
  return formatUkTime(iso, locale, 'dayTime');
}

/** Teams lists at most 60 users for a refresh. */
const MAX_REFRESH_USERS = 60;

/**
 * Universal Actions refresh: when a duty worker who holds the card views it, Teams fetches it as it
 * stands, so a card whose in-place update was lost (throttled, offline) still shows the claim or
 * the outcome. Only the people it was sent to are listed.
 */
function refreshFor(e: Escalation): AdaptiveCard['refresh'] {
  const userIds = [
    ...new Set(e.deliveries.filter((d) => d.address?.channelId === 'msteams').map((d) => d.address?.userId as string)),
  ].slice(0, MAX_REFRESH_USERS);
  if (userIds.length === 0) return undefined;
  return {
    action: cardAction('teams', '', { verb: VERBS.refresh, escalationId: e.id, organisationId: e.organisationId }),
    userIds,
  };
}

export function escalationCard(e: Escalation, { t, locale, surface, openRoster }: EscalationCardContext): AdaptiveCard {
  const refresh = surface === 'teams' ? refreshFor(e) : undefined;
  const level = t(`escalation:levels.${e.level}`);
  const body: CardElement[] = [
    {
      type: 'Container',
      style: e.level === 'concern' ? 'warning' : 'attention',
      bleed: true,
      items: [
        {
          type: 'TextBlock',
          text: t('escalation:card.title', { level }),
          weight: 'bolder',
          size: 'large',
          wrap: true,
          color: LEVEL_COLOUR[e.level],
          style: 'heading',
        },
        {
          type: 'TextBlock',
          text: t('escalation:card.reference', { reference: e.referralId, time: time(e.createdAt, locale) }),
          wrap: true,
          spacing: 'none',
          isSubtle: true,
        },
      ],
    },
  ];
  if (openRoster)
    body.push({
      type: 'TextBlock',
      text: t('escalation:card.openRoster'),
      wrap: true,
      weight: 'bolder',
      color: 'attention',
    });
  if (e.indicators.length)
    body.push({
      type: 'TextBlock',
      text: t('escalation:card.indicators', {
        list: e.indicators.map((i) => t(`escalation:indicators.${i}`)).join(', '),
      }),
      wrap: true,
    });
  if (e.triggerWords.length)
    body.push({
      type: 'TextBlock',
      text: t('escalation:card.words', { words: e.triggerWords.map((w) => `“${plainLine(w)}”`).join(', ') }),
      wrap: true,
    });
  for (const reason of e.reasons.slice(0, 5))
    body.push({ type: 'TextBlock', text: `• ${plainLine(reason)}`, wrap: true, spacing: 'none' });
  if (e.shared.length)
    body.push({
      type: 'FactSet',
      facts: e.shared.map((s) => ({
        title: t(`escalation:shared.${s.label}`, { defaultValue: s.label }),
        value: plainLine(s.value),
      })),
      separator: true,
    });
  const reporter = e.reporter;
  body.push({
    type: 'FactSet',
    separator: true,
    facts: [
      {
        title: t('escalation:card.reporter'),
        value: plainLine([reporter.name, reporter.role].filter(Boolean).join(', ') || t('escalation:card.unknown')),
      },
      { title: t('escalation:card.callBack'), value: plainLine(reporter.phone ?? t('escalation:card.viaChat')) },
      ...(reporter.organisationName
        ? [{ title: t('escalation:card.organisation'), value: plainLine(reporter.organisationName) }]
        : []),
      {
        title: t('escalation:card.channel'),
        value: t(`escalation:channels.${reporter.channel === 'msteams' ? 'msteams' : 'webchat'}`),
      },
    ],
  });
  for (const c of e.corrections)
    body.push({
      type: 'TextBlock',
      text: t('escalation:card.correction', { time: time(c.at, locale) }),
      wrap: true,
      color: 'warning',
    });
  body.push({ type: 'TextBlock', text: t('escalation:card.humanReview'), wrap: true, isSubtle: true, size: 'small' });

  if (e.status === 'open') {
    if (e.rounds > 0)
      body.push({
        type: 'TextBlock',
        text: t('escalation:card.resent', { count: e.rounds }),
        wrap: true,
        color: 'attention',
      });
    return adaptiveCard(body, {
      actions: [
        cardAction(
          surface,
          t('escalation:card.claim'),
          { verb: VERBS.claim, escalationId: e.id, organisationId: e.organisationId },
          'positive',
        ),
      ],
      fallbackText: t('escalation:card.title', { level }),
      lang: locale === 'cy' ? 'cy' : 'en',
      ...(refresh ? { refresh } : {}),
    });
  }
  const by = e.claimedBy;
  body.push({
    type: 'TextBlock',
    text: t('escalation:card.claimedBy', {
      name: plainLine(by?.name ?? by?.id ?? ''),
      time: by ? time(by.at, locale) : '',
    }),
    wrap: true,
    weight: 'bolder',
    color: 'good',
    separator: true,
  });
  if (e.status === 'claimed') {
    body.push(
      ...outcomeAndNoteInputs(t, surface, {
        referralId: e.referralId,
        organisationId: e.organisationId,
        escalationId: e.id,
      }),
    );
  } else if (e.closed) {
    const closedBy = plainLine(e.closed.by.name ?? by?.name ?? '');
    body.push({
      type: 'TextBlock',
      text: t('escalation:card.closedBy', {
        name: closedBy,
        time: time(e.closed.at, locale),
        outcome: t(`duty:outcomes.${e.closed.outcome}`, { defaultValue: e.closed.outcome }),
      }),
      wrap: true,
      weight: 'bolder',
    });
  } else body.push({ type: 'TextBlock', text: t('escalation:card.closed'), wrap: true, isSubtle: true });
  return adaptiveCard(body, {
    fallbackText: t('escalation:card.title', { level }),
    lang: locale === 'cy' ? 'cy' : 'en',
    ...(refresh ? { refresh } : {}),
  });
}

/**
 * What a duty worker records on a referral: the outcome ("no further action" needs a reason, KCSIE;
 * the duty desk checks it), and a note. The alert card and the queue's referral card both carry it.
 */
export function outcomeAndNoteInputs(
  t: Translate,
  surface: Surface,
  on: { referralId: string; organisationId: string; escalationId?: string },
): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'outcome',
      label: t('escalation:card.outcomeLabel'),
      style: 'compact',
      choices: OUTCOMES.map((o) => ({ title: t(`duty:outcomes.${o}`), value: o })),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'reason',
      label: t('escalation:card.reasonLabel'),
      style: 'compact',
      choices: NO_FURTHER_ACTION_REASONS.map((r) => ({ title: t(`duty:reasons.${r}`), value: r })),
    },
    {
      type: 'ActionSet',
      actions: [cardAction(surface, t('escalation:card.recordOutcome'), { verb: VERBS.outcome, ...on })],
    },
    { type: 'Input.Text', id: 'note', label: t('escalation:card.noteLabel'), isMultiline: true, maxLength: 4000 },
    { type: 'ActionSet', actions: [cardAction(surface, t('escalation:card.addNote'), { verb: VERBS.note, ...on })] },
  ];
}
