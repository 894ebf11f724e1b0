/**
 * Issue 21, session 24 (s24-B): Welsh, round 44. Two misses (northern signs of neglect counted in the tally; an
 * essential medicine not given or its prescription not collected for days) and the everyday Welsh the phrases or the
 * learned reader read urgent or 999: a stabbing in a video game, a child missing for minutes and found at once, staff
 * who "disappeared", a board game someone "beat" him at, a charity jump, a laugh, a team's loss, red marks round the
 * neck with their everyday cause, and a quoted alarm glossed as a game. Each beside its risk twin, which still reads at
 * its level. The phrase reading alone unless a test says both readers. Every sentence is synthetic.
 */
import { assessText, compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('cy');
const expectEnglish = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('cy');
const bothBelow = (text: string, level: RiskLevel) => compareLevels(assessText(text, 'cy').level, level) < 0;

describe('northern Welsh signs of neglect count in the tally (esgeulustod.arwyddion-gyda-i-gilydd)', () => {
  it.each([
    'Ymweliad cartref: dau fach (3 a 5) yn yr un dillad â dydd Sul, dim byd yn yr oergell ond llaeth wedi suro, dad yn cysgu yn y pnawn, yr hogyn 5 oed yn gwneud ei fwyd ei hun ar yr hob',
  ])('reads the neglect "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'neglect');
  });

  it('reads the English twin urgent (neglect.signs-together)', () => {
    expectEnglish(
      'Home visit: the two little ones (2 and 4) in the same clothes as Sunday, nothing in the fridge but mouldy bread, dad was asleep on the sofa at 1pm and the 4 year old was making his own breakfast on the hob',
      'urgent',
      'neglect',
    );
  });

  it.each([
    // One sign alone is no tally.
    "Dim byd yn y ffrij ond llefrith 'di suro - dwi angen mynd i'r siop cyn y clwb",
    "Mam yn cysgu ar y soffa am 2 o'r gloch ar ôl shifft nos, y plant yn yr ysgol",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('an essential medicine not given, or its prescription not collected, for days (cyfuniad.meddyginiaeth-hanfodol-heb-ei-rhoi)', () => {
  it.each([
    "Crwt Bl 3 efo diabetes 'di colli dosys inswlin ers dydd Llun, mam ddim yn ateb",
    "Hogan Bl 6 efo epilepsi, mam heb nôl ei moddion epilepsi hi drwy'r wythnos",
  ])('reads "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'neglect');
  });

  it.each([
    "Y4 girl has missed her insulin doses since Monday because mum hasn't collected the prescription",
    'Y6 with asthma: his inhaler has not been picked up from the chemist for a week, he is wheezing',
  ])('reads the English "%s" urgent (combo.medication-withheld)', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    "Nyrs: dos inswlin amser cinio wedi'i roi yn ôl y cynllun, pwmp newydd wythnos nesa",
    'Mam wedi nôl y presgripsiwn inswlin ddoe, popeth yn iawn erbyn hyn',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the English everyday twin below urgent', () => {
    expect(
      below('Insulin given at lunch as per plan; mum collected the new prescription this week', 'urgent', 'en-GB'),
    ).toBe(true);
  });
});

describe('play, a found child, and words that are not what they sound like', () => {
  it.each([
    // A stabbing "in the game" on a console (contexts.pretend).
    'Y bois yn siarad am drywanu pawb yn y gêm newydd ar y PlayStation',
    // Missing for minutes and found at once (contexts.returned).
    "Hogyn Bl 3 ar goll o'r trip am bum munud - roedd o ar y bws arall efo'i ffrind",
    "Plentyn bach ar goll o'r neuadd am funud - yn y cwpwrdd cotiau yn canu",
    'Hogan Bl 5 ar goll yn y ffair, pum munud o banig, roedd hi yn y siop drws nesa',
    // Staff who "disappeared", a board game, a charity jump (idioms).
    "Dau o'r athrawon 'di diflannu pan ddaeth y neidr allan o'r bocs",
    "Mae taid 'yn ei guro fo' bob nos Sadwrn - gwyddbwyll",
    "Dwi'n mynd i neidio oddi ar y pier fory - naid noddedig i'r RNLI",
    "'Nath hi fy stabio i yn y cefn!' - symud i'r tîm arall",
    // Laughing, in the southern spelling (spellings: werthin).
    "croten Bl9 yn gweud 'dwi moyn marw' ac yn werthin efo'i ffrindiau",
    // Red marks round the neck with their everyday cause (contexts.ordinaryCause).
    'Marc coch rownd ei gwddf o - strap ei helmed beic',
    'Marciau coch ar ei gwddf - alergedd i label y crys newydd',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads a team lost in the last minute as a wish to die said in jest (contexts.trivialCause)', () => {
    expect(below('Ddim moyn byw ar ôl i Gymru golli yn y funud ola, medde fe yn ei grys coch', 'urgent')).toBe(true);
  });

  it.each([
    // A console named beside a real stabbing is no game.
    ['Roedd o ar yr Xbox pan nath ei lystad ei drywanu efo cyllell', 'immediate'],
    ["Mae o'n deud 'nath dad fy nhrywanu i neithiwr' ac mae'n gwaedu", 'immediate'],
    // Where a missing child was last seen, or what they carried, is no return.
    ["Hogan Bl 8 ar goll ers neithiwr. Roedd hi yn y parc efo'i ffrindiau am 10, neb wedi'i gweld ers hynny", 'urgent'],
    ["Mae o ar goll ers amser cinio. Roedd o'n cario cyllell", 'immediate'],
    ["Plentyn bach ar goll o'r iard ers 10 munud, dim golwg ohono fo", 'immediate'],
    ["Mae hi wedi diflannu o'r clwb ers awr", 'urgent'],
    // A blow with the game as its occasion (s23-H reasonFor).
    ["Mae dad yn fy nghuro i bob tro dwi'n colli ar y gwyddbwyll", 'urgent'],
    ["Hogan Bl 9 'dwi'n mynd i neidio oddi ar y bont heno'", 'immediate'],
    ['Bl9 yn gweud ei bod hi moyn marw ac wedi meddwl sut', 'urgent'],
    ['Ddim moyn byw ar ôl i dad adael, medde fe', 'urgent'],
    ["Mae hi'n sefyll ar ben y maes parcio aml-lawr yn y dre", 'immediate'],
    // Red marks round the neck with no everyday cause (cam-drin.marciau-gwddf).
    ["Marciau coch rownd ei gwddf hi bore 'ma, dim esboniad", 'urgent'],
    ["Marc coch rownd ei gwddf - mae'n deud bod dad wedi gafael ynddi neithiwr", 'urgent'],
  ] as const)('still reads the risk twin "%s" %s', (text, level) => {
    expectLevel(text, level);
  });
});

describe('a Welsh alarm with what it was bounds the learned reader (both readers)', () => {
  it.each([
    // The stabbing the phrases now read, with a pencil (identifiedHarmless).
    "'Nath o fy nhrywanu i!' - efo pensil, dim marc, ffrindiau eto",
    // A quoted alarm glossed at once as a video game (contexts.quoteGloss).
    "'Nes i ddwyn car fy nhad neithiwr' - ar Forza, gêm rasio",
  ])('reads "%s" below urgent', (text) => {
    expect(bothBelow(text, 'urgent')).toBe(true);
  });
});
