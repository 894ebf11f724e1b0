/**
 * Session 26 (s26-R): kinds of real risk that rounds 47 and 48 showed the phrase reading left below their level, in
 * English and Welsh (north and south forms). A parent hit just now with a young child still in the house with the one
 * who did it (immediate); a drunk teenager in a car with older men that is leaving now (immediate); an acute untreated
 * medical need of a young child that no one takes to a dentist or doctor (urgent neglect); "I won't be here to see the
 * results" with no reason given (urgent); Welsh "'di cutio'i choese / breichia" (urgent self-harm); a parent passed out
 * with foil or needles while a child looks after a younger one (urgent); a home of no beds, no bedding, urine and an
 * empty fridge (the neglect tally); signs of child exploitation together (a tally); an injury whose first account
 * changed to a parent's temper (urgent); a family from a refuge and a count of injuries logged this term (concern).
 * Each everyday sentence beside its risk twin. The phrase reading alone (the learned reader is not asked). Every
 * sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a parent hit just now and a young child still there with the one who did it (s26-R)', () => {
  it.each([
    'Y9 girl came into youth club at 7: her stepdad punched her mum an hour ago and smashed the telly, and her little sister (4) is still in the house with him now.',
    'He says his dad attacked his mum earlier tonight. Mum ran to a neighbour, and his baby brother is still at home with him.',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'domestic-abuse');
  });

  it.each([
    "Wedodd y groten bod ei llystad 'di bwrw'i mam hi gynne a thorri'r teledu, a bod ei chwaer fach 4 oed dal yn y tŷ gyda fe nawr.",
    "Deudodd yr hogan bod ei thad wedi taro ei mam heno a malu'r drws, a bod ei brawd bach 5 oed dal adra efo fo rŵan.",
  ])('reads the Welsh "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'domestic-abuse');
  });

  it('keeps violence last month, or a child now safe with a relative, urgent', () => {
    expectEnglish(
      "Y9 girl says her stepdad punched her mum last month and smashed the telly; her little sister is safe at her nan's now.",
      'urgent',
    );
    expectWelsh(
      "Deudodd yr hogan bod ei thad wedi taro ei mam fis diwetha, ond mae hi a'i brawd bach yn saff yn nhŷ nain rŵan.",
      'urgent',
    );
  });
});

describe('a drunk teenager in a car with older men that is leaving now (s26-R)', () => {
  it('reads exploitation happening now immediate', () => {
    expectEnglish(
      "Y8 girl, very drunk, in the back of a car with two older men outside the leisure centre; her mate says they're taking her to a party in town. The car is pulling off now.",
      'immediate',
      'exploitation',
    );
    expectWelsh(
      "Croten Bl 9 'di meddwi yn y car gyda tri dyn hŷn, ma nhw'n mynd â hi i barti yn Aberaeron, ma'r car yn dechre symud nawr",
      'immediate',
      'exploitation',
    );
    expectWelsh(
      "Hogan Bl 8 yn feddw yng nghefn car efo dau ddyn hŷn tu allan i'r ganolfan hamdden, ei ffrind yn deud bod nhw'n mynd â hi i barti. Mae'r car yn gyrru i ffwrdd rŵan.",
      'immediate',
      'exploitation',
    );
  });

  it('reads a parent driving a child to a party below urgent', () => {
    expect(
      below("Y8 girl got in the car with her dad after the party, he was taking her to her nan's.", 'urgent'),
    ).toBe(true);
    expect(below("Aeth hi i'r car gyda'i thad ar ôl y parti, roedd e'n mynd â hi i dŷ mam-gu.", 'urgent', 'cy')).toBe(
      true,
    );
  });
});

describe("a young child's acute medical need that no one takes to a dentist or doctor (s26-R)", () => {
  it.each([
    "Reception boy with an abscess on his gum, his cheek has swollen up and he can't eat his lunch. Mum won't take him to the dentist, says it's only a baby tooth.",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    "Hogyn bach dosbarth derbyn, ei wyneb wedi chwyddo a methu bwyta ei ginio. Mam heb fynd â fo at y deintydd er gwaetha'r llythyrau.",
    'Crwt bach 5 oed, ei foch wedi chwyddo a ffaelu byta. Mam yn gwrthod mynd â fe at y deintydd.',
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it('reads a filling yesterday, or a dentist booked, below urgent', () => {
    expect(
      below(
        'Reception boy had a filling yesterday, cheek a bit swollen today. Mum has booked a check-up for Friday.',
        'urgent',
      ),
    ).toBe(true);
    expect(
      below(
        'Hogyn bach 5 oed wedi cael llenwad ddoe, ei foch wedi chwyddo chydig. Mam wedi trefnu apwyntiad at ddydd Gwener.',
        'urgent',
        'cy',
      ),
    ).toBe(true);
  });
});

describe('"I won\'t be here to see …" said of oneself with no reason given (s26-R, tag absence-said)', () => {
  it.each([
    "Y11 wrote on the back of her mock paper 'I won't be here to see the results anyway'. Nothing to do with the question.",
    "Y11 wrote 'I won't be here by the summer' in the margin of her revision plan.",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'suicidal-ideation');
  });

  it.each([
    "Ar waelod ei gwaith cartref mae hi 'di sgwennu 'fydda i ddim yma i weld y canlyniadau'. Dim byd i'w wneud efo'r dasg.",
    "Sgwennodd e ar ei draethawd 'erbyn nadolig fydda i ddim 'ma'. Dim byd i neud 'da'r testun.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'suicidal-ideation');
  });

  it.each([
    ["Y11 said 'I won't be here to see the results, we're moving to Spain in July'.", 'en-GB'],
    ["Y13 said he won't be here to see the results because he's off to college in Canada.", 'en-GB'],
    ["Wedodd e 'fydda i ddim 'ma i weld y canlyniade, ni'n symud i Awstralia ym mis Gorffennaf'.", 'cy'],
    ['Fydda i ddim yma i weld y canlyniadau achos dwi ar gyfnewid yn Ffrainc.', 'cy'],
  ] as const)('reads the absence with its reason "%s" below urgent', (text, locale) => {
    expect(below(text, 'urgent', locale)).toBe(true);
  });
});

describe('Welsh "\'di cutio\'i choese / breichia": cutting told with a body part (s26-R)', () => {
  it.each([
    "Dywedodd hogan Bl 9 ei bod hi 'di cutio'i breichia neithiwr ar ôl ffrae efo'i thad.",
    "Wedodd croten Bl 10 bod hi 'di cutio'i choesau dros y penwythnos, a dangosodd hi'r plasters.",
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'self-harm');
  });

  it.each([
    'Torrodd hi ei braich yn sgïo dros y penwythnos, mae mewn plastar.',
    "Bydd e'n torri'i goese ar y trampolîn 'na lol.",
    "Bl8 yn ymddwyn fel tasen ni 'di torri'u breichia nhw pan aeth y ffonau i'r bocs.",
  ])('reads a broken limb or hyperbole "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('a parent passed out with foil or needles while a child looks after a younger one (s26-R)', () => {
  it('reads it urgent neglect', () => {
    expectEnglish(
      'Home visit: dad out cold on the settee with needles on the table, the 8 year old was feeding the baby.',
      'urgent',
      'neglect',
    );
    expectWelsh(
      "Ymweliad: mam wedi pasio allan ar y soffa efo ffoil ar y bwrdd, a'r hogyn 7 oed yn gwneud te i'w chwaer fach.",
      'urgent',
      'neglect',
    );
    expectWelsh(
      "Ymweliad: mam allan ohoni ar y soffa, nodwyddau ar y llawr, y groten 8 oed yn bwydo'r babi.",
      'urgent',
      'neglect',
    );
  });

  it('reads a parent asleep after a night shift below urgent', () => {
    expect(
      below(
        'Home visit: dad asleep on the settee after a night shift, the 8 year old was reading to the baby.',
        'urgent',
      ),
    ).toBe(true);
  });
});

describe('a home told as a list of conditions: no beds, no bedding, urine, an empty fridge (the neglect tally)', () => {
  it('reads four kinds of sign urgent', () => {
    expectEnglish(
      'Home visit: no beds, the three children sleep on a mattress on the floor with no bedding, strong smell of urine, nothing in the fridge, mum in bed at 2pm.',
      'urgent',
      'neglect',
    );
    expectWelsh(
      'Ymweliad cartref: mam yn y gwely am 1 y pnawn. Dim gwelyau, y plant yn cysgu ar fatras ar y llawr heb ddillad gwely, gwynt piso cryf, dim byd yn yr oergell.',
      'urgent',
      'neglect',
    );
  });

  it('reads a tidy home below urgent', () => {
    expect(below("Ymweliad: tŷ taclus, gwelyau newydd i'r plant, digon o fwyd yn yr oergell.", 'urgent', 'cy')).toBe(
      true,
    );
  });
});

describe('signs of child exploitation together, even after good news (tally exploitation.signs-together)', () => {
  it('reads three kinds of sign urgent', () => {
    expectEnglish(
      'Lovely news first: mum passed her driving test. But M (13) has been out till 3am most nights, cars picking her up from the corner, she comes home drunk and has a second phone nobody bought her.',
      'urgent',
      'exploitation',
    );
    expectWelsh(
      "Mae M (13) 'di bod allan tan 3 y bore sawl noson, ceir yn ei nôl hi o ben y lôn, ac mae hi'n dod adre'n feddw efo ail ffôn.",
      'urgent',
      'exploitation',
    );
  });

  it('reads a school disco and a birthday phone below urgent', () => {
    expect(
      below('M (13) was out till 10pm at the school disco, came home tired, new phone for her birthday.', 'urgent'),
    ).toBe(true);
  });
});

describe("an injury whose first account changed to a parent's temper (s26-R)", () => {
  it('reads it urgent physical abuse', () => {
    expectEnglish(
      "Bruise on his cheek. At first he said he fell off his bike, then later told me his dad loses his temper when he's had a drink.",
      'urgent',
      'physical-abuse',
    );
    expectWelsh(
      'Clais ar ei foch. I ddechrau dywedodd ei fod wedi syrthio, wedyn bod ei dad yn colli ei dymer ar nos Sadwrn.',
      'urgent',
      'physical-abuse',
    );
    // The writer's injury is told before the child's quoted words: a gloss after the quote does not explain it.
    expectWelsh(
      "Llygad ddu gan hogyn Bl 9. Gynta 'nes i daro'r drws', wedyn: 'mam yn colli'i thymer pan dwi'n hwyr'. Mae o'n gwneud ei waith cartref yn y llyfrgell.",
      'urgent',
      'physical-abuse',
    );
  });

  it('reads a parent shouting at the football below urgent', () => {
    expect(below('His dad loses his temper when Spurs lose, he shouts at the telly.', 'urgent')).toBe(true);
    expect(below("Ma'i dad e'n colli'i dymer pan ma'r Sgarlets yn colli, gweiddi ar y teledu.", 'urgent', 'cy')).toBe(
      true,
    );
  });
});

describe('a family from a refuge, and a count of injuries logged this term: concern (s26-R)', () => {
  it('reads them concern', () => {
    expectEnglish(
      "New starter from a women's refuge; mum says dad has no right to information about the children.",
      'concern',
    );
    expectEnglish('Y5 girl: 4th visit to first aid this term, each time a fall in the playground.', 'concern');
    expectWelsh("Teulu 'di symud o loches yng Nghaerdydd; dyw tad ddim i gael gwybodaeth am y plant.", 'concern');
  });

  it('reads lateness and an air-raid shelter as none', () => {
    expectEnglish('Y5 girl late for the 4th time this term, bus problems again.', 'none');
    expectWelsh('Gwers hanes: y plant yn cysgu yn y lloches yn ystod y Blitz.', 'none');
  });
});
