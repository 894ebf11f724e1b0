/**
 * Issue 17 item 1, the rules behind the table: silence is never "no", negation and hypotheticals
 * apply to their own span, every fact points at the words it came from, the output is valid at the
 * boundary, and the reading is the risk reading's (its spellings, clitics and Welsh mutations).
 */
import {
  accountFactsSchema,
  compileAccountReading,
  MAX_ACCOUNT_LENGTH,
  prepareAccountReading,
  readAccount,
  readAccountWith,
} from '../../../../../src/risk/account';
import { ENGLISH_ACCOUNT_VOCABULARY } from '../../../../../src/risk/account/vocabulary.en';
import { defaultAccountReading } from '../../../../../src/risk/account/defaultReading';
import { loadLexicon } from '../../../../../src/risk/lexiconFile';

const facts = (text: string, locale: 'en-GB' | 'cy' = 'en-GB') => {
  const { evidence, ...rest } = readAccount(text, locale);
  void evidence;
  return rest;
};

describe('readAccount: silence is never an answer', () => {
  it.each(['', 'Can you help?', 'Hi, I am a teacher at a secondary school.', "Dw i'n athrawes mewn ysgol uwchradd."])(
    'reads nothing from %j',
    (text) => {
      expect(readAccount(text, 'en-GB')).toEqual({ evidence: [] });
    },
  );

  it('has no safety answers to set: self-harm named in the account is a need, not an answer to the safety questions', () => {
    const read = readAccount('She has been self-harming, cuts on her arms.', 'en-GB');
    expect(read.needs).toEqual(['self-harm']);
    expect(Object.keys(read).sort()).toEqual(['evidence', 'needs']);
    // The schema is strict: a safety answer could not even be returned.
    expect(accountFactsSchema.safeParse({ ...read, selfHarm: 'none' }).success).toBe(false);
  });

  it('never answers "none" for home or who is involved when the account is silent about them', () => {
    const read = facts('He is in school as usual and seems happy enough.');
    expect(read.education).toEqual(['none']);
    expect(read.homeContext).toBeUndefined();
    expect(read.involved).toBeUndefined();
  });
});

describe('readAccount: negation and hypotheticals apply to their own span', () => {
  it('keeps what the same account states outside the negated span', () => {
    expect(facts('No concerns about attendance, but she was excluded twice last term.').education).toEqual([
      'exclusion',
    ]);
    expect(
      facts('She is not on any waiting list. Her GP referred her to CAMHS last week and she is waiting.').involved,
    ).toEqual(['gp', 'camhs-waiting']);
  });

  it('reads "denies" and a cue after the span', () => {
    expect(facts('He denies smoking weed.').needs).toBeUndefined();
    expect(facts('Self-harm: none. Sleeping badly.').needs).toEqual(['sleep']);
  });

  it('does not read a hypothetical as a fact, but reads the fact told next to it', () => {
    expect(facts('If she is excluded again she will go to the PRU.')).toEqual({});
    expect(facts('She was excluded on Monday. If it happens again she may lose her place.').education).toEqual([
      'exclusion',
    ]);
    expect(facts("Os bydd hi'n cael ei gwahardd, bydd hi'n mynd i uned cyfeirio disgyblion.", 'cy')).toEqual({});
  });

  it('reads the risk frames\' hypothetical words ("would", "petai"), but keeps conditional talk of suicide', () => {
    expect(facts('She would be excluded at any other school.').education).toBeUndefined();
    expect(facts('Not sure how she is sleeping.').needs).toBeUndefined();
    expect(facts("Dw i ddim yn gwybod sut mae hi'n cysgu.", 'cy').needs).toBeUndefined();
    // Without the frames table the same words are read as stated.
    expect(
      readAccountWith(defaultAccountReading(), 'She would be excluded at any other school.', 'en-GB').education,
    ).toEqual(['exclusion']);
    expect(facts('She said nobody would notice if she was gone.').needs).toEqual(['suicidal-thoughts']);
  });

  it("gives someone else's condition to the home, not to the child", () => {
    const read = facts('His mum has depression and his brother has ADHD.');
    expect(read.homeContext).toEqual(['parent-mental-health']);
    expect(read.needs).toBeUndefined();
    expect(read.diagnosis).toBeUndefined();
  });
});

