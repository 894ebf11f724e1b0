/**
 * Issue 22, session 22 (s22-D): a child in or under water and not moving, breathing or coming up
 * (`combo.under-water-still`, Welsh `cyfuniad.o-dan-y-dwr-llonydd`) is immediate, a medical emergency whatever its
 * cause; abuse linked to faith or belief (a child called a witch or possessed, a spirit beaten or starved out of them,
 * deliverance or an exorcism done on them: `abuse.faith-belief`) is urgent, and immediate when it is planned for
 * tonight (`combo.faith-abuse-tonight`). Each everyday sentence beside its risk twin, which still reads at its level.
 * The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import type { RiskLevel } from '../../../../src/risk';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { expectPhraseLevelIn, readsAtLeast } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = (text: string, level: RiskLevel, locale: SupportedLocale = 'en-GB') => !readsAtLeast(text, locale, level);

describe('a child under water and not moving, breathing or coming up (combo.under-water-still)', () => {
  it.each([
    'A Year 3 girl is under the water in the school pond right now and she is not moving',
    'He went under the ice on the reservoir this evening and has not come back up',
    'My little sister is face down in the paddling pool and not moving, please help',
    'Y5 boy fell through the ice on the canal and hasnt come up, we cant see him',
    // A sentence and the next: the ice, then the stillness.
    'Y6 has gone through the ice on the duck pond!! He is up to his waist and not moving.',
    'They dragged her out of the lake and she is not responding',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    // Swimming: under and up again.
    'In swimming she went under the water and came up giggling',
    // Science: an object under the water.
    'In science the Y4s pushed a cork under the water to see whether it floats back up',
    'The ball went under the water and hasnt come up, we will fish it out at break',
    // A breath-holding game.
    'He held his breath under the water for twenty seconds without moving and won the game',
    // Canoeing and a frozen pond with no one on it.
    'Canoeing on the river today, one boy capsized and swam straight to the bank laughing',
    'The field pond is frozen solid but no one went on the ice',
    // A lifesaving class: the manikin is not a child.
    'In lifesaving the manikin was under the water and not moving until they rescued it',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a child under water and still, in Welsh (cyfuniad.o-dan-y-dwr-llonydd)', () => {
  it.each([
    'Mae bachgen Bl 4 o dan y dŵr yn y pwll a heb ddod i fyny',
    'Aeth hi o dan yr iâ ar y llyn heno a dyw hi ddim wedi dod i fyny',
    'Mae fy mrawd bach wyneb i waered yn yr afon a ddim yn symud',
    "Tynnon ni fe mas o'r llyn a dyw e ddim yn symud",
  ])('reads "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "Aeth hi o dan y dŵr yn y pwll nofio a daeth hi i fyny'n chwerthin",
    "Gwers wyddoniaeth: rhoi'r corcyn o dan y dŵr i weld os ydy o'n arnofio",
    "Mae'r llyn wedi rhewi, neb ar yr iâ",
    "Roedd y pentref o dan y dŵr a'r capel hefyd, meddai'r plant yn y wers hanes",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('abuse linked to faith or belief (abuse.faith-belief, combo.faith-abuse-tonight)', () => {
  it.each([
    'Y4 boy says his uncle calls him a witch and hits him to get the devil out',
    'She told me they keep beating the spirit out of her at the weekend',
    'The pastor did deliverance on him and they starved him for two days to drive out the demon',
    'Y6 girl says her auntie believes she is possessed and they did an exorcism on her',
    'Y2 says the man at church told mummy he is possessed by an evil spirit',
    'Dad is sending her abroad for deliverance in the summer holidays',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'physical-abuse');
  });

  it.each([
    'They are doing the exorcism on my little brother tonight',
    'Y3 girl: tonight at church they are going to beat the witch out of me',
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    // RE lessons, Halloween, a school play, an ordinary prayer.
    'In RE the Y9s learned how exorcism was seen in the middle ages',
    'In RE we read how Jesus drove the demons out of a man by the lake',
    'She came dressed up as a witch for the Halloween disco',
    "She said she's a witch for Halloween this year",
    'Y10 are rehearsing The Crucible, she plays a girl accused of being a witch',
    'The church prayed for him before his operation on Friday',
    'At Chinese New Year the Y2s banged drums to drive away evil spirits',
    'The devil is in the detail with these reports',
    'She is going as a witch tonight to the Halloween party',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});
