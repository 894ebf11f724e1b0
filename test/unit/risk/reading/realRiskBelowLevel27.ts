/**
 * Session 27 (s27-A): real risk read below its level in round 50, by kind. Smothering by a person (a pillow or a hand
 * over the face) and a thing thrown at home "that's why" the cut are urgent physical abuse, and immediate when the one
 * who did it collects the child today; a safe adult collecting keeps it urgent. An adult coming into the child's room
 * at night while she pretends to sleep is urgent sexual abuse. A young child with a parent's drugs in hand who says how
 * the parent takes them is urgent. A child keeping food back for a brother or sister because there is no food at home
 * is urgent neglect. From round 49: a young person drinking alcohol every morning is urgent substance misuse, and a
 * father throwing something at the mother is urgent domestic abuse in Welsh too. Each beside its everyday twin, which
 * stays below. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('smothering by a person (abuse.smothered, cam-drin.mygu)', () => {
  it.each([
    "Y2 boy: 'my brother held a cushion over my face till I was kicking'.",
    "Nursery girl says 'mummy's friend presses the pillow on my face when I won't sleep'.",
    "Y5 said 'he put his hand over my mouth so I couldn't scream'.",
    // A game named, then a contrast: what follows is said beside it.
    "Y3: 'Dad said it was a pillow fight but he held the pillow over my face till I couldn't breathe'.",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'physical-abuse');
  });

  it.each([
    // South: "pilw", "ffili"; north: "clustog", "methu".
    "'Nath fy llystad ddal y pilw dros fy wyneb i nes o'n i ffili anadlu' – crwt bl 4.",
    "Hogan fach Bl 1: 'mae cariad mam yn gwasgu'r glustog ar fy wyneb pan dw i'n crio'.",
    "'Rhoiodd o ei law dros fy ngheg fel bo fi methu gweiddi' medde hi.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'physical-abuse');
  });

  it.each([
    'We had a pillow fight at the sleepover and Sam put a pillow on my face, I could not stop laughing.',
    'She put her hand over her mouth when she saw the birthday cake.',
    'Safe sleep leaflet given to mum: no pillows or duvets for the baby.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh pillow fight below urgent', () => {
    expect(
      below('Rhoddodd Gwen y glustog ar fy wyneb i yn y ffeit glustogau yn y dorm, pawb yn chwerthin.', 'urgent', 'cy'),
    ).toBe(true);
  });
});

describe('a thing thrown at home "that is why" the injury (abuse.thrown-that-is-why, cam-drin.taflu-dyna-pam)', () => {
  it("reads \"'Dad chucked the remote, that's how I got the bump'\" urgent", () => {
    expectEnglish(
      "Y3 girl: 'Dad chucked the remote, that's how I got the bump on my head'.",
      'urgent',
      'physical-abuse',
    );
  });

  it.each([
    "'Dad daflodd y plât, dyna pam mae'r briw ar fy moch' – Bl 2.",
    "'Mam nath dowlu'r gwydr, 'na pam ma'r marc 'ma' medde'r crwt.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'physical-abuse');
  });

  it.each([
    "He threw the ball too high in PE, that's why the window is cracked.",
    'Dad threw the frisbee and that is why it landed in the pond.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('harm by someone who collects the child today (contexts.handover, s27-A)', () => {
  it.each([
    // A name in the harm and the same name as the pickup; the doer laughing is no joke.
    "Y3 J: 'Liam put a pillow over my face till I couldn't breathe and then he laughed'. Liam is her stepbrother, 19. Mum is at work so Liam is the named pickup today.",
    "Y1 girl: 'mummy's boyfriend holds the cushion on my face when I cry'. Mummy's boyfriend is doing pickup today.",
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "'Dad nath daflu'r mỳg, 'na pam ma'r cwt' – crwt bach bl 2, cwt ffres ar ei ben. Dad newydd ffonio i weud bod e'n dod i'w nôl e am 1.",
    "'Mae taid yn rhoi'r glustog dros fy wyneb i nes dw i'n methu anadlu' medde hi. Mae taid yn ei nôl hi heddiw ar ôl ysgol.",
  ])('reads the Welsh "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it.each([
    // Another adult, not the one named in the harm, collects: the harm stays urgent.
    "Y2 boy said 'my brother put a pillow over my face last week'. Nan is collecting him today at 3.",
    'Y4 girl said her stepdad hit her with a belt at the weekend. Her auntie is picking her up at 3 today.',
  ])('keeps "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'physical-abuse');
  });

  it('keeps the Welsh harm urgent when nain collects', () => {
    expectWelsh(
      "'Nath Dad daflu'r plât, dyna pam mae'r briw' medde hi. Mae ei nain yn ei nôl hi heddiw am 3.",
      'urgent',
      'physical-abuse',
    );
  });
});

describe('an adult coming into the child’s room at night while she pretends to sleep (s27-A)', () => {
  it.each([
    "'Uncle Rob gets in my bed when everyone's asleep and I keep my eyes shut' – Y5 girl, quiet all day.",
    'Y6 boy told me he pretends to be asleep when his mum’s boyfriend comes into his room.',
    // "To check on her" is what the adult says: no illness or medicine is named, so no idiom explains it.
    "Y9 girl said her mum's boyfriend comes into her room at night 'to check on her' and sits on her bed.",
    // Buried in a week’s notes.
    'Week notes Y4: sports day moved to Friday. Spelling test went well. At the end of RE, K said her stepdad creeps into her bedroom at night and she pretends she is asleep, then went quiet. Harvest boxes by Tuesday.',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'sexual-abuse');
  });

  it.each([
    // South and north.
    "Nodiadau'r wythnos bl 5: gwaith cartref yn hwyr. Wedodd S bod ei llystad yn dod miwn i'w stafell hi yn y nos a bod hi'n esgus cysgu. Cyngerdd nos Iau.",
    "'Mae brawd mawr fi'n dŵad i fy llofft i ganol nos a dw i'n smalio cysgu' – hogan Bl 3.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'sexual-abuse');
  });

  it.each([
    "Mum comes into my room at night to check my temperature because I'm poorly.",
    'Dad popped in her room at night with her medicine when she had the flu.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh parent checking on a poorly child below urgent', () => {
    expect(
      below("Mae Mam yn dod i fy stafell i yn y nos i weld os dw i'n iawn achos dw i'n sâl.", 'urgent', 'cy'),
    ).toBe(true);
  });
});

describe('a young child with a parent’s drugs in hand (combo.young-child-brings-parents-drugs, s27-A)', () => {
  it.each([
    "Y1 boy brought a little bag of white powder in his coat and told his friend 'my dad puts it up his nose at the table'.",
    "Reception girl had a baggie of white stuff in her coat. 'Mummy sniffs it with a rolled up note.'",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'substance-misuse');
  });

  it.each([
    "Hogan fach Bl 1 efo bag bach o bowdwr gwyn yn ei bag ysgol: 'mam yn ei sniffian o ar ôl swper'.",
    "Crwt bach bl 2 â bag plastig bach o bowdwr gwyn yn ei boced. 'Dad yn rhoi e lan ei drwyn' wedodd e.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'substance-misuse');
  });

  it.each([
    'Y1 brought a little bag of white powder to show her friend - sherbet from the sweet shop, dad buys it every Friday.',
    'Y2 has a bag of white powder in her tray - flour from baking with mum.',
    "Y2 brought in a bag of white powder labelled creatine - dad's protein supplement from the gym.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh flour twin below urgent', () => {
    expect(
      below(
        "Daeth crwt bach bl 2 â bag plastig o bowdwr gwyn i'r ysgol – blawd o'r pobi efo mam ddoe.",
        'urgent',
        'cy',
      ),
    ).toBe(true);
  });
});

describe('a child keeping food back for a sibling because there is no food at home (s27-A)', () => {
  it.each([
    "Y2 girl takes bread rolls home from breakfast club in her book bag every day: 'they're for my baby sister cos there's nothing in the fridge'.",
    'Y3 boy keeps hiding food from lunch for his little brother. He says there is no food at home.',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    "Mae hogyn bach Bl 1 yn cuddio bwyd yn ei bocedi bob dydd: 'i Cai mae o, mae o'n crio pan does dim bwyd'. Cai ydy ei frawd bach.",
    "Croten Bl 2 yn mynd â bwyd adre o'r clwb brecwast i'w chwaer fach achos 'sdim bwyd yn tŷ ni'.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    "Y2 is saving a piece of cake from lunch for his brother's birthday tonight.",
    'Y4 took the leftover party food home for her sister, who was off sick.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh birthday cake below urgent', () => {
    expect(below("Mae o'n cadw darn o gacen i'w frawd achos mae'n ben-blwydd arno fo heddiw.", 'urgent', 'cy')).toBe(
      true,
    );
  });
});

describe('a young person drinking alcohol every morning (combo.drinking-every-morning, cyfuniad.yfed-bob-bore)', () => {
  it('reads the English "vodka … I drink every morning" urgent', () => {
    expectEnglish(
      "Y11 girl, cider in her water bottle again. 'I drink every morning before school or I can't get through it'.",
      'urgent',
      'substance-misuse',
    );
  });

  it.each([
    "Hogan Bl 11 efo seidr yn ei bag eto. 'Dw i'n yfed bob bore cyn ysgol, fedra i'm hebddo fo'.",
    "Crwt Bl 10 â fodca yn ei botel ddŵr yn y wers Gemeg. 'Fi'n yfed bob bore neu fi ffili dod miwn'.",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'substance-misuse');
  });

  it.each([
    'He drinks orange juice every morning before school. Mum says the wine at the wedding was lovely.',
    'Y8 girl brings in big energy drinks every morning and is tired in lessons.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a father throwing something at the mother (domestig.cam-drin, s27-A)', () => {
  it.each([
    "Wedodd hi bod ei thad 'di taflu'r teledu at ei mam nos Sadwrn a bod nhw'n cysgu yn nhŷ mam-gu ers 'ny.",
    'Dywedodd o bod ei lystad wedi lluchio cadair at ei fam neithiwr.',
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'domestic-abuse');
  });

  it('reads the Welsh game in the garden below urgent', () => {
    expect(below("Mae dad yn taflu'r bêl at mam yn yr ardd bob nos Sul.", 'urgent', 'cy')).toBe(true);
  });
});
