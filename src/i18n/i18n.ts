/**
 * i18next with every namespace found under locales/<lng>/*.json (the risk lexicons there are data,
 * not wording, and are skipped). Loaded synchronously once at start-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { projectRoot } from '../projectRoot';
import { SUPPORTED_LOCALES, type SupportedLocale } from './locale';
import type { Translate } from './translate';

const NOT_WORDING = new Set(['risk-lexicon.json']);
const MAX_KEPT_WORDING = 10_000;

export function loadLocaleResources(localesDir = path.join(projectRoot(), 'locales')): Resource {
  const resources: Resource = {};
  for (const lng of SUPPORTED_LOCALES) {
    resources[lng] = {};
    for (const file of readdirSync(path.join(localesDir, lng))) {
      if (!file.endsWith('.json') || NOT_WORDING.has(file)) continue;
      resources[lng][file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(path.join(localesDir, lng, file), 'utf8'),
      ) as Record<string, unknown>;
    }
  }
  return resources;
}

export interface Localizer {
  /** A translator for one language; keys are `namespace:path.to.key`. */
  t(locale: SupportedLocale): Translate;
  has(locale: SupportedLocale, key: string): boolean;
  readonly instance: i18n;
}

export function createLocalizer(resources: Resource = loadLocaleResources()): Localizer {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en-GB',
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(resources['en-GB'] ?? {}),
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    // Text goes into cards and plain messages, not HTML; escaping is the renderer's job.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const translators = new Map<SupportedLocale, Translate>();
  for (const lng of SUPPORTED_LOCALES) translators.set(lng, translatorFor(instance, lng));
  return {
    instance,
    t(locale) {
      return translators.get(locale) as Translate;
    },
    has(locale, key) {
      return instance.exists(key, { lng: locale });
    },
  };
}

/**
 * One language's translator. Wording without values is looked up once and kept (the resources never
 * change after start; a turn renders dozens of fixed labels — measured 7% of a turn's CPU before).
 * Wording with values is never kept: the values can be what a person typed.
 */
function translatorFor(instance: i18n, lng: SupportedLocale): Translate {
  const fixedWording = new Map<string, string>();
  return (key, params) => {
    if (params !== undefined && Object.keys(params).length > 0) return String(instance.t(key, { ...params, lng }));
    let text = fixedWording.get(key);
    if (text === undefined) {
      text = String(instance.t(key, { lng }));
      // Keys come from code and flow files, a few hundred; the cap only guards against a bug building keys from input.
      if (fixedWording.size < MAX_KEPT_WORDING) fixedWording.set(key, text);
    }
    return text;
  };
}
