/**
 * The wording of the flows, as loaded from locales/<lng>/triage.json: looked up by dotted key so the
 * validator can prove every key exists and the interpreter can match typed words in every language.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/locale';

/** One parsed triage.json per supported language. */
export type FlowResources = Readonly<Record<SupportedLocale, unknown>>;

/** The string at a dotted key ("q.role.prompt"), or undefined when missing or not a string. */
export function lookupKey(resource: unknown, key: string): string | undefined {
  let current: unknown = resource;
  for (const part of key.split('.')) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === 'string' ? current : undefined;
}

/** Every dotted key with a string value, to compare languages and find unused wording. */
export function leafKeys(resource: unknown, prefix = ''): string[] {
  if (typeof resource === 'string') return prefix ? [prefix] : [];
  if (!resource || typeof resource !== 'object' || Array.isArray(resource)) return [];
  return Object.entries(resource).flatMap(([name, value]) => leafKeys(value, prefix ? `${prefix}.${name}` : name));
}

/** The texts of one key in every language that has it. */
export function textsInAllLocales(resources: FlowResources, key: string): string[] {
  return SUPPORTED_LOCALES.map((locale) => lookupKey(resources[locale], key)).filter(
    (text): text is string => text !== undefined,
  );
}
