import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assessTextWith,
  compileLexicons,
  type Lexicon,
  loadLexicon,
  parseLexicon,
  prepareRiskDetection,
} from '../../../src/risk';
import { welshMutations, welshRadicals } from '../../../src/risk/welshMutation';

const root = join(__dirname, '..', '..', '..');

/** A lexicon small enough to read in a test, injected instead of the files. */
function tinyLexicon(overrides: Partial<Lexicon> = {}): Lexicon {
  return {
    locale: 'en-GB',
    version: 1,
    classes: { self: ['myself', 'herself'] },
    spellings: { wanna: 'want to' },
    mutations: false,
    fuzzy: ['suicidal'],
    entries: [
      {
        id: 'test.want-to-die',
        indicators: ['suicidal-ideation'],
        level: 'urgent',
        kind: 'personal',
        reason: 'Wants to die',
        phrases: ['want|wants [to] die'],
      },
      {
        id: 'test.hurt-self',
        indicators: ['self-harm'],
        level: 'urgent',
        kind: 'personal',
        reason: 'Hurts self',
        phrases: ['hurt|hurts @self', 'suicidal'],
      },
      {
        id: 'test.plan',
        indicators: ['suicidal-ideation'],
        level: 'urgent',
        kind: 'personal',
        tags: ['intent'],
        reason: 'A plan',
        phrases: ['going to ~2 jump $|off'],
      },
    ],
    combinations: [
      {
        id: 'test.combo',
        indicators: ['physical-abuse'],
        level: 'urgent',
        kind: 'personal',
        reason: 'Adult hits child',
        within: 'clause',
        all: ['dad|uncle', 'whacked|thumped', 'me|him'],
      },
    ],
    idioms: ['want to die of embarrassment'],
    negation: {
      before: [{ window: 2, phrases: ['not', 'no_signs_of'] }],
      after: [{ separator: 'punctuation', phrases: ['no $'] }],
      except: ['not only'],
    },
    contexts: {
      curriculum: ['lesson'],
      generalQuestion: [],
      history: ['years ago'],
      historyAfter: [],
      resolution: [],
      recency: ['again'],
      accident: [],
      imminent: ['tonight'],
      soon: [],
      joking: ['lol'],
    },
    words: {
      pronouns: ['she', 'he', 'her'],
      subjects: ['she', 'he'],
      firstPerson: ['i', 'me', 'myself'],
      relations: ['friend'],
      possessivePronouns: [],
      clauseBreakers: ['but'],
    },
    modifiers: { history: 'in the past', thirdParty: 'about someone else', imminent: 'now', joking: 'as a joke' },
    answers: {},
    ...overrides,
  };
}

