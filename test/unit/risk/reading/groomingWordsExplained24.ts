/**
 * Session 24 (s24-G): grooming words no English phrase named — an adult who took the child's picture, tablets or sweets
 * an adult gives that make the child sleepy, "not allowed to tell" and a secret kept with an adult, screaming at home —
 * and their everyday explanations (a photo day, a parent who confirmed, a present, shouting at the dog), which clear
 * the phrase and bound the learned reader in the sentences they explain. A groomer's excuse explains nothing: "he says
 * they're vitamins", "our secret, a present for mum" kept with mummy's friend, "for his collection". Each everyday
 * sentence beside its risk twin. Every sentence is synthetic.
 */
import { assessText, compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');
/** Both readers: the explained sentence bounds the learned reader too. */
const bothBelow = (text: string, level: RiskLevel) => compareLevels(assessText(text, 'en-GB').level, level) < 0;

describe('an adult who took the child picture, and a photo day (contexts.photoOccasion)', () => {
  it.each([
    "Class photos this morning. Y2 boy grumpy: 'a man took my picture and I wasn't ready'.",
    "Reception girl told me 'somebody took my photo' - it was the school photographer in the hall, she wanted to hold her bunny.",
  ])('reads the everyday "%s" below urgent by both readers', (text) => {
    expect(below(text, 'urgent')).toBe(true);
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y3 girl said a man at the swings took pictures of her and asked her name.',
    // What the adult says it was for is the adult's excuse.
    "Y4 boy: 'a man took pictures of me behind the shops, he said it was for the school photographer'.",
    "Y2: 'mummy's friend took my picture in the bath' - for his collection, she says.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'sexual-abuse');
  });
});

describe('tablets an adult gives the child, and a parent who confirmed them (contexts.parentConfirmed)', () => {
  it.each([
    "Y1: 'my nan's friend gives me tablets'. They are her chewable vitamins at breakfast club. Dad confirmed this morning, he buys them.",
  ])('reads the everyday "%s" below urgent by both readers', (text) => {
    expect(below(text, 'urgent')).toBe(true);
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    "Y2 boy: 'mum's boyfriend gives me tablets'. He says they're vitamins.",
    'Y3 girl said the man upstairs gives her sweets that make her sleepy.',
    "Y1: 'mummy's friend gives me tablets', he said mum bought them.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'abuse-disclosure');
  });
});

describe('not allowed to tell, a secret with an adult, and a present (contexts.surpriseGift)', () => {
  it.each([
    "Y2 boy pressed his lips shut: 'I'm not allowed to tell you'. It's a birthday present for his mum.",
    "Reception girl said 'it's our secret' - she and dad have made a card for mum's birthday.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    // A secret kept with an adult who is not a parent is still a secret with an adult.
    "Y1 girl: mummy's friend said it's our secret, it's a present for mum.",
    'The man at the park told her she is not allowed to tell anyone.',
    "Y3: 'he says it's our secret and I'm not allowed to tell' - a surprise for mum, he says.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'abuse-disclosure');
  });

  it('reads a bare "not allowed to tell" as a concern to look at again', () => {
    expectLevel("Y2 girl looked at the floor and said 'I'm not allowed to tell'.", 'concern', 'abuse-disclosure');
  });
});

describe('screaming at home, and at the dog (contexts.everydayShouting)', () => {
  it.each([
    'Heard dad screaming downstairs on the visit - at the football on the telly, they lost.',
    'Mum was screaming upstairs when I knocked: a spider in the bath.',
  ])('reads the everyday "%s" below concern by the phrases and below urgent by both readers', (text) => {
    expect(below(text, 'concern')).toBe(true);
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    'Heard mum screaming upstairs as I arrived and a door slamming; nobody answered.',
    'Y5 says his parents are screaming at each other every night.',
  ])('reads the risk twin "%s" a concern at least', (text) => {
    expectLevel(text, 'concern', 'domestic-abuse');
  });

  it('still reads violence beside the screaming urgent', () => {
    expectLevel('Mum was screaming upstairs at the dog and then dad hit her.', 'urgent', 'domestic-abuse');
  });
});
