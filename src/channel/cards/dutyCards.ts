/**
 * The duty queue (most urgent first) and one referral opened from it, as Adaptive Cards. Only
 * pseudonymous facts: reference, level, needs, age band, who reported and who owns it.
 */
import type { SupportedLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import type { ChronologyLine, QueueItem } from '../../conversation/model';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, plainLine, plainText, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { outcomeAndNoteInputs } from './escalationCard';

export interface DutyCardContext {
  t: Translate;
  locale: SupportedLocale;
  surface: Surface;
  /** The deploying authority's threshold document, which names the indicative level (duty cards only). */
  thresholdDocumentName?: string;
  /** The document's own names for levels 1 to 4 (THRESHOLD_LEVEL_NAMES), when the operator gave them. */
  thresholdLevelNames?: readonly string[];
}

function day(iso: string, locale: SupportedLocale): string {
  return new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function summaryLine(item: QueueItem, t: Translate, locale: SupportedLocale): string {
  const needs = item.needs.map((n) => t(`duty:needs.${n}`, { defaultValue: n })).join(', ');
  return t('duty:queue.line', {
    level: t(`escalation:levels.${item.level === 'none' ? 'none' : item.level}`),
    reference: item.reference,
    when: day(item.createdAt, locale),
    status: t(`duty:status.${item.status}`, { defaultValue: item.status }),
    needs: needs || t('duty:queue.noNeeds'),
  });
}

export function dutyQueueCard(items: QueueItem[], { t, locale, surface }: DutyCardContext): AdaptiveCard {
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('duty:queue.title', { count: items.length }),
      style: 'heading',
      weight: 'bolder',
      size: 'large',
      wrap: true,
    },
  ];
  if (items.length === 0) body.push({ type: 'TextBlock', text: t('duty:queue.empty'), wrap: true });
  for (const item of items.slice(0, 25)) {
    body.push({
      type: 'Container',
      separator: true,
      style: item.level === 'immediate' || item.level === 'urgent' ? 'attention' : 'default',
      items: [
        { type: 'TextBlock', text: summaryLine(item, t, locale), wrap: true },
        ...(item.owner
          ? [
              {
                type: 'TextBlock' as const,
                text: t('duty:queue.owner', { name: plainLine(item.owner) }),
                wrap: true,
                isSubtle: true,
                spacing: 'none' as const,
              },
            ]
          : []),
        {
          type: 'ActionSet',
          actions: [
            cardAction(surface, t('duty:queue.open'), {
              verb: VERBS.open,
              referralId: item.reference,
              organisationId: item.organisationId,
            }),
          ],
        },
      ],
    });
  }
  if (items.length > 25)
    body.push({
      type: 'TextBlock',
      text: t('duty:queue.more', { count: items.length - 25 }),
      wrap: true,
      isSubtle: true,
    });
  return adaptiveCard(body, {
    fallbackText: t('duty:queue.title', { count: items.length }),
    lang: locale === 'cy' ? 'cy' : 'en',
  });
}

export function referralDetailCard(
  item: QueueItem,
  chronology: ChronologyLine[],
  { t, locale, surface, thresholdDocumentName, thresholdLevelNames }: DutyCardContext,
): AdaptiveCard {
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('duty:detail.title', { reference: item.reference }),
      style: 'heading',
      weight: 'bolder',
      size: 'large',
      wrap: true,
    },
    { type: 'TextBlock', text: summaryLine(item, t, locale), wrap: true },
    {
      type: 'FactSet',
      facts: [
        ...(item.ageBand ? [{ title: t('duty:detail.ageBand'), value: item.ageBand }] : []),
        // The indicative level stays with the duty worker, named as the local threshold document names it.
        ...(item.levelOfNeed !== undefined
          ? [
              {
                title: t('duty:detail.levelOfNeed', {
                  document: plainText(thresholdDocumentName ?? t('duty:detail.thresholdDefault')),
                }),
                value: t('duty:detail.levelLine', {
                  level: item.levelOfNeed,
                  name: plainLine(
                    thresholdLevelNames?.[item.levelOfNeed - 1] ?? t(`triage:levels.${item.levelOfNeed}`),
                  ),
                }),
              },
            ]
          : []),
        ...(item.indicators.length
          ? [
              {
                title: t('duty:detail.indicators'),
                value: item.indicators.map((i) => t(`escalation:indicators.${i}`, { defaultValue: i })).join(', '),
              },
            ]
          : []),
        ...(item.reporterName ? [{ title: t('duty:detail.reporter'), value: plainLine(item.reporterName) }] : []),
        ...(item.owner ? [{ title: t('duty:detail.owner'), value: plainLine(item.owner) }] : []),
      ],
    },
  ];
  body.push({
    type: 'TextBlock',
    text: t('duty:detail.chronology', { count: chronology.length }),
    weight: 'bolder',
    wrap: true,
    separator: true,
  });
  for (const line of chronology) {
    body.push({
      type: 'TextBlock',
      text: t('duty:detail.chronologyLine', {
        when: day(line.date, locale),
        level: t(`escalation:levels.${line.level}`),
        needs: line.needs.map((n) => t(`duty:needs.${n}`, { defaultValue: n })).join(', ') || t('duty:queue.noNeeds'),
        status: t(`duty:status.${line.status}`, { defaultValue: line.status }),
      }),
      wrap: true,
      spacing: 'none',
    });
  }
  if (item.status !== 'closed') {
    body.push(...outcomeAndNoteInputs(t, surface, { referralId: item.reference, organisationId: item.organisationId }));
    if (item.escalationId && item.escalationStatus === 'open')
      body.push({
        type: 'ActionSet',
        actions: [
          cardAction(
            surface,
            t('escalation:card.claim'),
            { verb: VERBS.claim, escalationId: item.escalationId, organisationId: item.organisationId },
            'positive',
          ),
        ],
      });
  }
  return adaptiveCard(body, {
    fallbackText: t('duty:detail.title', { reference: item.reference }),
    lang: locale === 'cy' ? 'cy' : 'en',
  });
}
