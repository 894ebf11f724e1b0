/**
 * The Welsh wording keeps to the agreed terms and one voice (issue 21): locales/glossary.json,
 * explained in locales/GLOSSARY.md, checked over every locales/cy/*.json except the risk lexicon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseCommand } from '../../../src/conversation/commands';

const LOCALES = path.join(__dirname, '..', '..', '..', 'locales');

const glossarySchema = z.object({
  terms: z.array(
    z.object({ id: z.string(), en: z.string(), cy: z.string(), required: z.string(), avoid: z.array(z.string()) }),
  ),
  register: z.object({ choice: z.string(), avoid: z.array(z.string()) }),
  commands: z.object({ englishInWelsh: z.array(z.string()), englishOnPurpose: z.array(z.string()) }),
  slips: z.array(z.object({ wrong: z.string(), right: z.string(), why: z.string() })),
  helplines: z.array(
    z.object({
      name: z.string(),
      numbers: z.array(z.string()).min(1),
      hours: z.string(),
      source: z.string().optional(),
      verify: z.string().optional(),
    }),
  ),
});
const glossary = glossarySchema.parse(JSON.parse(readFileSync(path.join(LOCALES, 'glossary.json'), 'utf8')));

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** Every wording string of one language, as "namespace:key" → text; the risk lexicon is data, not wording. */
function wording(locale: 'cy' | 'en-GB'): Array<[string, string]> {
  return readdirSync(path.join(LOCALES, locale))
    .filter((file) => file.endsWith('.json') && file !== 'risk-lexicon.json')
    .sort()
    .flatMap((file) =>
      leaves(
        JSON.parse(readFileSync(path.join(LOCALES, locale, file), 'utf8')) as Tree,
        `${file.replace(/\.json$/, '')}:`,
      ),
    );
}

const welsh = wording('cy');
const english = wording('en-GB');
const onPurpose = new Set(glossary.commands.englishOnPurpose);

function drift(patterns: ReadonlyArray<{ label: string; pattern: RegExp }>): string[] {
  return welsh.flatMap(([key, text]) =>
    patterns.filter(({ pattern }) => pattern.test(text)).map(({ label }) => `${key} → ${label}`),
  );
}

/**
 * What a string tells people to type: **bold** words after "Teipiwch/teipio", "quoted" ones, and every bold word of the
 * help lines.
 */
function shownCommands(key: string, text: string): string[] {
  const typed = [...text.matchAll(/(?:[Tt]eipiwch|[dt]eipio|[Tt]ype|typing)\s+(?:\*\*([^*]+)\*\*|"([^"]+)")/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  const alternatives = [...text.matchAll(/\*\*([^*]+)\*\*\s+(?:neu|or)\s+\*\*([^*]+)\*\*/g)].flatMap((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
  const help =
    key.startsWith('common:help.') && key !== 'common:help.title'
      ? [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? '')
      : [];
  return [...new Set([...typed, ...alternatives, ...help])].filter(Boolean);
}

describe('the Welsh wording keeps to the agreed terms (locales/glossary.json)', () => {
  it.each(glossary.terms.filter((term) => term.avoid.length > 0).map((term) => [term.id, term] as const))(
    'uses the agreed term for %s',
    (_id, term) => {
      expect(
        drift(
          term.avoid.map((source) => ({ label: `${source} (agreed: ${term.cy})`, pattern: new RegExp(source, 'iu') })),
        ),
      ).toEqual([]);
    },
  );

  it.each(glossary.terms.map((term) => [term.id, term.required] as const))(
    'says %s the agreed way somewhere ("%s")',
    (_id, required) => {
      expect(welsh.some(([, text]) => text.toLowerCase().includes(required.toLowerCase()))).toBe(true);
    },
  );

  it('speaks in one voice, the friendly register (Dw i, Bydda i), never the literary one', () => {
    expect(
      drift(
        glossary.register.avoid.map((source) => ({
          label: `${source} (register: Dw i / Bydda i)`,
          pattern: new RegExp(source, 'u'),
        })),
      ),
    ).toEqual([]);
  });

  it('never tells a Welsh reader to type an English command', () => {
    const patterns = glossary.commands.englishInWelsh.map((word) => ({
      label: `"${word}" shown in English`,
      pattern: new RegExp(`(\\*\\*|")${word}(\\*\\*|")`, 'iu'),
    }));
    const found = drift(patterns).filter((line) => !onPurpose.has(line.split(' → ')[0] ?? ''));
    expect(found).toEqual([]);
  });

  it.each([
    ['cy', welsh],
    ['en-GB', english],
  ] as const)('shows only commands the bot understands (%s)', (_locale, strings) => {
    const shown = strings.flatMap(([key, text]) => shownCommands(key, text).map((command) => ({ key, command })));
    expect(shown.length).toBeGreaterThan(10);
    expect(
      shown
        .filter(({ command }) => parseCommand(command) === undefined)
        .map(({ key, command }) => `${key} → ${command}`),
    ).toEqual([]);
  });
});

describe('the Welsh slips the review found stay mended', () => {
  it.each(glossary.slips.map((slip) => [slip.wrong, slip.right] as const))('never "%s" (agreed: "%s")', (wrong) => {
    expect(welsh.filter(([, text]) => text.toLowerCase().includes(wrong.toLowerCase())).map(([key]) => key)).toEqual(
      [],
    );
  });
});

describe('the Wales helplines in the urgent contacts', () => {
  const urgent = (strings: Array<[string, string]>) =>
    strings
      .filter(([key]) => key.startsWith('common:urgentContacts.wales.'))
      .map(([, text]) => text)
      .join('\n');

  it.each(glossary.helplines.map((line) => [line.name, line] as const))(
    '%s is given in both languages, with a source or a note to verify',
    (_name, line) => {
      for (const number of line.numbers) {
        expect(urgent(welsh)).toContain(number === 'pwyso 2' ? 'pwyso 2' : number);
        if (number !== 'pwyso 2') expect(urgent(english)).toContain(number);
      }
      expect(line.source ?? line.verify).toBeDefined();
    },
  );
});

describe('the English wording for a child in Wales', () => {
  it('names Welsh law ("care and support needs", "child at risk"), never "child in need"', () => {
    const wales = english.filter(([key]) => key.startsWith('common:walesLaw.')).map(([, text]) => text);
    expect(wales).toEqual(['Care and support needs', 'Child at risk']);
    expect(wales.join(' ')).not.toMatch(/in need/i);
  });
});
