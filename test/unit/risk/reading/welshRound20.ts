/**
 * Issue 21, session 20 (s20-W): the Welsh twins of session 19's English combinations (a baby who will not move a limb
 * or has bruising, FGM told as "made clean" like the women of the family, dehumanised violence, taught hatred, a banned
 * group's activity) and Welsh frames the phrases missed (something dangerous chewed or swallowed, drug paraphernalia by
 * a young child with adults under the influence, an older brother or a man coming into the child's room every night),
 * each beside its everyday twin. The phrase reading alone (the learned reader can only raise). Every sentence is
 * synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const level = (text: string): RiskLevel => phraseReading(text, 'cy').level;
const atLeast = (text: string, wanted: RiskLevel): boolean => readsAtLeast(text, 'cy', wanted);

describe('a baby who will not move a limb is immediate, bruising on a baby urgent (cyfuniad.baban-*)', () => {
  it('reads a 6 week old who will not move an arm immediate, whatever the carer says', () => {
    expect(
      level(
        'Ymweliad cartref: babi 6 wythnos oed ddim yn symud ei braich dde. Mam yn deud bod hi wedi’i dal yn y cot.',
      ),
    ).toBe('immediate');
  });

  it('reads bruising on a baby urgent or higher', () => {
    expect(
      atLeast('Clais ar foch babi 5 mis bore ’ma, dydi o ddim yn rholio eto. Dad ddim yn gwybod sut.', 'urgent'),
    ).toBe(true);
  });

  it.each([
    'Babi 5 mis braidd yn flin ar ôl ei brechiadau, bwydo’n dda erbyn amser cinio.',
    'Hogyn Bl 3 ddim yn symud o’r gornel ddarllen, mae o wrth ei fodd efo’r llyfrau newydd.',
  ])('keeps "%s" below immediate', (text) => {
    expect(atLeast(text, 'immediate')).toBe(false);
  });
});

describe('FGM told as made clean like the women of the family (cyfuniad.fgm-gwneud-yn-lan-*)', () => {
  it('reads a girl to be made clean like her sister urgent or higher', () => {
    expect(atLeast('Hogan Bl 4 yn deud bod Nain am ei gwneud yn lân fel ei chwaer dros yr haf.', 'urgent')).toBe(true);
  });

  it('reads it immediate when it is arranged for tomorrow', () => {
    expect(
      level('Merch Bl 5 yn deud y bydd hi’n cael ei gwneud yn lân fel ei chyfnither fory, tocynnau wedi’u bwcio.'),
    ).toBe('immediate');
  });

  it.each([
    'Bl 5 wedi gwneud y byrddau yn lân fel roedd yr athrawes wedi gofyn.',
    'Hogan Bl 3 wedi glanhau ei stafell fel ei mam, a chael sticer.',
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('dehumanised violence, taught hatred and a banned group (cyfuniad.trais-yn-erbyn-grwp-dad-ddynol, dysgu-casineb, grwp-gwaharddedig-gweithredol)', () => {
  it.each([
    'Hogyn Bl 9 yn sgwennu bod rhaid stopio’r goresgynwyr yn y dre ar unrhyw gost, ac yn tynnu llun o’r mosg ar dân.',
    'Hogan y Meithrin yn ailadrodd sloganau ddysgodd ei thad iddi am fewnfudwyr.',
    'Hogyn Bl 10 yn rhannu sticeri wrth y giât efo logo grŵp gwaharddedig.',
  ])('reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it.each([
    'Bl 7 hanes: y Normaniaid yn adeiladu cestyll ar ôl y goncwest, posteri hyfryd.',
    'Bl 6 wedi gwneud sloganau ar gyfer yr ymgyrch ailgylchu, da iawn.',
    'Hogyn Bl 8 wedi ymuno â’r clwb rygbi, hyfforddi bob nos Fawrth.',
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('something dangerous chewed or swallowed is immediate (cyfuniad.llyncu-peth-peryglus)', () => {
  it.each([
    'Plentyn meithrin wedi cnoi capsiwl golchi dillad, mae o’n pesychu.',
    'Hogan fach 2 oed wedi llyncu batri botwm o’r teclyn teledu.',
  ])('reads "%s" immediate', (text) => {
    expect(level(text)).toBe('immediate');
  });

  it.each([
    'Bl 9 yn hwyr, roedd rhaid mynd â’r ci at y milfeddyg ar ôl iddo fwyta gwenwyn llygod.',
    'Gwyddoniaeth Bl 6: batris a magnedau ar y byrddau, bwyta cinio wedyn yn y neuadd.',
  ])('keeps "%s" below immediate', (text) => {
    expect(level(text)).not.toBe('immediate');
  });
});

describe('needles and foil by a young child with the adults under the influence (cyfuniad.offer-cyffuriau-plentyn-bach)', () => {
  it('reads drug paraphernalia within reach of a 3 year old, the parents under the influence, urgent', () => {
    expect(
      atLeast(
        'Ymweliad: nodwyddau a ffoil ar y bwrdd lle mae’r plentyn 3 oed yn chwarae, Mam a Dad dan ddylanwad.',
        'urgent',
      ),
    ).toBe(true);
  });

  it('keeps knitting needles in a nursery, and a cross parent, below urgent', () => {
    expect(atLeast('Mae hi’n grac achos bod nodwyddau gwau ar y bwrdd a’r plentyn 3 oed yn chwarae.', 'urgent')).toBe(
      false,
    );
  });
});

describe('an older brother or a man coming into the child’s room every night (cyfuniad.dod-i-fy-stafell-bob-nos)', () => {
  it.each([
    'Hogan 14: ‘mae fy llystad yn dod mewn i’n stafell i bob nos pan mae Mam yn gweithio’.',
    'Crwt 13: brawd mawr (18) yn dod i mewn i’n stafell i ganol nos.',
  ])('reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it.each([
    'Hogan Bl 2: ‘mae Dad yn dod mewn i’n stafell i bob nos i ddiffodd y golau’.',
    'Hogan Bl 8: ‘mae fy chwaer fach yn dod mewn i’n stafell i bob nos i ddwyn fy make-up’.',
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('a child’s own thing or a pet gone missing is no child missing (idioms)', () => {
  it.each([
    'Mam G yn cwyno bod ei sgidie newydd hi wedi mynd ar goll, ffeindio nhw yn y bocs tywod.',
    'Hogyn bach D wedi blino, mae ei dedi fo ar goll mewn bocs ers symud tŷ.',
    'Dwi ’di cadw’r DVD yn y cwpwrdd rhag iddo fo fynd ar goll eto.',
    'Nath fy nghi i redeg i ffwrdd ar y cae amser chwara, lot o sbort.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it.each([
    'Mae hi ar goll ers neithiwr, yn gwisgo ei siwmper ysgol.',
    'Mam yn deud bod ei mab hi wedi mynd ar goll ers neithiwr.',
    'Hogyn Bl 8 wedi rhedeg i ffwrdd o’r cartref gofal neithiwr.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a blow said after it to be a game, in Welsh (contexts.identifiedPlay, the twin of English s19)', () => {
  it.each([
    'Hogyn Bl 3: ‘nath o fy mwrw i!’ – pêl osgoi yn y wers AG, boch bach goch.',
    'Croten Bl 1 yn deud ‘dadi’n bwrw fi bob nos’ – bwrw’r bêl ati hi yn y gêm criced yn yr ardd!',
    'Ma P. yn deud bod ei hyfforddwr bocsio ’di’i fwrw fe’n fflat yn sparrio neithiwr, mae o’n browd.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it.each([
    'Hogyn Bl 4 yn deud bod ei lystad wedi’i fwrw fo neithiwr.',
    'Dad nath fy nghicio i ar y llawr ar ôl y gêm ddydd Sadwrn.',
    'Cleisiau siâp bysedd ar ei freichiau. Mam yn deud ‘chwarae reslo efo’i frawd’, sy’n ddwy oed.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('the baby in mum’s tummy kicking is no adult kicking (idioms)', () => {
  it.each([
    'Plentyn Derbyn yn sibrwd: “Mae gan Mam fabi yn ei bol a mae o’n cicio hi drwy’r nos”.',
    'Hogyn bach meithrin yn deud ‘ma babi yn bol mami’n cicio fi’ – mam yn disgwyl mis nesa.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it.each(['Mae gan Mam fabi yn ei bol a mae Dad yn ei chicio hi.', 'Mae gan Mam fabi yn ei bol a Dad yn cicio hi.'])(
    'keeps "%s" urgent or higher',
    (text) => {
      expect(atLeast(text, 'urgent')).toBe(true);
    },
  );
});
