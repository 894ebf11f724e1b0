/**
 * Issue 21, session 18 (s18-W): mechanisms that raised everyday Welsh `none` to urgent or immediate, each beside its
 * risk twin, which must still be read at its level. The phrase reading alone (the learned reader can only raise).
 * Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const level = (text: string): RiskLevel => phraseReading(text, 'cy').level;
const atLeast = (text: string, wanted: RiskLevel): boolean => readsAtLeast(text, 'cy', wanted);

describe('a child gone for a few minutes, or found where they were, is a return', () => {
  it.each([
    'Hogan fach Bl 1 wedi diflannu am 3 munud yn y sioe, oedd hi tu ôl i’r llwyfan yn chwarae.',
    'Hogyn bach Derbyn wedi mynd ar goll yn y ffair am ddau funud, a’i nain yn chwerthin.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a clock time, and a child nobody has found, at their level', () => {
    expect(level('Diflannodd hogyn bach o’r iard am 10 munud wedi 3, dal ddim wedi’i ffeindio.')).toBe('immediate');
    expect(atLeast('Mae hi wedi mynd ar goll am 10 munud wedi 3 o’r parc.', 'urgent')).toBe(true);
    expect(atLeast('Mae hogan fach Bl 1 wedi diflannu o’r parc, neb yn gwybod ble mae hi.', 'urgent')).toBe(true);
  });
});

describe('things that went missing are things', () => {
  it.each(['Angen mwy o fatris, ma hanner nhw ar goll.', '3 ffurflen dal heb ddod nôl - dwi di e-bostio’r rhieni.'])(
    'reads "%s" below urgent',
    (text) => {
      expect(atLeast(text, 'urgent')).toBe(false);
    },
  );

  it('keeps children counted the same way, and a child not back, urgent', () => {
    expect(atLeast('Aethon ni â’r plant i’r traeth, ma hanner nhw ar goll.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi dal heb ddod nôl adra ers neithiwr.', 'urgent')).toBe(true);
  });
});

describe('a talk on knife crime or knife safety is a topic', () => {
  it.each([
    'Sesiwn ar ddiogelwch cyllyll efo’r heddlu i Bl 10 heddiw.',
    'Mae’r swyddog yn dangos cyllyll sydd wedi’u hatafaelu i’r grŵp.',
    'Prosiect atal troseddau: heddwas yn dod i siarad am gario cyllyll.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a knife in a bag with a threat immediate', () => {
    expect(level('Mae ganddo gyllell yn ei fag ac mae o’n bygwth trywanu rhywun.')).toBe('immediate');
  });
});

describe('first aid practice, a nosebleed, a tooth out and bleeding that stopped are explained', () => {
  it.each([
    'Roedd M yn smalio bod yn anymwybodol yn y wers cymorth cyntaf.',
    '‘Gwaed ym mhobman’ yn y coridor - trwyn gwaedu hogyn Bl 4, wedi’i sortio.',
    'Wedi bod yn y deintydd yn tynnu dant, gwaed ym mhobman ond mae hi’n iawn.',
    'Gwers cymorth cyntaf: beth i’w neud gyda rhywun sy’n gwaedu’n ddrwg.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child unconscious or bleeding now immediate', () => {
    expect(level('Mae M yn anymwybodol ar lawr y neuadd.')).toBe('immediate');
    expect(level('Gwaed ym mhobman, mae o wedi torri ei fraich ar y gwydr ac mae o’n dal i waedu.')).toBe('immediate');
    expect(level('Mae o’n gwaedu’n ddrwg ar y iard rŵan.')).toBe('immediate');
  });
});

describe('hit by a thing, beaten at a game, or hitting one’s own thumb is no abuse', () => {
  it.each([
    'Cafodd yr athro ei fwrw gan bêl yn y neuadd.',
    '‘Nath Mam fy nghuro i!’ ... yn Monopoly.',
    'Drymiwr Bl 9 wedi taro’i fys ei hun efo’r ffon yn yr ymarfer.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps an adult who hit the child urgent', () => {
    expect(atLeast('Cafodd ei fwrw gan ei lystad neithiwr.', 'urgent')).toBe(true);
    expect(atLeast('‘Nath Mam fy nghuro i neithiwr!’ Mae ganddo glais ar ei foch.', 'urgent')).toBe(true);
    expect(atLeast('Mae o wedi taro’i chwaer efo’r ffon.', 'urgent')).toBe(true);
  });
});

describe('a wish to die laughed about with others is a joke on the record', () => {
  it('reads a shared laugh below urgent', () => {
    expect(atLeast('Dywedodd hi ei bod hi ‘isio marw’ ar ôl baglu ar y llwyfan. Lot o chwerthin.', 'urgent')).toBe(
      false,
    );
  });

  it('keeps a wish to die with a goodbye note urgent', () => {
    expect(atLeast('Dywedodd hi ei bod hi isio marw ac mae hi wedi sgwennu nodyn ffarwel.', 'urgent')).toBe(true);
  });
});

describe('negation carries into a "bod" clause', () => {
  it.each(['Mae hi’n deud nad yw hi’n hunan-niweidio.', 'Dydi o ddim yn meddwl ei fod o wedi cael ei guro gan neb.'])(
    'reads "%s" below urgent',
    (text) => {
      expect(atLeast(text, 'urgent')).toBe(false);
    },
  );

  it('keeps the same clauses said without a negation urgent', () => {
    expect(atLeast('Mae hi’n deud bod hi’n hunan-niweidio bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae o wedi cael ei guro gan ei dad.', 'urgent')).toBe(true);
  });
});

describe('a pocket knife named with a show-and-tell or the Scouts is a thing shown', () => {
  it('reads a grandmother’s pocket knife for show-and-tell below urgent', () => {
    expect(
      atLeast('Hogan Bl 2 wedi dod â chyllell boced ei nain i ‘dangos a deud’, Mam wedi’i chadw mewn bag.', 'urgent'),
    ).toBe(false);
  });

  it('keeps a pocket knife brought to school, or waved at a child, immediate', () => {
    expect(level('Mae o wedi dod â chyllell boced i’r ysgol.')).toBe('immediate');
    expect(level('Daeth â’i gyllell boced i’r Sgowtiaid a’i chwifio at hogyn bach.')).toBe('immediate');
  });
});

describe('an accident in the kitchen and medicine kept locked are everyday', () => {
  it.each([
    'Mae o wedi llosgi ei hun ar y ffreipan yn gwneud crempog neithiwr, plastar a dyna ni.',
    'Fi sy’n cadw’r tabledi dan glo yn y swyddfa, Mam wedi anfon y dos.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps burning herself and tablets kept back in her room urgent', () => {
    expect(atLeast('Mae hi’n llosgi ei hun efo leitar bob nos.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi wedi bod yn cadw’r tabledi yn ei llofft ers wythnosau.', 'urgent')).toBe(true);
  });
});

describe('nobody hit, and food stabbed with a knife, are no harm', () => {
  it.each([
    'Helmedau’n orfodol, sai moyn gweld neb yn cael ei fwrw yn ei ben.',
    'Technoleg bwyd: peidiwch stabio’r tatws efo’r cyllyll, defnyddiwch fforc.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child hit on the head and a threat to stab immediate or urgent', () => {
    expect(atLeast('Mae o’n cael ei fwrw yn ei ben gan ei lystad.', 'urgent')).toBe(true);
    expect(level('Mae o wedi bygwth ei stabio hi efo’r cyllyll mawr.')).toBe('immediate');
  });
});

describe('bleeding that has not stopped within the minutes is real', () => {
  it('keeps "dal heb stopio o fewn deg munud" immediate, and reads one that stopped within a minute below urgent', () => {
    expect(level('Mae o’n gwaedu’n ddrwg o’i law, dal heb stopio o fewn deg munud.')).toBe('immediate');
    expect(atLeast('Gwaedu lot o’i fys yn DT. Plastar, wedi stopio o fewn munud.', 'urgent')).toBe(false);
  });
});

describe('a faint at a race’s finish, after a knock in play or at an operation has an ordinary cause', () => {
  it.each([
    'Rhedodd hi’r ras 800m a bron â llewygu ar y llinell derfyn, iawn mewn munud.',
    'Profiad gwaith yn yr ysbyty: gwelodd o lawdriniaeth a bron â llewygu.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a faint with not eating urgent, race or no race', () => {
    expect(atLeast('Ddim yn bwyta ers dyddiau, a llewygodd hi ar ôl y ras 800m.', 'urgent')).toBe(true);
    expect(atLeast('Mae hi’n llewygu yn y gwersi ac yn gwrthod bwyta.', 'urgent')).toBe(true);
  });
});
