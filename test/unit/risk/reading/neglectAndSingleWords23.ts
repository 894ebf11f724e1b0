/**
 * Session 23 (s23-D): serious neglect told as signs of several kinds spread across a message (the lexicon's `tallies`:
 * `neglect.signs-together`, Welsh `esgeulustod.arwyddion-gyda-i-gilydd`, four different kinds of sign), and a
 * disclosure told one word at a time on a symbols board or in signs (`abuse.single-words`, Welsh
 * `cam-drin.geiriau-unigol`, tag `single-words`), which the handover-today rule then raises like any phrase finding.
 * Each everyday sentence beside its risk twin, which still reads at its level. The phrase reading alone (the learned
 * reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('signs of neglect of four different kinds in one message are urgent (tallies)', () => {
  it.each([
    'Reception girl in the same clothes all week, smells strongly of urine, took bread from the bin at lunch, and says mum sleeps all day.',
    'Y1 boy in yesterday’s nappy with broken skin, no feed sent in for his tube, smells strongly and nobody collected him until 5.',
    'Y3 lad came in with no coat again. He has head lice and was starving at lunch. He says his mum is always in bed and he makes the tea for his little sister.',
  ])('reads "%s" urgent neglect', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it.each([
    "Crwt Bl 2 yn yr un dillad ers dydd Llun, drewi o wrin, bwyta bara o'r bin amser cinio ac yn dweud bod 'dim golau' yn y tŷ.",
    "Croten Bl 1 heb got eto, llau pen, llwgu amser cinio, yn dweud bod mam yn cysgu drwy'r dydd.",
  ])('reads the Welsh "%s" urgent neglect', (text) => {
    expectWelsh(text, 'urgent', 'neglect');
  });

  it.each([
    // One sign, or a few of one or two kinds, is not serious neglect.
    'Y2 girl was hungry at lunch today because she forgot her lunchbox.',
    'She has worn the same hoodie all week because it is her favourite.',
    'Mum is off sick today so nan is collecting.',
    'He walks home alone at 11 from football, mum is fine with it.',
    'Y4 lad was starving after football, had no coat on the trip, got nits from his cousin, and his shoes have holes because he wore them out on the field.',
    // Signs denied are not signs.
    'Y2 girl is not hungry, her clothes are clean, no smell, no head lice, mum is up and about, it was just a tired Monday.',
    // A training list names signs, no child.
    'Safeguarding training for staff tonight: signs of neglect include being hungry, the same clothes every day, smelling of urine, head lice and no heating at home.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Roedd hi’n llwgu ar ôl y gêm heddiw achos anghofiodd hi ei bocs bwyd.',
    "Mae hi'n gwisgo'r un hwdi bob dydd achos dyna'i ffefryn hi.",
  ])('reads the Welsh everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('a disclosure in quoted single words (tag single-words) and the child handed over today', () => {
  it.each([
    "P (13, SLD) used her symbols board to tell me 'dad' 'hurt' 'head' and pointed at a bump above her ear. Dad is due to collect her at 3 today.",
    "T said 'mummy' 'smack' 'bottom' on his talker and cried. Mummy picks him up at 3 today.",
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'physical-abuse');
  });

  it("reads the words alone, with no handover today, urgent: \"She signed 'mum' 'hit' 'face' and covered her cheek.\"", () => {
    expectEnglish("She signed 'mum' 'hit' 'face' and covered her cheek.", 'urgent', 'physical-abuse');
  });

  it('reads the Welsh words with the child collected today immediate', () => {
    expectWelsh(
      "Defnyddiodd hi ei bwrdd symbolau i ddweud 'dad' 'brifo' 'pen'. Mae dad yn ei nôl hi am 3 heddiw.",
      'immediate',
      'physical-abuse',
    );
  });

  it.each([
    // Dad's own football injury: single words do not say whose knee, and the game explains them.
    "She said 'dad' 'hurt' 'knee' when she was telling me about her dad's football injury.",
    // Not written apart in quotes: a note about dad, not a child's single words.
    'My dad hurt his head at work so my nan is collecting me today.',
    // Quoted words that are not a telling: a spelling list.
    "Spelling list this week: 'head' 'hurt' 'dad' 'bread' 'ready'.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});