describe('readAccount: CAMHS', () => {
  it("reads the issue's waiting-list example with the wait in months and the deterioration", () => {
    const read = facts('She has been on the CAMHS waiting list for nine months and is getting more withdrawn.');
    expect(read).toEqual({
      needs: ['anxiety-low-mood'],
      deterioration: 'worse',
      involved: ['camhs-waiting'],
      camhsWait: { text: 'nine months', months: 9 },
    });
  });

  it.each([
    ['on the camhs waiting list 6 wks', '6 wks', 1.4],
    ['waiting for CAMHS for over a year', 'over a year', 12],
    ['referred to CAMHS 18 months ago', '18 months', 18],
    ['on the CAMHS waiting list since September', 'since September', undefined],
    ['ar restr aros CAMHS ers naw mis', 'naw mis', 9],
    ['ar restr aros CAMHS ers dwy flynedd', 'dwy flynedd', 24],
  ])('reads how long the wait is from %j', (text, waitText, months) => {
    expect(readAccount(text, 'en-GB').camhsWait).toEqual(
      months === undefined ? { text: waitText } : { text: waitText, months },
    );
  });

  it("reads the issue's request alone as a request and an opinion, and takes behaviour only from words about behaviour", () => {
    expect(facts('I think he needs a CAMHS referral.')).toEqual({
      camhsRequested: true,
      opinions: ['I think he needs a CAMHS referral.'],
    });
    expect(facts('He throws chairs and walks out of lessons. I think he needs a CAMHS referral.')).toEqual({
      needs: ['behaviour'],
      camhsRequested: true,
      opinions: ['I think he needs a CAMHS referral.'],
    });
  });

  it.each([
    'I think he needs a CAMHS referral.',
    'She should be seen by CAMHS.',
    'I want to refer him to CAMHS.',
    "Dw i'n meddwl bod angen atgyfeiriad CAMHS arno.",
  ])('reads a request for CAMHS in %j, and not as CAMHS being involved', (text) => {
    const read = readAccount(text, text.startsWith('Dw') ? 'cy' : 'en-GB');
    expect(read.camhsRequested).toBe(true);
    expect(read.involved).toBeUndefined();
  });

  it('does not record a rejected referral as a wait', () => {
    expect(facts('She was referred to CAMHS but they declined the referral.').involved).toBeUndefined();
    expect(facts('Cafodd ei hatgyfeirio at CAMHS ond gwrthodwyd yr atgyfeiriad.', 'cy').involved).toBeUndefined();
  });

  it('keeps the wait when the child, not CAMHS, refuses something in the same sentence', () => {
    expect(facts('She is on the CAMHS waiting list and refuses to come to school.').involved).toEqual([
      'camhs-waiting',
    ]);
    expect(facts("Mae hi ar restr aros CAMHS ac mae hi'n gwrthod dod i'r ysgol.", 'cy').involved).toEqual([
      'camhs-waiting',
    ]);
  });
});

describe('readAccount: a diagnosis or neurodivergence named', () => {
  it.each([
    ['He has ASC and struggles at lunchtimes.', ['ASC']],
    ['Diagnosed with ODD last year.', ['ODD']],
    ['She is awaiting assessment for dyslexia.', ['awaiting assessment', 'dyslexia']],
    ['On the pathway since Y5.', ['On the pathway']],
    ["Mae o'n awtistig ac yn aros am asesiad ADHD.", ['awtistig', 'aros am asesiad', 'ADHD']],
  ])('reads %j, so the flow asks what the behaviour may communicate', (text, expected) => {
    const read = readAccount(text, 'en-GB');
    expect(read.diagnosis).toEqual(expected);
    expect(read.needs).toContain('neurodevelopmental');
  });

  it('does not take ordinary words for acronyms', () => {
    expect(facts('Some odd behaviour at break, nothing serious.').diagnosis).toBeUndefined();
  });
});

