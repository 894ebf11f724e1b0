/**
 * The urgent contacts a person is shown when a conversation cannot go on or risk is read: plain text, so a reply
 * that failed mid-conversation still carries them. Its own module: it needs wording only, not the Bot Framework.
 */
import type { RenderContext } from './render';

/**
 * Wales's own lines (Meic, C.A.L.L., Live Fear Free, NHS 111 Wales): for anyone reading Welsh, and anyone known to be
 * in Wales.
 */
const WALES_CONTACTS = ['nhs111', 'meic', 'call', 'liveFearFree'] as const;

export function urgentContactsText(
  ctx: Pick<RenderContext, 't' | 'locale' | 'outOfHoursContact'>,
  includeDanger: boolean,
  inWales = false,
): string {
  const { t } = ctx;
  const wales = inWales || ctx.locale === 'cy';
  return [
    `**${t('common:urgentContacts.title')}**`,
    ...(includeDanger ? [t('common:urgentContacts.danger')] : []),
    t('common:urgentContacts.dsl'),
    t('common:urgentContacts.outOfHours', { contact: ctx.outOfHoursContact }),
    t('common:urgentContacts.childline'),
    t('common:urgentContacts.nspcc'),
    ...(wales
      ? WALES_CONTACTS.map((key) => t(`common:urgentContacts.wales.${key}`))
      : [t('common:urgentContacts.nhs111')]),
  ].join('\n\n');
}
