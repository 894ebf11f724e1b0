/**
 * A strict stand-in for i18next in tests: resolves `triage:a.b` keys from the real locale files and
 * fills {{params}}. A missing key or an unfilled parameter throws, so every wording check is real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import { lookupKey } from '../../../../src/flows/resources';

const ROOT = join(__dirname, '..', '..', '..', '..');

export function readLocale(locale: SupportedLocale): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'locales', locale, 'triage.json'), 'utf8')) as unknown;
}

/** Flow code names a few keys outside the triage namespace (Welsh-law level names, in `common`). */
const OTHER_NAMESPACES = new Set(['common']);

function readNamespace(locale: SupportedLocale, namespace: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'locales', locale, `${namespace}.json`), 'utf8')) as unknown;
}

export function strictTranslate(locale: SupportedLocale): Translate {
  const resource = readLocale(locale);
  return (key, params = {}) => {
    const [namespace, path] = key.includes(':') ? key.split(':', 2) : ['', key];
    if (namespace !== 'triage' && !OTHER_NAMESPACES.has(namespace))
      throw new Error(`key "${key}" is not in the triage namespace`);
    const text = lookupKey(namespace === 'triage' ? resource : readNamespace(locale, namespace), path);
    if (text === undefined) throw new Error(`key "${key}" is missing in ${locale}`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`key "${key}" needs parameter "${name}" in ${locale}`);
      return String(value);
    });
  };
}
