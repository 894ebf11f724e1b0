/**
 * Shared by the signposting specs: translators built from the real locale files, a card validator, and a service
 * builder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { SupportedLocale } from '../../../src/i18n/locale';
import type { Translate } from '../../../src/i18n/translate';
import type { Service, ServiceDirectory } from '../../../src/signposting/directorySchema';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';

export const ROOT = join(__dirname, '..', '..', '..');

export function localeResource(lng: SupportedLocale): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'locales', lng, 'signposting.json'), 'utf8')) as Record<string, unknown>;
}

/**
 * A Translate over the real locale file, taking "signposting:key" like the shared one, that fails the test on any key
 * missing from it.
 */
export function strictTranslate(lng: SupportedLocale): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng,
    fallbackLng: false,
    ns: ['signposting'],
    defaultNS: 'signposting',
    resources: { [lng]: { signposting: localeResource(lng) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, params) => {
    if (!key.startsWith('signposting:')) throw new Error(`key not qualified with its namespace: ${key}`);
    if (!i18n.exists(key)) throw new Error(`missing ${lng} key ${key}`);
    const value = i18n.t(key, { ...params });
    if (/\{\{/.test(value)) throw new Error(`uninterpolated value in ${lng} ${key}: ${value}`);
    return value;
  };
}

/** The official Adaptive Cards 1.5 schema's complaints about a card (empty when valid). */
export function cardValidator(): (card: unknown) => string[] {
  return adaptiveCardErrors;
}

/** A valid service; each test overrides only what it is about. */
export function service(overrides: Partial<Service> & { id: string }): Service {
  return {
    name: { 'en-GB': `Service ${overrides.id}`, cy: `Gwasanaeth ${overrides.id}` },
    organization: { name: 'Test organisation' },
    description: { 'en-GB': 'A test service.', cy: 'Gwasanaeth prawf.' },
    status: 'active',
    scope: 'national',
    country: 'both',
    tier: 'community',
    crisis: false,
    eligibility: { audience: ['young-person'] },
    needs: ['anxiety-low-mood'],
    levels: [1, 2, 3, 4],
    access: { referral: ['self'] },
    contacts: [{ phone: '01632 960001' }],
    languages: ['en'],
    lastReviewed: '2026-01-01',
    ...overrides,
  };
}

export function directory(...services: Service[]): ServiceDirectory {
  return { services };
}
