/** The languages the bot speaks. Welsh is offered unprompted (the Welsh Language Standards' "Active Offer"). */
export const SUPPORTED_LOCALES = ['en-GB', 'cy'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag from a client to the language we speak (every Welsh tag → cy, every English tag → en-GB). */
export function toSupportedLocale(tag: string | null | undefined): SupportedLocale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'cy') return 'cy';
  if (primary === 'en') return 'en-GB';
  return undefined;
}

export function otherLocale(locale: SupportedLocale): SupportedLocale {
  return locale === 'cy' ? 'en-GB' : 'cy';
}
