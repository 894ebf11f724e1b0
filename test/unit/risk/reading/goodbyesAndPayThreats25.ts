/**
 * Session 25 (s25-F): two kinds the phrase reading left to the learned reader in round 46. A first-person "I won't be
 * here / around" (Welsh "fydda i ddim yma", "fyddai'm yma", "sa i'n mynd i fod 'ma") in a sentence pair with sorry or
 * love to everyone is a goodbye, urgent (`combo.goodbye-not-here`, `cyfuniad.ffarwel-ddim-yma`), immediate when the
 * not-here words say tonight; an everyday absence said beside it (a holiday, the dentist, at dad's, for club) clears
 * it (tag `absence-said`, context `everydayAbsence`). A threat to make a parent or child pay, with a release from
 * prison, a return or contact coming, is domestic abuse, urgent; paying for a window or a trip is money. Each everyday
 * sentence beside its risk twin. The phrase reading alone (the learned reader is not asked). Every sentence is
 * synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a goodbye: "I won\'t be here" with sorry or love to everyone (combo.goodbye-not-here)', () => {
  it.each([
    "Y9 put on her story: 'I won't be here by the end of term, sorry everyone'",
    "Lad in Y10 texted his mate 'i won't be around after the mocks. love you all x'",
    "A note in his planner: 'I'm not going to be here much longer. Look after mum.'",
    "She wrote 'I won't be here next week, sorry for everything' on the group chat",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'suicidal-ideation');
  });

  it.each([
    "Y8 messaged 'I won't be here after tonight, love you all' and isn't answering",
    "Her story: 'sorry everyone. I won't be here in the morning'",
  ])('reads the goodbye for tonight "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'suicidal-ideation');
  });

  it.each([
    "Y5 boy told the class 'I won't be here next week, we're on holiday'",
    "Y7 on the club chat: 'sorry everyone, I won't be here for club tonight, dentist'",
    "Y9: 'I won't be here next week, I'm at my dad's, sorry everyone'",
    "'Sorry everyone, I won't be around after Friday, off for my op' from our Y11 captain",
    'Sorry everyone, I will not be here on Thursday as I am on a course. Cover work is in the tray.',
    "Y13 on the leavers' chat: 'Thanks for everything! I won't be here next year, we're moving to Bristol'",
    "'I won't be here for Saturday's game, sorry guys, my nan's 90th' – Y8 on the team chat",
  ])('reads the absence "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Her story says where she will be, and the twin says what she has.
    "Y10 on her story: 'I won't be here next week, sorry everyone'. Her friend says she has been saving tablets.",
    // A deadline, not a trip.
    "He wrote 'I won't be here after half term, sorry mum' inside his maths book",
  ])('still reads the risk twin "%s" at least urgent', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });
});

describe('a Welsh goodbye: "fydda i ddim yma" with sori or love to everyone (cyfuniad.ffarwel-ddim-yma)', () => {
  it.each([
    "Postiodd hi ar ei story: 'fydda i ddim yma erbyn y Pasg, sori i bawb'",
    "nodyn yn ei fag: 'fydda i ddim yma fory. sori am bopeth'",
    "Hogyn Bl 10 ar y grŵp: 'fyddai'm yma wsnos nesa, caru chi gyd'",
    "'sa i'n mynd i fod 'ma ar ôl yr arholiadau, sori i bawb' – neges gan ddisgybl Bl 11",
  ])('reads "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'suicidal-ideation');
  });

  it.each(["Neges gan Bl 9: 'fydda i ddim yma ar ôl heno. caru chi gyd'"])(
    'reads the goodbye for tonight "%s" immediate',
    (text) => {
      expectWelsh(text, 'immediate', 'suicidal-ideation');
    },
  );

  it.each([
    "Bl 6 ar grŵp y clwb: 'fydda i ddim yma wythnos nesa, gwyliau! hwyl i bawb'",
    "'sori pawb, fydda i ddim yma i'r clwb heno, deintydd' – neges gan Bl 8",
    "Bl 5: 'fydda i ddim yma dydd Gwener, priodas fy modryb, sori i bawb'",
  ])('reads the absence "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('a threat to make a parent or child pay, with a release or a return coming (combo.make-pay-on-release)', () => {
  it.each([
    'Nan says his dad gets out of prison on Friday and he has said he will make mum pay',
    "Y6 says her mum's ex is moving back to the area. He told her mum she will pay for this.",
    "Y8 girl: 'he'll make us pay when he's back' about her stepdad, who is on remand",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'domestic-abuse');
  });

  it.each([
    "Mam-gu'n deud bod ei thad yn dod mas o'r carchar mis nesa a'i fod e 'di deud y bydd e'n neud i mam dalu",
    "Y ferch yn poeni: mae o'n dod nôl dydd Sadwrn a medde fo bydd mam yn talu am hyn",
  ])('reads the Welsh "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'domestic-abuse');
  });

  it.each([
    "Y4 boy's dad says he'll make him pay for the window he broke out of his pocket money",
    'Parents need to pay for the trip by Friday; Mum will pay when she is back from work',
    'The boys made him pay for the crisps when they came back from the shop',
  ])('reads the money "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each(['Rhaid i rieni dalu am y trip erbyn dydd Gwener', "Dad R yn gweithio yn y carchar, mae o'n swyddog yno"])(
    'reads the Welsh everyday "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent', 'cy')).toBe(true);
    },
  );
});
