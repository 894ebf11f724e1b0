/**
 * Session 24 (lead, after round 45): hands put round a young person's throat, or round the neck until she could not
 * breathe, is strangulation (`abuse.hands-round-throat`, urgent): round 45 told it in the middle of a progress review
 * ("last Thursday in the car he put his hands round her throat until she 'saw stars'") and no phrase read it. With the
 * person due to collect her today the handover rule makes it immediate. A hand round a neck for a hug or a necklace is
 * not the entry. The phrase reading alone; every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');

describe('hands round the throat (abuse.hands-round-throat)', () => {
  it.each([
    'Y11 said her boyfriend put his hands round her throat at the weekend.',
    'He had his hands round my neck until I could not see properly, she told me.',
    "Mum's partner grabbed his hands around her throat in the kitchen.",
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'physical-abuse');
  });

  it('reads it immediate when the one who did it collects her today', () => {
    expectEnglish(
      'Last Friday her boyfriend (23) put his hands round her throat until she nearly passed out. He is picking her up at 4 today.',
      'immediate',
    );
  });

  it.each([
    'The baby put his hands round her neck and gave her a big hug.',
    'She put her hands round her neck to do up the necklace for the photo.',
    'Mum put her hand on his neck to check his temperature.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});
