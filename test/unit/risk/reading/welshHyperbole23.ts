/**
 * Issue 21, session 23 (s23-C): everyday Welsh read urgent or 999 in round 42, fixed by kind. A teenager's wish to die
 * with a trivial cause after it (not being allowed to go to a show, a match or a gig, no tickets, the wifi down) is
 * hyperbole (`contexts.trivialCause`, concern with `joking`, never cleared); a young child who does not want to go home
 * because she wants to finish or keep playing is an idiom. Each beside its risk twin, which still reads at its level.
 * The phrase reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('cy');
const below = readsBelowIn('cy');

describe('a wish to die if not allowed to go to an event, or over tickets or the wifi (contexts.trivialCause)', () => {
  it.each([
    "Hogan Bl 10 yn deud ei bod hi 'am farw' os na chaiff hi fynd i'r gig yng Nghaerdydd.",
    'Crwt Bl 9 yn gweud bod e am farw os na cha i fynd i gêm yr Elyrch dydd Sadwrn, medde fe.',
    "Mae hi'n deud ei bod hi am ladd ei hun os di hi'm yn cael tocynnau i'r ŵyl.",
    "Bois Bl 8 yn deud bo nhw 'isio marw' achos bod y wifi 'di mynd lawr amser cinio.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Not being allowed out of the house is no event.
    "Mae hi'n deud ei bod hi am farw os na chaiff hi fynd o'r tŷ 'ma.",
    // What someone did to the child is never a trivial cause.
    "Mae o'n deud ei fod o isio marw achos bod ei lystad yn gweiddi arno fo bob nos.",
    'Hogan Bl 9 yn deud ei bod hi isio marw, does neb yn ei charu hi.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('not wanting to go home because she wants to finish or keep playing (idiom)', () => {
  it.each([
    "Hogan fach Derbyn yn deud 'dwi'm isio mynd adra' achos bod hi isio gorffen ei llun.",
    "Crwt Meithrin yn llefain 'sai moyn mynd adre' achos bod e moyn aros i whare ar y beics.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Hogan fach yn deud 'dwi'm isio mynd adra' achos bod hi ofn ei thad.",
    "Hogyn Bl 2 yn deud 'dwi ddim isio mynd adra' achos bod o ofn be neith dad.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent');
  });
});

describe('a wish to die with a laugh about it that followed, in Welsh (contexts.laughedAfter)', () => {
  it.each([
    "Hogyn Bl 8 yn gweiddi 'dwi isio marw' ar ôl colli'r ras. Nôl yn chwerthin mewn munud.",
    "Croten Bl 10 'moyn marw' achos bod ei thad 'di dawnsio yn y disgo. Chwerthin amdano fe wedyn.",
    "Hogan Bl 9 'di deud 'dwi isho marw' pan ddisgynnodd hi yn y mwd. Chwerthin efo'i ffrindiau wedyn.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A lone laugh after a plain full stop may be a child masking.
    'Mae hi eisiau marw. Chwerthin wedyn.',
    // The writer's "ond" after the laugh keeps it.
    'Hogyn Bl 9 yn deud ei fod o isio marw. Chwerthin amdano fo wedyn ond mae o wedi sôn am sut.',
    "Mae hi eisiau marw. Nôl yn chwerthin erbyn amser cinio, ond mae hi'n rhoi ei phethau i ffwrdd.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('a disclosure said laughing stays at its level (laughedAfter lowers only a wish to die or a threat)', () => {
  it.each([
    "Hogyn Bl 6 'di deud bod ei dad yn ei guro fo bob nos. Nôl yn chwerthin mewn munud.",
    "Hogan Bl 8 yn deud bod ei llystad yn ei tharo hi. Chwerthin amdano fo wedyn efo'i ffrindiau.",
  ])('still reads "%s" urgent, physical abuse', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});

describe("a child's 'he hits me' said next to be a game: a ball, chess, darts, Mario Kart (contexts.identifiedPlay)", () => {
  it.each([
    "Crwt Bl 2: 'Nath Dad fy mwrw i!' – efo'r bêl draeth yn yr ardd, medde Mam wrth y gât.",
    "Hogan Bl 3: 'Ma dad yn fy mwrw i bob tro!' – am gwyddbwyll oedd hi'n sôn, mae hi 'di ymuno â'r clwb.",
    "Hogyn Bl 5: 'mae 'mrawd i'n hitio fi o hyd' - ni'n siarad am Mario Kart, efo'r gragen las.",
    "Crwt Bl 1 'di gweud 'ma dadi 'di bwrw fi' - o'dd e'n sôn am y gêm pêl-eira ddoe.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A game named in the next sentence is not what the child meant by it.
    "Mae dad yn fy mwrw i bob nos. Mae o'n sôn am y gêm rygbi.",
    "Nath ei llystad ei tharo hi ar ôl y gêm. Roedd hi'n sôn am y gêm.",
    // The game as the occasion of the blow is no game ("pan", when: contexts.reasonFor).
    "Mae dad yn fy nharo i efo'i felt pan dwi'n colli ar y darts.",
    "Mae ei llystad yn ei bwrw hi pan mae hi'n ennill ar y darts.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});

describe("a young child 'going to marry': a bridesmaid or a page boy, a playtime wedding, when she's big (idioms)", () => {
  it.each([
    "Hogan Bl 2 yn deud ei bod hi'n mynd i briodi dydd Sadwrn - morwyn briodas yw hi i'w modryb.",
    "Hi yw'r forwyn briodas, felly mae hi'n deud wrth bawb bod hi'n mynd i briodi.",
    "Dau o'r Derbyn yn deud eu bod nhw'n mynd i briodi amser chwarae, modrwy o bapur.",
    "Crwt bach yn deud ei fod e'n mynd i briodi Mami pan fydd e'n fawr.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Someone else is the bridesmaid: the child is still the one being married.
    "Mae hi'n mynd i briodi dyn yn yr haf, ei chyfnither fydd y forwyn briodas.",
    "Mae hi'n mynd i briodi ei chefnder pan fydd hi'n 16.",
    "Mae hi'n mynd i briodi dros yr haf yn Bangladesh, medde hi.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'forced-marriage');
  });
});