describe('the lexicon files', () => {
  it.each(['en-GB', 'cy'] as const)('locales/%s/risk-lexicon.json is valid and compiles', (locale) => {
    const lexicon = loadLexicon(locale);
    expect(lexicon.locale).toBe(locale);
    expect(lexicon.entries.length).toBeGreaterThan(20);
    expect(() => compileLexicons([lexicon])).not.toThrow();
  });

  it('can be prepared at start-up without error', () => {
    expect(() => prepareRiskDetection()).not.toThrow();
  });

  it('gives every entry an id used once across both files', () => {
    const ids = [...loadLexicon('en-GB').entries, ...loadLexicon('cy').entries].map((entry) => `${entry.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the same answer reasons in both languages', () => {
    const keys = (lexicon: Lexicon): string[] =>
      Object.entries(lexicon.answers)
        .flatMap(([rule, values]) => Object.keys(values).map((value) => `${rule}.${value}`))
        .sort();
    expect(keys(loadLexicon('cy'))).toEqual(keys(loadLexicon('en-GB')));
  });

  it('rejects an invalid lexicon and names the path of each problem', () => {
    const broken = JSON.parse(readFileSync(join(root, 'locales', 'en-GB', 'risk-lexicon.json'), 'utf8')) as {
      entries: Array<{ level: string }>;
    };
    broken.entries[0].level = 'severe';
    expect(() => parseLexicon(broken, 'broken.json')).toThrow(
      /broken\.json is not a valid risk lexicon:\n {2}entries\.0\.level/,
    );
    expect(() => parseLexicon({}, 'empty.json')).toThrow(/empty\.json is not a valid risk lexicon/);
  });
});

describe('an injected lexicon', () => {
  const compiled = compileLexicons([tinyLexicon()]);
  const assess = (text: string) => assessTextWith(compiled, text, 'en-GB');

  it('is used instead of the files', () => {
    expect(assess('i wanna die').level).toBe('urgent');
    expect(assess('I want to end it all').level).toBe('none');
  });

  it('applies its optional words, classes, gaps and end-of-clause marks', () => {
    expect(assess('she wants die').indicators).toEqual(['suicidal-ideation']);
    expect(assess('she hurts herself').indicators).toEqual(['self-harm']);
    expect(assess('i am going to jump').level).toBe('urgent');
    expect(assess('i am going to jump in the pool').level).toBe('none');
    expect(assess('tonight i am going to jump').level).toBe('immediate');
  });

  it('applies its negation, exceptions, idioms, history and joking cues', () => {
    expect(assess('she does not want to die').level).toBe('none');
    expect(assess('not only does she want to die').level).toBe('urgent');
    expect(assess('i want to die of embarrassment').level).toBe('none');
    expect(assess('Wants to die? No.').level).toBe('none');
    expect(assess('she hurt herself years ago').level).toBe('concern');
    expect(assess('she hurt herself years ago and again').level).toBe('urgent');
  });

  it('reads a one-letter slip in a word marked fuzzy, and no other', () => {
    expect(assess('she is suicdal').level).toBe('urgent');
    expect(assess('she hurts herslf').level).toBe('none');
  });

  it('applies a combination only when all its parts share a clause', () => {
    expect(assess('my uncle whacked me').indicators).toEqual(['physical-abuse']);
    expect(assess('my uncle is nice, but he whacked the ball to me').level).toBe('none');
    expect(assess('my uncle did not whack me').level).toBe('none');
  });
});

describe('lexicon compile errors', () => {
  const withPhrase = (phrase: string): Lexicon =>
    tinyLexicon({
      entries: [{ id: 'x.y', indicators: [], level: 'concern', kind: 'topic', reason: 'r', phrases: [phrase] }],
    });

  it.each([
    ['~2 die', /must start with a word/],
    ['die ~2', /cannot end with ~N/],
    ['blood ~10 nosebleed', /a gap is ~1 to ~8/],
    ['@nothing die', /no class named @nothing/],
    ['ab* die', /at least 3 letters/],
    ['die [] x', /bad item/],
  ])('refuses the phrase "%s"', (phrase, message) => {
    expect(() => compileLexicons([withPhrase(phrase)])).toThrow(message);
  });

  it('refuses an id used twice and two meanings for one spelling', () => {
    const twice = tinyLexicon({ entries: [...tinyLexicon().entries, tinyLexicon().entries[0]] });
    expect(() => compileLexicons([twice])).toThrow(/test\.want-to-die is used twice/);
    const welsh = { ...tinyLexicon({ locale: 'cy', spellings: { wanna: 'eisiau' } }) };
    expect(() => compileLexicons([tinyLexicon(), welsh])).toThrow(
      /spelling "wanna" means "want to" in en-GB but "eisiau" in cy/,
    );
  });
});

describe('Welsh mutations', () => {
  it('generates soft, nasal, aspirate and h- forms of a radical word', () => {
    expect(welshMutations('cam')).toEqual(['gam', 'ngham', 'cham']);
    expect(welshMutations('marw')).toEqual(['farw']);
    expect(welshMutations('torri')).toEqual(['dorri', 'nhorri', 'thorri']);
    expect(welshMutations('lladd')).toEqual(['ladd']);
    expect(welshMutations('ofn')).toEqual(['hofn']);
    expect(welshMutations('chwaer')).toEqual([]);
  });

  it('finds the radicals a mutated word may come from, by the same rules', () => {
    expect(welshRadicals('thad')).toContain('tad');
    expect(welshRadicals('nhad')).toContain('tad');
    expect(welshRadicals('fam')).toEqual(expect.arrayContaining(['bam', 'mam']));
    expect(welshRadicals('mrawd')).toContain('brawd');
    for (const radical of ['cam', 'marw', 'torri', 'lladd', 'brawd'])
      for (const mutated of welshMutations(radical)) expect(welshRadicals(mutated)).toContain(radical);
  });

  it('lets a Welsh lexicon list only radical forms', () => {
    const compiled = compileLexicons([
      tinyLexicon({
        locale: 'cy',
        mutations: true,
        clitics: { n: 'yn' },
        spellings: {},
        fuzzy: [],
        entries: [
          {
            id: 'cy.marw',
            indicators: ['suicidal-ideation'],
            level: 'urgent',
            kind: 'personal',
            reason: 'Eisiau marw',
            phrases: ['am marw', 'ei curo'],
          },
        ],
        combinations: [],
      }),
    ]);
    expect(assessTextWith(compiled, "mae hi'n am farw", 'cy').reasons).toEqual(['Eisiau marw ("am farw")']);
    expect(assessTextWith(compiled, 'mae e yn ei guro', 'cy').level).toBe('urgent');
    expect(assessTextWith(compiled, 'mae e yn ei churo hi', 'cy').level).toBe('urgent');
  });
});
