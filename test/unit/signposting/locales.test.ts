import { createLocalizer } from '../../../src/i18n/i18n';
import { NEEDS } from '../../../src/signposting/needs';
import { localeResource } from './helpers';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const en = leaves(localeResource('en-GB') as Tree);
const cy = leaves(localeResource('cy') as Tree);
const variables = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the signposting locales', () => {
  it('have exactly the same keys in English and Welsh', () => {
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same {{variables}} in both languages', () => {
    for (const [key, text] of en) expect([key, variables(cy.get(key) ?? '')]).toEqual([key, variables(text)]);
  });

  it('have Welsh wording, not English placeholders, for every sentence', () => {
    const copied = [...en]
      .filter(([key, text]) => text.split(' ').length > 2 && cy.get(key) === text)
      .map(([key]) => key);
    expect(copied).toEqual([]);
    for (const text of [...en.values(), ...cy.values()]) expect(text.trim()).not.toBe('');
  });

  it('name every need the triage can report', () => {
    for (const need of NEEDS) {
      expect(en.has(`needs.${need}`)).toBe(true);
      expect(cy.has(`needs.${need}`)).toBe(true);
    }
  });
});

describe('the signposting wording through the bot’s own localizer', () => {
  it('is found under the signposting namespace in both languages', () => {
    const localizer = createLocalizer();
    for (const locale of ['en-GB', 'cy'] as const) {
      for (const key of en.keys())
        expect([locale, key, localizer.has(locale, `signposting:${key}`)]).toEqual([locale, key, true]);
    }
    expect(localizer.t('cy')('signposting:title')).toBe('Ble i gael help');
  });
});
