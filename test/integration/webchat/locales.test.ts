/** The page's wording: the same keys in English and Welsh, and Web Chat's own strings overridden by name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { webChatBundleFile } from '../../support/webChatBundle';

type Tree = { [key: string]: string | Tree };
const load = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/webchat.json`, 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('the webchat locale files', () => {
  const en = leaves(load('en-GB'));
  const cy = leaves(load('cy'));

  it('have exactly the same keys in English and Welsh, none empty', () => {
    expect([...cy.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of [...en, ...cy])
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('are actually translated: the Welsh differs from the English for every sentence of the page', () => {
    for (const [key, english] of en)
      if (!key.startsWith('webchatUi.')) expect({ key, same: cy.get(key) === english }).toEqual({ key, same: false });
  });

  it('override only strings Web Chat really has, keeping its $1 placeholders', () => {
    const webChatStrings = JSON.parse(
      readFileSync(
        path.join(
          path.dirname(webChatBundleFile()),
          '..',
          '..',
          'botframework-webchat-api',
          'lib',
          'localization',
          'en-US.json',
        ),
        'utf8',
      ),
    ) as Record<string, string>;
    for (const [key, welsh] of cy) {
      if (!key.startsWith('webchatUi.')) continue;
      const id = key.slice('webchatUi.'.length);
      expect({ id, known: id in webChatStrings }).toEqual({ id, known: true });
      const placeholders = (text: string) => (text.match(/\$\d|\[RETRY\]/g) ?? []).sort();
      expect({ id, placeholders: placeholders(welsh) }).toEqual({ id, placeholders: placeholders(en.get(key) ?? '') });
    }
  });
});
