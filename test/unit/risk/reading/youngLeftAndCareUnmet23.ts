/**
 * Session 23 (s23-G): serious neglect told by what the signs are about, not how many. A young child (an age in brackets
 * "J (8)", "8yo", "aged 8", "Y3", Welsh "Bl 3") walking miles home alone or left somewhere for hours
 * (`combo.young-walks-far-alone`, `combo.young-left-for-hours`; Welsh `cyfuniad.plentyn-ifanc-cerdded-ymhell`,
 * `cyfuniad.plentyn-ifanc-gadael-am-oriau`); a disabled child's basic or medical care not met with harm to the child
 * (`combo.dependent-care-unmet`, Welsh `cyfuniad.gofal-plentyn-dibynnol`); food taken "out the bin". Each everyday
 * sentence beside its risk twin, which still reads at its level. The phrase reading alone (the learned reader is not
 * asked). Every sentence is synthetic.
 */
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { tokensFor } from '../../../../src/risk/matcher';
import { writtenTokens } from '../../../../src/risk/tokenize';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a young child walking a long way home alone, or left somewhere for hours, is urgent neglect', () => {
  it.each([
    'J (7) is dropped off at 7.30 for a 10 o’clock match every Sunday, no coat, no breakfast, then he walks home alone 3 miles.',
    'R (8) gets dropped off at the leisure centre at 8, no water, and he walks home on his own two miles along the A road.',
    'Our 8yo pupil walks home alone a mile along the main road every night.',
    'Y3 girl is dropped off at the park for hours on Saturdays with nobody there.',
    'Nobody picks T (6) up from the club for hours after it finishes.',
  ])('reads "%s" urgent neglect', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    "Mae M (8) yn cael ei ollwng am 7.30 bob bore Sul, dim brecwast, ac mae o'n cerdded adra ar ei ben ei hun, 3 milltir ar hyd y ffordd fawr.",
    'Crwt Bl 3 yn cael ei ollwng yn y parc am oriau bob dydd Sadwrn.',
    'Hogan Bl 3 (7) yn gwarchod ei brawd bach, y ddau ar ben eu hunain tan bore bob nos Wener.',
    // "adel" is a way of writing "adael" (left).
    "Crwt Bl 2 yn cael ei adel ar y buarth drwy'r dydd ar ddydd Sadwrn.",
  ])('reads the Welsh "%s" urgent neglect', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    // An older child walking home alone is everyday, however far.
    'Sam (13) walks home alone, it is about a mile.',
    'Mum has signed the form so her 13 year old can walk home alone from Monday.',
    // A young child waiting a few minutes for a late parent.
    'Our 8 year old waited ten minutes at the gate because dad was late, he was fine.',
    'K (8) was picked up ten minutes late today, mum rang ahead.',
    // A young child walking home with an adult, or a short way.
    'L (8) walks home with his grandad, it is two miles along the main road.',
    // Walking to school alone, half a mile: the writers call it a concern.
    'Y3 boy walks to school on his own, about half a mile.',
    // A list number in brackets is no age.
    'Reminders: (1) walking home alone forms are due; (2) the two mile sponsored walk is on Friday.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Hogan 13 yn cerdded adra ar ei phen ei hun, dau funud lawr y stryd, mam wedi rhoi caniatâd.',
    'Roedd L (8) yn aros deg munud wrth y giât achos roedd dad yn hwyr.',
    // Walking to school alone, half a mile: the writers call it a concern.
    "Bl 1 yn cerdded i'r ysgol ar ei ben ei hun, hanner milltir.",
    // A song that is "let it go", sung all day.
    "Mae'r plant Bl 3 wedi bod yn canu 'Gollwng yn Rhydd' drwy'r dydd.",
  ])('reads the Welsh everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });

  it('gives the learned reader the words as written: the "yo" read for "L (8)" is the phrases\' alone', () => {
    const tokens = tokensFor(defaultCompiledLexicons(), 'L (8) walks home alone');
    expect(tokens.map((token) => token.form)).toEqual(['l', '8', 'yo', 'walks', 'home', 'alone']);
    expect(writtenTokens(tokens).map((token) => token.form)).toEqual(['l', '8', 'walks', 'home', 'alone']);
    expect(tokensFor(defaultCompiledLexicons(), '(2) walks home').map((token) => token.form)).toEqual([
      '2',
      'walks',
      'home',
    ]);
  });
});

describe("a disabled child's basic or medical care not met, with harm to the child, is urgent neglect", () => {
  it.each([
    'Y4 boy with PMLD came in wearing the same nappy as yesterday, the skin is broken, and no feed was sent in for his gastrostomy.',
    'She is a wheelchair user and her pad has not been changed since yesterday, she has pressure sores that are bleeding.',
  ])('reads "%s" urgent neglect', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it('reads the Welsh "Crwt Bl 4 efo gastrostomi: yr un clwt â ddoe a croen wedi torri." urgent neglect', () => {
    expectWelsh('Crwt Bl 4 efo gastrostomi: yr un clwt â ddoe a croen wedi torri.', 'urgent', 'neglect');
  });

  it.each([
    // A feed forgotten once and brought in.
    'Y4 boy with PMLD: mum forgot his feed this morning and brought it in at 10, all fine.',
    // A care plan, a routine change.
    'New care plan for her gastrostomy feeds, two staff trained, nappy changed at 11 as usual.',
    // A wheelchair user's plaster from a fall, seen to.
    'He is a wheelchair user and grazed his knee at play, it was bleeding a little, cleaned and plastered.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh everyday "Cynllun gofal newydd ar gyfer ei gastrostomi, dau aelod o staff wedi hyfforddi." below urgent', () => {
    expect(
      below('Cynllun gofal newydd ar gyfer ei gastrostomi, dau aelod o staff wedi hyfforddi.', 'urgent', 'cy'),
    ).toBe(true);
  });
});

describe('food taken out the bin (neglect.no-food)', () => {
  it.each([
    'Y1 girl ate a sandwich out the bin at lunch today.',
    'He took bread out the bin in the dinner hall.',
    'Y2 boy was eating food out of bins behind the kitchen.',
  ])('reads "%s" urgent neglect', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each(['He took the rubbish out to the bins after lunch.', 'She took her coat out the bin bag of lost property.'])(
    'reads the everyday "%s" below urgent',
    (text) => {
      expect(below(text, 'urgent')).toBe(true);
    },
  );
});
