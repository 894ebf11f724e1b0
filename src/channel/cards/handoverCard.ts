/**
 * `off duty` with claims still open: each claimed alert with a button per on-duty colleague to
 * hand it to, and one to release it to the queue. The last one settled takes them off duty.
 */
import type { Colleague, HandoverItem } from '../../conversation/model';
import type { SupportedLocale } from '../../i18n/locale';
import type { Translate } from '../../i18n/translate';
import { cardAction, VERBS, type Surface } from './actions';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptiveCard';

export interface HandoverCardContext {
  t: Translate;
  locale: SupportedLocale;
  surface: Surface;
}

/** Enough buttons for a duty team; more would not fit a Teams card. */
const MAX_COLLEAGUES = 5;

export function handoverCard(
  items: HandoverItem[],
  colleagues: Colleague[],
  { t, locale, surface }: HandoverCardContext,
): AdaptiveCard {
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('duty:handover.title'),
      style: 'heading',
      weight: 'bolder',
      size: 'large',
      wrap: true,
    },
  ];
  if (colleagues.length === 0) body.push({ type: 'TextBlock', text: t('duty:handover.noColleague'), wrap: true });
  for (const item of items) {
    const data = { escalationId: item.escalationId, organisationId: item.organisationId, thenOffDuty: true };
    body.push({
      type: 'Container',
      separator: true,
      items: [
        {
          type: 'TextBlock',
          text: t('duty:handover.item', { level: t(`escalation:levels.${item.level}`), reference: item.reference }),
          wrap: true,
        },
        {
          type: 'ActionSet',
          actions: [
            ...colleagues.slice(0, MAX_COLLEAGUES).map((c) =>
              cardAction(surface, t('duty:handover.handTo', { name: plainText(c.name) }), {
                verb: VERBS.handover,
                ...data,
                toUserId: c.userId,
              }),
            ),
            cardAction(surface, t('duty:handover.release'), { verb: VERBS.release, ...data }),
          ],
        },
      ],
    });
  }
  return adaptiveCard(body, { fallbackText: t('duty:handover.title'), lang: locale === 'cy' ? 'cy' : 'en' });
}
