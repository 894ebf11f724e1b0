/**
 * Session 25 (s25-C): English alarm words of violence, injury and weapons, said and explained at once by a harmless
 * thing of their own kind: a paper cut or beetroot after blood, a jab after "got shot", a playdough cutter after a
 * knife, a martial-arts belt, a knots badge, tug of war or a football score after a beating, passing out of training
 * or after a solo, a phone one "can't breathe without", a full breakfast after "not eaten for days", and the writer
 * quoting the alarm's own word again to say what it was ("the 'roof' is the climbing frame"). Each everyday sentence
 * beside its risk twin, which still reads at its level. The phrase reading alone. Every sentence is synthetic.
 */
import { type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');

describe('blood said at once to be a paper cut or food (contexts.identifiedMinor)', () => {
  it.each([
    "Y4 boy told his table he was 'bleeding everywhere'. Papercut from his reading folder, plaster on, fine",
    "Y1 girl came in from lunch with 'blood' down her chin - ketchup from the hot dogs",
    'Blood all over her hands at pick up - beetroot from the harvest salad she made',
  ])('reads the everyday "%s" below concern', (text) => {
    expect(below(text, 'concern')).toBe(true);
  });

  it.each([
    // A contrast straight after the minor injury says it is more.
    "According to 7R, J was 'bleeding everywhere'. Paper cut but it's deep and won't stop",
    "According to 7R, J was 'bleeding everywhere'. Paper cut, it won't stop bleeding",
    'Y4 boy came in with blood all over his face and says dad hit him',
    // A food named but not as what the blood was.
    'Blood all over his face after his stepdad hit him, and he says he only had beetroot for tea',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });
});

describe('"got shot" said with a jab, a knife said to be a cutter, a belt of a martial art', () => {
  it.each([
    "Nursery boy said 'mummy got shot' this morning - she had her covid booster and her arm is sore",
    "Y5 girl said 'my grandad got shot yesterday' - his flu jab at the chemist",
    "Reception girl told us 'my brother's got a knife' - it's a plastic cookie cutter from the baking set",
  ])('reads the everyday "%s" below concern', (text) => {
    expect(below(text, 'concern')).toBe(true);
  });

  it('reads a bruise told with a karate grading and a first belt below urgent: the bruise stays on the record', () => {
    const text =
      "Y2 boy came in proud 'I was fighting all weekend' with a bruise on his shin - karate grading, first belt";
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Reception boy told me 'daddy got shot' last night, he seemed scared",
    "Y1 girl said 'my brother's got a knife in his bag' at pick up",
    'The boys were fighting in the yard and one took his belt off and swung it',
    "Y2 boy told me 'I was fighting on Saturday' and has bruises on his arms, dad's belt",
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });
});

describe('tied up for a knots badge, beaten at tug of war or by a score (identifiedPlay, sport, identifiedMeaning)', () => {
  it.each([
    'The Scouts tied me up for their knots badge tonight, lots of reef knots and a bowline',
    "Y9 boy 'got beaten up' - in the staff v pupils tug of war at sports day",
    "a parent asked why the team 'got beaten up' - she means we lost 7-1 to the league leaders",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y5 girl says her stepdad tied her to a chair and there are red marks on both wrists',
    "M said his stepdad 'tied him up' at the weekend and he has bruises on his wrists",
    "Y5 boy said 'dad tied me up' - to a chair, with tape, and he has marks on his wrists",
    'Y9 boy got beaten up by his dad last night',
    "a parent asked why I 'let the kids get beaten up' on Saturday - they mean beaten up by the older lads after the match",
    'Y6 boy said his dad beat him last night and he means it',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});

describe('passing out of training or at a performance, a phone one cannot breathe without (ordinaryCause, idioms)', () => {
  it.each([
    'Cadet R passed out today (of basic training, parade on Sunday)',
    'Y7 girl nearly passed out before her recital, sat her down with some water and she was fine',
    "Y8 boy says he can't breathe without his phone, it's in the office until 3",
  ])('reads the everyday "%s" below concern', (text) => {
    expect(below(text, 'concern')).toBe(true);
  });

  it.each<[string, RiskLevel]>([
    ['Y11 girl passed out in PE, she has not been eating', 'urgent'],
    ['Y11 girl passed out in the corridor', 'urgent'],
    ['Cadet J passed out on parade and hasn’t eaten properly for a week', 'urgent'],
    ["Y8 boy says he can't breathe and his lips are going blue", 'immediate'],
    ["She can't breathe without her inhaler and it's at home", 'immediate'],
  ])('still reads the risk twin "%s" at %s', (text, level) => {
    expectLevel(text, level);
  });
});

describe('a quoted alarm that ends its sentence, glossed by the next one (s25-C)', () => {
  it('reads "not eaten for days" with a big breakfast said next below urgent', () => {
    expect(
      below(
        'Y2 girl: "I haven\'t eaten for days". Had a big breakfast at breakfast club this morning, I saw it',
        'urgent',
      ),
    ).toBe(true);
  });

  it.each([
    'Y2 girl: "I haven\'t eaten for days". Mum says there is nothing in the cupboards',
    'Y2 girl: "I haven\'t eaten for days". She looks thin and grey',
    "Y6 said she hasn't eaten for days, there's no food at home",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent');
  });
});

describe("the writer quotes the alarm's own word again and says what it was (Reader.requotedIn)", () => {
  it.each([
    "Y1 said 'I'm going to jump off the bridge!' - the 'bridge' is the climbing frame in the playground",
    "Y2 boy says 'my brother has a knife'. The 'knife' was a plastic spatula from the play kitchen",
    "K came in 'bleeding everywhere'. The 'blood' was red paint from art",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // The same word named again is no other thing.
    "B: 'I'm going to jump off the roof!' - the 'roof' is the school roof, she is up there now",
    // Where it was, or that it is real, says no other thing.
    "Y2 boy says 'my brother has a knife'. The 'knife' was in his bag and he waved it at the dinner lady",
    "Y3 said 'I've got a gun in my bag'. The 'gun' is real, his uncle's",
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });

  it('still reads a belt said to be real urgent', () => {
    expectLevel(
      "Y5 said 'dad hit me with a belt'. The 'belt' is a real belt and she has welts",
      'urgent',
      'physical-abuse',
    );
  });
});