describe("readAccount: the child's words and the reporter's opinions stay apart", () => {
  it('keeps quoted words verbatim and labels each opinion sentence', () => {
    const read = facts('He said "I hate it here". I reckon something has happened at home. He is throwing chairs.');
    expect(read.childWords).toEqual(['I hate it here']);
    expect(read.opinions).toEqual(['I reckon something has happened at home.']);
    expect(read.needs).toEqual(['behaviour']);
  });

  it("does not take a parent's quoted words as the child's", () => {
    expect(facts('Mum said "he is fine at home" but he cries every morning.').childWords).toBeUndefined();
  });

  it('keeps apostrophes inside words from opening a quotation', () => {
    expect(facts("She's not herself and doesn't eat lunch.").childWords).toBeUndefined();
  });
});

describe('readAccount: the child', () => {
  it.each([
    ['Y9 girl', { yearGroup: 'year-9' }],
    ['a boy in year 7', { yearGroup: 'year-7' }],
    ['13-year-old boy', { age: 13 }],
    ['aged 15', { age: 15 }],
    ['disgybl ym mlwyddyn 8', { yearGroup: 'year-8' }],
    ['bachgen 12 oed', { age: 12 }],
    ['AB is in Y10', { initials: 'AB', yearGroup: 'year-10' }],
    ['I saw J. at break', { initials: 'J' }],
  ] as const)('reads %j', (text, expected) => {
    const read = readAccount(text, 'en-GB');
    expect({ age: read.age, yearGroup: read.yearGroup, initials: read.initials }).toEqual({
      age: undefined,
      yearGroup: undefined,
      initials: undefined,
      ...expected,
    });
  });

  it('does not take a period for a year group or a shout for initials', () => {
    expect(readAccount('for 2 yrs', 'en-GB').yearGroup).toBeUndefined();
    expect(readAccount('I AM REALLY WORRIED ABOUT HIM', 'en-GB').initials).toBeUndefined();
  });
});

describe('readAccount: at the boundary', () => {
  it('compiles once at start-up and reuses the compiled reading', () => {
    prepareAccountReading();
    expect(defaultAccountReading()).toBe(defaultAccountReading());
  });

  it('returns facts the schema accepts, each pointing at the words it came from', () => {
    const text =
      "AB (Y9) has been on the CAMHS waiting list for nine months. Mae hi'n gofalu am ei mam. I think she is a young carer.";
    const read = readAccount(text, 'en-GB');
    expect(accountFactsSchema.parse(read)).toEqual(read);
    expect(read.evidence.length).toBeGreaterThan(3);
    for (const item of read.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(read.evidence.map((item) => item.fact)).toEqual(
      expect.arrayContaining(['involved.camhs-waiting', 'home.caring']),
    );
  });

  it('refuses a locale it does not speak, and reads only the first part of a very long text', () => {
    expect(() => readAccount('hello', 'fr' as 'cy')).toThrow();
    const long = `${'She is fine in class. '.repeat(MAX_ACCOUNT_LENGTH / 20)} She has been excluded.`;
    expect(readAccount(long, 'en-GB').education).toBeUndefined();
    // A pasted wall of text never fails the turn.
    expect(readAccount(`She has been excluded. ${'x '.repeat(MAX_ACCOUNT_LENGTH * 10)}`, 'en-GB').education).toEqual([
      'exclusion',
    ]);
  });

  it("reads with the risk lexicons' own spellings, clitics and mutations (an injected reading is the same)", () => {
    const compiled = compileAccountReading([{ lexicon: loadLexicon('en-GB'), vocabulary: ENGLISH_ACCOUNT_VOCABULARY }]);
    // "cos", "gonna" are the risk lexicon's spellings; "restr" is a mutated "rhestr".
    expect(readAccountWith(compiled, 'shes gonna be excluded cos of the fighting', 'en-GB').needs).toEqual([
      'behaviour',
    ]);
    expect(readAccount('mae hi ar restr aros CAMHS', 'cy').involved).toEqual(['camhs-waiting']);
    expect(readAccount("mae hi wedi'i gwahardd", 'cy').education).toEqual(['exclusion']);
  });

  it("refuses a vocabulary class that would hide one of the risk lexicon's classes", () => {
    expect(() =>
      compileAccountReading([{ lexicon: loadLexicon('en-GB'), vocabulary: { classes: { self: ['x'] }, facts: {} } }]),
    ).toThrow(/@self/);
  });
});
