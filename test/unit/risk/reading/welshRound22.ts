/**
 * Issue 21, session 22 (s22-W): Welsh risk missed in round 39 and everyday Welsh read urgent or 999, fixed by kind. A
 * goodbye note that says the child will not be here to bother anyone any more, beside sorry for the trouble or her
 * things given away, is urgent; a rope the child has hidden is a plan (immediate tonight); someone doing things to the
 * child at night that she does not want is sexual abuse; violence to a child that is still going on is immediate.
 * Everyday: a bottle or acid gone missing, children back now, a gamekeeper's or a farmer's gun, a lamb cut at the
 * slaughterhouse, not wanting to live *here*, a parent's wedding, and wanting to stay in one's room (which bounds the
 * learned reader as an everyday event). Each beside its risk twin. The phrase reading alone unless said. Every sentence
 * is synthetic.
 */
import { assessText, compareLevels, type RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const level = (text: string): RiskLevel => phraseReading(text, 'cy').level;
const atLeast = (text: string, wanted: RiskLevel): boolean => readsAtLeast(text, 'cy', wanted);
const indicators = (text: string): readonly string[] => phraseReading(text, 'cy').indicators;

describe('a goodbye note: not being here to bother them any more, with sorry or things given away (ffarwel-terfynol)', () => {
  it.each([
    "Nodyn yng nghas pensil hogan Bl 5 i'w thad: 'sori am fod yn drafferth, fydda i'm yma i'ch poeni chi ddim mwy'.",
    "Llythyr gan grwt Bl 6 at ei fam-gu: 'fydda i ddim yma i'ch poeni, rhowch fy nhedi i Osian'.",
    "Hogan Bl 7 'di sgwennu: 'fydda i'm o gwmpas ddim mwy. Rhowch fy mhethau i Cerys'.",
  ])('reads "%s" urgent, suicidal ideation', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
    expect(indicators(text)).toContain('suicidal-ideation');
  });

  it.each([
    // Giving things away alone, or not being here tomorrow, is no goodbye.
    "Mrs H yn gadael: 'fydda i ddim yma fory, rhowch fy llyfrau marcio i Mr P'.",
    "Hogan Bl 4 'di rhoi ei theganau i'w chwaer fach achos ei bod hi'n rhy hen iddyn nhw.",
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('a hidden rope is a plan, and tonight makes it immediate (hunanladdiad.cynllun)', () => {
  it('reads a rope the child has hidden, with tonight, immediate', () => {
    expect(
      level("Crwt Bl 5 'di sgwennu: 'heno pan mae dad yn y dafarn dwi'n mynd i iwsio'r rhaff dwi 'di guddio'."),
    ).toBe('immediate');
  });

  it('reads a rope hidden with no time named urgent', () => {
    expect(level("Hogan Bl 8 yn deud bod hi 'di cuddio rhaff o dan ei gwely.")).toBe('urgent');
  });

  it.each([
    "Mae'r rhaff ddringo yn y gampfa, dwi 'di'i rhoi hi yn y cwpwrdd.",
    "Ni'n mynd i ddefnyddio'r rhaff i'r gêm tynnu rhaff ar fabolgampau.",
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('someone doing things to the child at night that she does not want (cam-drin.rhywiol)', () => {
  it.each([
    "Cwestiwn dienw yn y bocs: 'be os ydi dy ewythr yn neud petha i chdi yn y nos a ti ddim isio'. Arhosodd hogan 11 ar ôl a deud mai hi oedd hi.",
    "Hogyn Bl 7: 'mae fy nghefnder yn gwneud pethau i fi yn y nos'.",
    'Hogan 12 yn deud bod ei llysfrawd yn neud pethe iddi a hithe ddim isio.',
  ])('reads "%s" urgent, sexual abuse', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
    expect(indicators(text)).toContain('sexual-abuse');
  });

  it.each([
    'Mam yn gwneud pethau i fi bob bore cyn ysgol, fel plethu fy ngwallt.',
    'Dad yn neud petha i ni yn y gegin, pizza nos Wener!',
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('violence to a child that is still going on (cyfuniad.trais-yn-dal-i-fynd)', () => {
  it.each([
    "Dwi'n gweld o'r ffenest – dad G (bl 1) yn ei churo hi yn y maes parcio ac mae o'n dal i fynd ymlaen!",
    "Llystad R yn ei daro fo ar y palmant tu allan, R yn gweiddi 'plis dad stopa'.",
  ])('reads "%s" immediate', (text) => {
    expect(level(text)).toBe('immediate');
  });

  it.each([
    // Over, or a game.
    "Bl 2 yn deud bod dad wedi ei daro fo ddoe. Mae'r cyfarfod yn dal i fynd ymlaen tan 4.",
    "Dau o Bl 3 yn cosi ei gilydd, un yn sgrechen 'plis stopa' a chwerthin.",
  ])('keeps "%s" below immediate', (text) => {
    expect(atLeast(text, 'immediate')).toBe(false);
  });
});

describe('everyday Welsh once read urgent or 999', () => {
  it.each([
    // A bottle or a chemical gone missing is a thing.
    "Potel o asid sylffwrig 'di mynd ar goll o'r stafell gemeg – ffeindio hi yn y sinc.",
    // Back now.
    "Tri o Bl 8 'di diflannu tu ôl i'r neuadd am hanner awr amser cinio. Cael gair, ma nhw'n ôl.",
    // A gamekeeper or a farmer shooting birds is a lawful gun.
    "Bl 3 yn deud bod 'dyn efo gwn' yn y goedwig - ciper yn saethu ffesantod, mae'r ysgol yn gwybod.",
    "Plant yn poeni am 'ddyn efo gwn' ar y cae - y ffarmwr yn saethu brain, wedi ffonio'r swyddfa.",
    // Not wanting to live here: a place.
    "Crwt Bl 5 yn deud 'sai moyn byw 'ma rhagor' achos bod y teulu'n symud i Abertawe ac mae e'n colli'r tîm.",
    // A parent's wedding.
    "Hogan Bl 2: 'ma' dad yn mynd i briodi yn Sbaen a fi'n forwyn briodas!'",
  ])('keeps "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('reads blood from a lamb cut at the slaughterhouse below urgent', () => {
    expect(
      atLeast(
        "Fideo ar y grŵp: cyllell fawr a gwaed ym mhobman – tad un o'r bois yn y lladd-dy yn torri oen.",
        'urgent',
      ),
    ).toBe(false);
  });

  it.each([
    // A child cut at the slaughterhouse is hurt.
    ["Roedd e'n helpu yn y lladd-dy a gwaed ym mhobman, mae e wedi torri ei law yn ddwfn.", 'immediate'],
    // Not wanting to live at all, or missing and not back.
    ["Crwt Bl 5 yn deud 'sai moyn byw rhagor'.", 'urgent'],
    ["Dau o Bl 7 'di diflannu o'r ysgol ers amser cinio, dim golwg ohonyn nhw.", 'urgent'],
    // A man with a gun and nothing explained.
    ["Plant yn deud bod 'na ddyn efo gwn ar y cae tu ôl i'r ysgol rŵan.", 'immediate'],
    // A child sent abroad to marry.
    ['Mae ei thad yn mynd â hi i Bacistan i briodi ei chefnder.', 'urgent'],
  ] as const)('still reads the risk twin "%s" at %s or higher', (text, wanted) => {
    expect(compareLevels(level(text), wanted)).toBeGreaterThanOrEqual(0);
  });
});

describe("wanting to stay in one's room is withdrawal, not a wish to die (hwyliau.aros-yn-ei-stafell)", () => {
  it('reads a Welsh account of a long CAMHS wait below urgent with both readers', () => {
    const text =
      'Mae CD (blwyddyn 8) ar restr aros CAMHS ers chwe mis ac yn mynd yn dawelach. Dywedodd hi "dw i jyst isio aros yn fy stafell".';
    expect(compareLevels(assessText(text, 'cy').level, 'urgent')).toBeLessThan(0);
    expect(level(text)).toBe('concern');
  });

  it.each([
    'Dywedodd hi "dw i jyst eisiau aros yn fy stafell, dw i ddim eisiau byw".',
    'Mae o eisiau aros yn ei stafell a dywedodd ei fod o isio marw.',
  ])('still reads "%s" urgent', (text) => {
    expect(compareLevels(assessText(text, 'cy').level, 'urgent')).toBeGreaterThanOrEqual(0);
  });
});

describe('a child locked in or out, shut in a kennel or burnt with a cigarette (cam-drin.corfforol)', () => {
  it.each([
    "Hogan Bl 2: 'mae dad yn cloi fi yn y sied pan dwi'n crio'.",
    "Crwt Bl 6 yn gweud bod ei lystad yn ei gloi e mas o'r tŷ tan hanner nos.",
    "Bl 1: 'Taid yn rhoi fi yn y cwt ci os dwi'n ddrwg'.",
    "Hogyn Bl 3: 'Dad yn llosgi fi efo'r sigarét pan dwi'n ateb nôl'. Wedyn aeth o i chwarae tag.",
  ])('reads "%s" urgent, physical abuse', (text) => {
    expect(level(text)).toBe('urgent');
    expect(indicators(text)).toContain('physical-abuse');
  });

  it.each([
    "Mae'r ci yn cysgu yn y cwt ci bob nos, rhoi fo yno ar ôl swper.",
    "Dwi 'di cloi'r sied a'r cwpwrdd offer cyn gadael.",
    "Mam yn llosgi'r tost bob bore, medda fo, a chwerthin.",
  ])('keeps the everyday "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });
});

describe('a parent thrown down the stairs (domestig.cam-drin), an overdose told in the first person (perygl.gorddos)', () => {
  it('reads a mother thrown down the stairs urgent, domestic abuse', () => {
    const text = "Bl 3 yn deud bod dadi 'di thaflu mami lawr y grisiau nos Wener.";
    expect(level(text)).toBe('urgent');
    expect(indicators(text)).toContain('domestic-abuse');
  });

  it('reads "nes i gymryd llwyth o dabledi" at 999 level, as English "I took a load of tablets"', () => {
    expect(level("Hogan Bl 11 yn deud 'nes i gymryd llwyth o dabledi neithiwr'.")).toBe('immediate');
  });

  it.each(["Mam yn taflu'r sbwriel lawr y grisiau i'r bin.", "Nes i gymryd fy nhabledi alergedd bore 'ma fel arfer."])(
    'keeps the everyday "%s" below urgent',
    (text) => {
      expect(atLeast(text, 'urgent')).toBe(false);
    },
  );
});
