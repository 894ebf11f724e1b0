/**
 * Issue 21, session 16 (s16-W): mechanisms that raised everyday Welsh (w71–w134), each beside its risk version, which
 * must still be read at its level. Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { phraseReading, readsAtLeast } from './phraseLevel';

// Welsh by default: most of these sentences are Welsh.
const phrases = (text: string, locale: SupportedLocale = 'cy') => phraseReading(text, locale);
const atLeast = (text: string, level: RiskLevel, locale: SupportedLocale = 'cy') => readsAtLeast(text, locale, level);

describe('a mother hurt is her own injury in her own clause, not a child’s bruise beside "Mam" (@mam-wedi-anafu)', () => {
  it.each([
    'Llygad ddu gan T o’r rygbi dydd Sadwrn, a mam wedi anfon llun o’r tîm.',
    'Cleisiau ar goesau S o’r trampolîn, mae Mam wedi llofnodi’r ffurflen.',
    'Un o’r plant bach wedi tagu ar ddarn o fanana, mam wrth ei ochr.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a mother who comes in hurt urgent, with the sign of violence at home', () => {
    const reading = phrases('Mam R wedi dod i’r swyddfa efo llygad ddu bore ’ma.');
    expect(compareLevels(reading.level, 'urgent')).toBeGreaterThanOrEqual(0);
    expect(reading.indicators).toContain('domestic-abuse');
    expect(phrases('Mae Mam wedi cael ei thagu neithiwr, medde T.').indicators).toContain('domestic-abuse');
  });
});

describe('a training heading before a dash or a colon explains the list it heads, to the end of its sentence', () => {
  it.each([
    [
      'Cwrs cymorth cyntaf i’r arweinwyr nos Iau – CPR, gwaedu trwm, tagu, ymarfer efo rhywun anymwybodol, gorddos.',
      'cy',
    ],
    ['Bl 7 yn neud cymorth cyntaf efo’r Groes Goch heddiw – plant ar lawr y neuadd yn ‘anymwybodol’ am yn ail.', 'cy'],
    ['Bl 8 yn gwneud cymorth cyntaf gyda St John: rhwymo clwyfau, ‘gwaedu trwm’ a’r safle adfer.', 'cy'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a real collapse after the heading, and doing first aid on a child, immediate', () => {
    expect(phrases('Cwrs cymorth cyntaf bore ’ma – llewygodd J ac roedd hi’n anymwybodol am bum munud.').level).toBe(
      'immediate',
    );
    expect(
      phrases('Nes i neud cymorth cyntaf arno fo yn y neuadd – mae o’n anymwybodol ac yn gwaedu’n drwm.').level,
    ).toBe('immediate');
    expect(phrases('Roedd y cwrs cymorth cyntaf ddoe. Mae J yn anymwybodol ar lawr y neuadd rŵan.').level).toBe(
      'immediate',
    );
  });
});

describe('Welsh accident causes match the English list: a cat, brambles, nettles, sunburn (@accident)', () => {
  it.each([
    'Crafiadau ar fraich S o’r gath fach newydd, mae hi’n dangos lluniau i bawb.',
    'Crafiadau ar goesau Bl 1 o’r mieri a’r danadl poethion yn yr Ysgol Goedwig.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps cuts a child explains herself, and self-harm beside a cat, urgent', () => {
    expect(atLeast('Toriadau ffres ar ei breichiau – mae hi’n deud mai’r gath wnaeth.', 'urgent')).toBe(true);
    expect(atLeast('Toriadau ffres ar ei breichiau – mae hi’n dweud mai syrthio wnaeth hi.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n torri ei hun efo rasel, ac mae’r gath yn cysgu ar ei gwely.', 'urgent')).toBe(true);
    expect(atLeast('Fresh cuts on her arms – she says it was the cat.', 'urgent', 'en-GB')).toBe(true);
  });
});

describe('a child’s initial after a thing is its owner, and any other initial is the subject (@pethau-coll)', () => {
  it.each([
    'Cot las E Bl 3 ar goll ers amser chwarae, enw ar y label. Unrhyw un?',
    'Oes rhywun ’di gweld tedi M (Bl 1)? Mae o ’di diflannu ers cinio.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child with an initial missing urgent, beside a thing of hers or not', () => {
    expect(atLeast('Mae R Bl 3 ar goll ers cinio, neb yn gwybod lle mae hi.', 'urgent')).toBe(true);
    expect(atLeast('Ffôn M ar y bws, M ar goll ers 3.', 'urgent')).toBe(true);
    expect(atLeast('Oes rhywun ’di gweld M (Bl 1)? Mae o ’di diflannu ers cinio.', 'urgent')).toBe(true);
  });
});

describe('making a bomb said next to be a bath bomb is a bath bomb (@explosive, both languages)', () => {
  it.each([
    ['Hidlydd wedi fflagio ‘sut i wneud bom’ ar gyfrif Bl 9 – bath bomb i’r ffair Nadolig!', 'cy'],
    ['Bl 6 di gwneud ‘bom’ i’r ffair wyddoniaeth – bom bath mefus.', 'cy'],
    ['The filter flagged ‘how to make a bomb’ in room 3. It was a bath bomb for the enterprise stall.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps making a bomb urgent when nothing says it was a bath bomb, or when it is said to be real', () => {
    expect(atLeast('Mae o wedi bod yn chwilio sut i wneud bom i chwythu’r ysgol i fyny.', 'urgent')).toBe(true);
    expect(atLeast('He has been searching how to make a bomb and says it is for real.', 'urgent', 'en-GB')).toBe(true);
  });
});

describe('bleeding said next to have been cleaned and plastered was a minor injury (@identifiedMinor)', () => {
  it.each([
    'Mabolgampau: S di disgyn yn y ras, pen-glin yn gwaedu’n ddrwg efo graean. Cymorth cyntaf wedi’i lanhau, plastar mawr.',
    'Hoci: un o Bl 5 yn gwaedu eitha lot ar ôl taro’i ffêr ond ’di glanhau a plastar.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps bleeding that was not cleaned, or that a plaster did not stop, immediate', () => {
    expect(phrases('Mae o’n gwaedu’n drwm o’i goes. Wedi methu glanhau, dim plastar digon mawr.').level).toBe(
      'immediate',
    );
    expect(phrases('Mae hi’n gwaedu’n drwm o’i garddwrn, dydi’r plastar ddim yn stopio’r gwaed.').level).toBe(
      'immediate',
    );
  });
});

describe('practice and lessons named as such: scenarios of the day, lifesaving courses, collapsed buildings', () => {
  it.each([
    [
      'Cwrs cymorth cyntaf Bl 11. Senarios heddiw: llosgiadau a gorddos – ‘claf’ ffug oedd wedi ‘llyncu tabledi’.',
      'cy',
    ],
    ['Rhai o’r bobl ifanc ar gwrs achubwr bywyd, yn dysgu tynnu rhywun anymwybodol o’r pwll.', 'cy'],
    [
      'A few of the teens are on their lifeguard course, learning to pull an unconscious person from the pool.',
      'en-GB',
    ],
    ['Y9 geography: earthquakes, photos of collapsed buildings and bridges.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a real collapse, on a stage or at a pool, at its level', () => {
    expect(atLeast('She collapsed on stage during the concert and hasn’t eaten for days.', 'urgent', 'en-GB')).toBe(
      true,
    );
    expect(
      phrases('He was unconscious in the pool at lifeguard training for real, ambulance called.', 'en-GB').level,
    ).toBe('immediate');
  });
});
