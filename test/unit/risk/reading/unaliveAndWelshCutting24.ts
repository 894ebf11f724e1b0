/**
 * Session 24 (s24-H): English suicide slang in the contracted "better off if I just …" form ("everyone'd be better off
 * if I just unalived"), and Welsh self-harm told as an event without a blade: "'di cutio nos Sul" (cutio is read as
 * torri), plasters shown on an arm or on the thigh, and cutting long past and stopped (a concern). Each beside its
 * everyday twin: a haircut, a broken arm, a machine that broke, a plaster for a graze or a jab. The phrase reading
 * alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const belowWelsh = readsBelowIn('cy');
const belowEnglish = readsBelowIn('en-GB');

describe('"better off if I just unalived / kms" (suicide.thoughts)', () => {
  it.each([
    "Y9 said everyone'd be better off if I just unalived tbh",
    "she messaged her mate 'you'd all be better off if i just kms'",
    'In our 1:1 he said his family would be better off if he just unalived, and he has said it twice this week',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'suicidal-ideation');
  });

  it.each([
    "Y10 said 'gonna unalive myself tonight, I've got the tablets saved'",
    "'everyone'd be better off if I just unalived' - she says she'll do it after school today",
  ])('reads the plan or the time "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'suicidal-ideation');
  });
});

describe('"kys" said of oneself (suicide.kill-self), beside "kys" said to someone (suicide.bullying-kys)', () => {
  it.each([
    'honestly I should just kys',
    "I'll just kys then, nobody would notice",
    "i'm gonna kys if it happens again",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'suicidal-ideation');
  });

  it.each(['He told another lad to kys in the group chat', "Someone commented 'kys' under her dance video"])(
    'reads the bullying "%s" a concern',
    (text) => {
      expectEnglish(text, 'concern');
    },
  );
});

describe('a laugh after it with the writer\'s "but" keeps it (contexts.earnest)', () => {
  it.each([
    "Said she wants to unalive herself, laughed after but that's the 2nd time this week",
    'Y8 told me he wants to kill himself and laughed afterwards but he has stopped eating lunch',
  ])('still reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'suicidal-ideation');
  });

  it.each(["Y6 said 'I want to die' when he lost at dodgeball and laughed afterwards, all fine"])(
    'reads the everyday "%s" below urgent',
    (text) => {
      expect(belowEnglish(text, 'urgent')).toBe(true);
    },
  );
});

describe('Welsh cutting told as an event (hunan-niwed.gweithredoedd, hunan-niwed.hanes)', () => {
  it.each([
    "Mae hi 'di cutio nos Sul, medda hi, a bod e 'di helpu ar y pryd",
    "Dwedodd y crwt wrtha i ei fod e 'di cutio neithiwr eto",
    "Bl 9 'di cutio dros y penwythnos, mae hi'n dawel iawn heddiw",
    'Mae e wedi torri ei hun eto wythnos yma',
    "Medda fo ei fod o 'di bod yn cutio ers y Pasg a'i fod o'n cuddio fo",
    "Mae hi 'di dechra cutio eto medda'i ffrind, mae hi'n ei wneud bob nos",
    "Dwi'n cutio bob nos rŵan, medda hi wrth y nyrs",
  ])('reads the recent cutting "%s" urgent', (text) => {
    expectWelsh(text, 'urgent', 'self-harm');
  });

  it.each([
    "Roedd hi 'di cutio llynedd ond mae 'di stopio ers misoedd, gweld cwnselydd",
    "Dangosodd hi'r plasters ar ei chlun i fi ar ôl y wers nofio",
    "Yn y car dangosodd e'r plasteri ar ei fraich, dim gair arall",
  ])('reads "%s" a concern', (text) => {
    expectWelsh(text, 'concern', 'self-harm');
  });

  it.each([
    "Torrodd hi ei gwallt nos Sul, mae'n edrych yn grêt",
    "Hogan Bl 7 'di torri ei gwallt dros y penwythnos",
    "Crwt Bl 5 'di torri'i fraich nos Sul yn chwarae pêl-droed, plaster am chwe wythnos",
    "Mae'r peiriant golchi wedi torri neithiwr, dim dillad glân i'r tîm",
    'Cafodd e doriad bach o gyllell grefft yn y wers gelf, plaster, nôl at y gwaith',
    'Plaster ar ei phen-glin am grafiad ar yr iard',
    'Hanner Bl 8 efo plasteri ar y ddwy fraich ar ôl y pigiad HPV',
    "Mae o 'di bod yn torri coed efo taid dros y penwythnos",
    "Ma'r peiriant yn torri bob dydd, ffoniwch y technegydd",
    "Dechreuodd hi dorri'r gacen pen-blwydd yn y parti",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(belowWelsh(text, 'urgent')).toBe(true);
  });
});
