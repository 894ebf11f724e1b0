/**
 * Issue 21, session 17 (s17-W): mechanisms that raised everyday Welsh `none` to urgent or immediate, each beside its
 * risk twin, which must still be read at its level. The phrase reading alone (the learned reader can only raise).
 * Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { phraseReading, readsAtLeast } from './phraseLevel';

const phrases = (text: string, locale: SupportedLocale = 'cy') => phraseReading(text, locale);
const atLeast = (text: string, level: RiskLevel, locale: SupportedLocale = 'cy') => readsAtLeast(text, locale, level);

describe('asking leave to bring a thing is a question about a rule, not a weapon brought', () => {
  it.each([
    ['Ydi’n iawn i G ddod â’i gyllell boced ar y gwersyll Sgowtiaid? Mae ei fam yn holi.', 'cy'],
    ['Mae Bl 8 yn holi os ydyn nhw’n cael dod â’u cyllyll eu hunain i’r wers goginio.', 'cy'],
    ['Dydyn nhw ddim yn cael dod â chyllyll poced ar y daith, dim ond yr arweinwyr.', 'cy'],
    ['Is it ok for R to bring his penknife on the Scout camp? His mum is asking.', 'en-GB'],
    ['Y9 asked if they can bring their own knives for the cooking exam.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a knife brought to school, and a threat beside a question, immediate', () => {
    expect(phrases('Mae P wedi dod â chyllell i’r ysgol, mae hi yn ei fag ar y iard.').level).toBe('immediate');
    expect(phrases('Ydi’n iawn? Mae ganddo gyllell yn ei fag ac mae o’n bygwth trywanu rhywun.').level).toBe(
      'immediate',
    );
    expect(phrases('He brought a knife into school and says he will stab R after lunch.', 'en-GB').level).toBe(
      'immediate',
    );
  });
});

describe('a subjectless "ar goll" opening the sentence after a question reads on from the thing asked after', () => {
  it.each([
    'Oes rhywun wedi gweld y clarinet? Ar goll ers y gyngerdd haf.',
    'Welodd rhywun siaced las efo enw ar y label? Ar goll ers dydd Llun.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child, an initial or a pronoun the question names missing, urgent', () => {
    expect(atLeast('Oes rhywun wedi gweld D? Ar goll ers amser cinio.', 'urgent')).toBe(true);
    expect(atLeast('Ydy hi efo chi? Ar goll ers neithiwr, dim ateb gan Mam.', 'urgent')).toBe(true);
    expect(atLeast('Ble mae’r hogyn bach? Ar goll ers hanner awr.', 'urgent')).toBe(true);
  });
});

describe('a voice breaking is growing up, not cutting', () => {
  it('reads "ei lais e’n torri" below urgent', () => {
    expect(atLeast('Crwt Bl 9 yn poeni achos bod ei lais e’n torri – normal, siarad am y glasoed.', 'urgent')).toBe(
      false,
    );
  });

  it('keeps cutting in the same sentence urgent', () => {
    expect(atLeast('Mae ei llais hi’n torri wrth siarad, ac mae hi’n torri ei hun eto.', 'urgent')).toBe(true);
  });
});

describe('a child missing and found within minutes is a concern on the record, not an alarm', () => {
  it.each([
    ['Aeth un o’r bugeiliaid ar goll yn ystod y sioe Nadolig – ffeindiodd Mrs P fe mewn dwy funud.', 'cy'],
    ['Y6 boy ran off in the panto rehearsal, found him in two minutes behind the curtain.', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a child still not found urgent', () => {
    expect(atLeast('Mae T ar goll ers 3 o’r gloch. Dal heb ffindio fe mewn deg munud.', 'urgent')).toBe(true);
  });
});

describe('"o fewn munud" (within a minute) is no time of now, though undoing its mutation leaves "mewn munud"', () => {
  it.each([
    'Torrodd L ei bys ar y siswrn, gwaedu lot. Wedi’i lanhau, plastar, iawn o fewn munud.',
    'Torrodd L ei bys ar y siswrn, gwaedu lot. Wedi’i olchi a phlastar arno, wedi stopio o fewn munud.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps bleeding that has not stopped, and a jump within a minute, immediate', () => {
    expect(phrases('Mae hi’n gwaedu’n ddrwg o’i braich, dal heb stopio o fewn deg munud.').level).toBe('immediate');
    expect(phrases('Mae o’n mynd i neidio o’r bont o fewn munud.').level).toBe('immediate');
  });
});

describe('an adult waiting said to be on the collection list is someone known, in Welsh as in English', () => {
  it.each([
    'Dyn yn aros i gasglu T wrth y giât, ar y rhestr casglu, mam wedi trefnu.',
    'Dyn yn aros i gasglu T wrth y giât – ei ewythr, mam wedi ffonio o flaen llaw.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps an adult not on the list, and men waiting with only a phone call after, urgent', () => {
    expect(atLeast('Dyn dieithr yn aros wrth y giât i gasglu T, dydi o ddim ar y rhestr casglu.', 'urgent')).toBe(true);
    expect(atLeast('Dynion yn aros amdani tu allan i’r siop bob nos. Mam wedi ffonio bore ma.', 'urgent')).toBe(true);
  });
});

describe('a bruise shaped like a hoof, a child hit by the swing, and the passage where a character is hit', () => {
  it.each([
    'Cic gan ferlen ar y fferm — clais siâp carn ar ei goes, mae o’n ei ddangos i bawb.',
    'Hogan Bl 1 wedi cael ei bwrw gan y siglen ar ei boch, clais bach yn dod allan.',
    'Bl 9 yn flin am y darn lle mae’r brenin yn cael ei guro gan y milwyr.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a hand-shaped bruise, a father who hit, and a real stepfather beside the story, urgent', () => {
    expect(atLeast('Clais siâp llaw ar foch O (4), wedi’i weld wrth newid.', 'urgent')).toBe(true);
    expect(atLeast('Hogan Bl 1 wedi cael ei bwrw gan ei thad ar ei boch, clais yn dod allan.', 'urgent')).toBe(true);
    expect(
      atLeast(
        'Mae hi’n hoffi’r darn lle mae’r cymeriad yn dianc, ond mae ei llystad yn ei tharo hi bob nos.',
        'urgent',
      ),
    ).toBe(true);
  });
});

describe('a team thrashed and someone "killing himself" with the show are everyday figures of speech', () => {
  it.each([
    ['Cymru wedi cael crasfa eto yn y rygbi, hogia Bl 9 yn flin bore ’ma.', 'cy'],
    ['Mae Mr D yn lladd ei hun efo’r sioe, rhowch help llaw iddo fo.', 'cy'],
    ['Miss P is killing herself with the show, can someone help with the set?', 'en-GB'],
  ] as const)('reads "%s" below urgent', (text, locale) => {
    expect(atLeast(text, 'urgent', locale)).toBe(false);
  });

  it('keeps a child beaten, and killing himself with pills, at their levels', () => {
    expect(atLeast('Mae T wedi cael crasfa gan ei dad neithiwr.', 'urgent')).toBe(true);
    expect(phrases('He says he is killing himself with pills tonight.', 'en-GB').level).toBe('immediate');
  });
});

describe('things "to be locked" away are things, not a child locked in', () => {
  it.each([
    'Y sisyrnau newydd wedi cyrraedd, angen eu cloi yn y cwpwrdd cyn y wers.',
    'Cyllyll y gegin i’w cloi yn y cwpwrdd ar ddiwedd pob sesiwn, plis.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child locked in by an adult urgent', () => {
    expect(atLeast('Mae ei llystad yn ei chloi yn y cwpwrdd bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n cael ei chloi yn ei hystafell gan ei thad.', 'urgent')).toBe(true);
  });
});

describe('a knife "taken and put in the office" is confiscated, as "wedi’i chadw yn y swyddfa" already was', () => {
  it('reads the confiscated pocket knife below urgent', () => {
    expect(
      atLeast(
        'Hogan Bl 8 wedi dod â chyllell boced i’r ysgol i’w dangos. Wedi’i chymryd a’i rhoi yn y swyddfa, Mam yn ei nôl.',
        'urgent',
      ),
    ).toBe(false);
  });

  it('keeps a knife with a threat, and a boy put in the office with his knife still in his bag, immediate', () => {
    expect(
      phrases('Hogyn Bl 7 wedi dod â chyllell i’r ysgol. Wedi’i rhoi yn y swyddfa, ond mae o’n bygwth trywanu J.')
        .level,
    ).toBe('immediate');
    expect(
      phrases('Mae gan T gyllell yn ei fag. Dwi wedi ei roi yn y swyddfa efo Mr P, mae o’n flin iawn.').level,
    ).toBe('immediate');
  });
});
