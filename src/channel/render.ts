/**
 * Turns the conversation's replies into Bot Framework activities: plain text for lines, Adaptive
 * Cards for questions, summaries, signposting and the duty queue. Teams cards use Action.Execute,
 * web chat cards Action.Submit.
 */
import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { Line, Reply } from '../conversation/model';
import type { SupportedLocale } from '../i18n/locale';
import { CONTAINERS } from '../store/containers';
import type { Translate } from '../i18n/translate';
import type { Surface } from './cards/actions';
import { plainLine, type AdaptiveCard } from './cards/adaptiveCard';
import { dutyQueueCard, referralDetailCard } from './cards/dutyCards';
import { handoverCard } from './cards/handoverCard';
import { buildQuestionCard } from './cards/questionCard';
import { buildConfirmCard } from './cards/confirmCard';
import { signpostingCard } from './cards/signpostingCard';
import { buildSummaryCard } from './cards/summaryCard';
import { buildMyDetailsCard } from './cards/myDetailsCard';
import { DETAILS_KEPT_DAYS } from '../reporterDetails/rememberedDetails';

/** Days an unfinished conversation's state lives (the botState container's time to live). */
const IDLE_STATE_DAYS = (CONTAINERS.botState.defaultTtl ?? 0) / 86_400;

export interface RenderContext {
  t: Translate;
  locale: SupportedLocale;
  surface: Surface;
  retentionYears: number;
  outOfHoursContact: string;
  /** What the indicative level is named after on duty cards (never shown to the reporter). */
  thresholdDocumentName: string;
  /** The document's own names for levels 1 to 4 in this language, when the operator gave them. */
  thresholdLevelNames?: readonly string[];
}

/** A line of wording; values are escaped, since names and numbers people typed end up in them. */
export function lineText(line: Line, t: Translate): string {
  const values = Object.fromEntries(
    Object.entries(line.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? plainLine(value) : value,
    ]),
  );
  const translated = Object.fromEntries(Object.entries(line.keyParams ?? {}).map(([name, key]) => [name, t(key)]));
  return t(line.key, { ...values, ...translated });
}

export function cardActivity(card: AdaptiveCard, locale: SupportedLocale): Partial<Activity> {
  const attachment: Attachment = CardFactory.adaptiveCard(card);
  return { type: 'message', attachments: [attachment], locale };
}

function text(value: string, locale: SupportedLocale, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: 'message', text: value, textFormat: 'markdown', locale, ...extra };
}

function commandButtons(ctx: RenderContext): Partial<Activity> {
  const { t } = ctx;
  const options = [
    t('common:buttons.start'),
    t('common:buttons.findHelp'),
    t('common:buttons.privacy'),
    t('common:buttons.otherLanguage'),
  ];
  return { suggestedActions: { to: [], actions: options.map((title) => ({ type: 'imBack', title, value: title })) } };
}

export function renderReplies(replies: Reply[], ctx: RenderContext): Partial<Activity>[] {
  const { t, locale, surface } = ctx;
  const out: Partial<Activity>[] = [];
  for (const reply of replies) {
    switch (reply.kind) {
      case 'welcome':
        out.push(
          text(
            [
              `**${t('common:welcome.title')}**`,
              t('common:welcome.purpose'),
              t('common:welcome.asks'),
              t('common:welcome.data'),
              t('common:welcome.danger'),
              t('common:welcome.start'),
              t('common:welcome.welsh'),
            ].join('\n\n'),
            locale,
            commandButtons(ctx),
          ),
        );
        break;
      case 'help':
        out.push(
          text(
            [
              `**${t('common:help.title')}**`,
              ...[
                'start',
                'signpost',
                'restart',
                'cancel',
                'back',
                'privacy',
                'language',
                'duty',
                'myReports',
                'myDetails',
                'misread',
                'danger',
              ].map((k) => t(`common:help.${k}`)),
            ].join('\n\n'),
            locale,
          ),
        );
        break;
      case 'privacy':
        out.push(
          text(
            [
              `**${t('common:privacy.title')}**`,
              t('common:privacy.what'),
              t('common:privacy.conversation', { days: IDLE_STATE_DAYS }),
              t('common:privacy.who'),
              t('common:privacy.basis'),
              t('common:privacy.retention', { years: ctx.retentionYears }),
              t('common:privacy.details', { days: DETAILS_KEPT_DAYS }),
              t('common:privacy.rights'),
            ].join('\n\n'),
            locale,
          ),
        );
        break;
      case 'lines': {
        const body = reply.lines.map((line) => lineText(line, t));
        out.push(
          text(reply.style === 'alert' ? [`**${body[0]}**`, ...body.slice(1)].join('\n\n') : body.join('\n\n'), locale),
        );
        break;
      }
      case 'flow': {
        const o = reply.output;
        if (o.kind === 'question') {
          const reask = reply.reask
            ? {
                reask: {
                  reasonKey: reply.reask.reasonKey,
                  ...(reply.reask.params ? { params: reply.reask.params } : {}),
                },
              }
            : {};
          out.push(cardActivity(buildQuestionCard(o, { t, surface, locale }, reask), locale));
        } else if (o.kind === 'message') out.push(text(t(o.key, o.params), locale));
        else if (o.kind === 'summary')
          out.push(cardActivity(buildSummaryCard(o.summary, { t, surface, locale }), locale));
        else out.push(text(t(o.reasonKey, o.params), locale));
        break;
      }
      case 'signposting':
        out.push(cardActivity(signpostingCard(reply.result, { t, locale, surface }), locale));
        break;
      case 'dutyQueue':
        out.push(cardActivity(dutyQueueCard(reply.items, { t, locale, surface }), locale));
        break;
      case 'referralDetail':
        out.push(
          cardActivity(
            referralDetailCard(reply.item, reply.chronology, {
              t,
              locale,
              surface,
              thresholdDocumentName: ctx.thresholdDocumentName,
              ...(ctx.thresholdLevelNames ? { thresholdLevelNames: ctx.thresholdLevelNames } : {}),
            }),
            locale,
          ),
        );
        break;
      case 'handover':
        out.push(cardActivity(handoverCard(reply.items, reply.colleagues, { t, locale, surface }), locale));
        break;
      case 'storyConfirm':
        out.push(cardActivity(buildConfirmCard(reply.questions, { t, locale, surface }), locale));
        break;
      case 'safetyGroup':
        out.push(cardActivity(buildConfirmCard(reply.questions, { t, locale, surface }, 'safety'), locale));
        break;
      case 'myDetails':
        out.push(cardActivity(buildMyDetailsCard(reply.view, { t, locale, surface }), locale));
        break;
    }
  }
  return out;
}
