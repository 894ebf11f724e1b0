/**
 * Session 23 (s23-A): a young child's alarming words and, at once, what they meant (`contexts.identifiedMeaning`):
 * "'Daddy threw me' - he means in the swimming pool", "she means she was in time out". The meaning lowers the phrase it
 * follows to a concern on the record and bounds the learned reader in its sentences, whether or not a phrase read the
 * words. Each everyday sentence beside its risk twin, which still reads at its level. Every sentence is synthetic.
 */
import { assessText, compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');
const bothBelow = (text: string, level: RiskLevel) => compareLevels(assessText(text, 'en-GB').level, level) < 0;

describe('what the child meant, said at once, lowers the phrase it follows (contexts.identifiedMeaning)', () => {
  it.each([
    "Rec boy told us 'Daddy threw me really high'. He means in the pool at the leisure centre, they go on Saturdays.",
    "Y2 said 'my brother hurts me' - he means at the park when his brother wins the race.",
    "Y1 girl said 'mummy locked me in the shed'. She means she was in time out on the step for three minutes.",
    "Y6 girl says she's 'starving herself' till Friday - meaning she's saving room for the class party.",
    "T reckons he's gonna 'get battered' by his mum over his report, said it laughing, means a telling off",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    // Said in earnest: "he means it".
    "Rec boy told us 'Daddy threw me'. He means it, he was crying.",
    // A place that is no leisure: the bath is where harm can be done.
    "Y1 said 'daddy hurt me'. He means in the bath, he held him under the water.",
    // A person named as the meaning is who did it, not a harmless meaning.
    "Y1 girl said 'mummy locked me in my room'. She means her stepdad.",
    // A meaning told as a clause that names who did it.
    "Y1 said 'mummy hurt me'. She means she was squeezed on the arm by her stepdad.",
    // A contrast after the meaning: what follows is said beside it.
    'T says his dad will batter him, means a telling off, but he had a bruise on his face last week',
    // The meaning that names a harm is no explanation.
    "Y1 said 'daddy hurt me'. He means he was hit with a belt.",
    "Y1 said 'daddy hurt me'. He means at home when mum is at work.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });

  it('never lowers a wound given to the child', () => {
    expectLevel("Y2 said 'my brother hurts me' - he means he burnt him with a lighter.", 'urgent');
  });

  it('never lowers a plan said in earnest', () => {
    expectLevel("Y3 told me 'I want to kill myself'. He means it and has a plan for tonight.", 'immediate');
  });
});

describe('the words and their meaning bound the learned reader when no phrase read them', () => {
  it.each([
    "Reception girl said 'daddy put me in the water and I couldn't breathe'. She means at the swimming pool, she's learning to put her face in.",
    "Y2 boy said 'my uncle took me away in his car'. He means to the beach for the day, mum went too.",
  ])('reads the everyday "%s" below urgent with both readers', (text) => {
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    "Reception girl said 'daddy put me in the water and I couldn't breathe'. She was shaking when she said it.",
    "Y2 boy said 'my uncle took me away in his car' and he didn't bring him back till the morning.",
    // A place never says who a man named in the words was.
    "Y1 said 'the man took my clothes off'. He means at the swimming baths changing room.",
  ])('still reads the risk twin "%s" urgent or higher with both readers', (text) => {
    expect(compareLevels(assessText(text, 'en-GB').level, 'urgent')).toBeGreaterThanOrEqual(0);
  });
});

describe('a quoted alarm glossed at once after a dash bounds the learned reader (contexts.quoteGloss)', () => {
  it.each([
    "F furious that 'daddy locks me in the car' - it's the child locks, she wants to open her own door",
    "Y1 said 'a man sleeps in my bed' - it's the big teddy from grandma.",
  ])('reads the everyday "%s" below urgent with both readers', (text) => {
    expect(bothBelow(text, 'urgent')).toBe(true);
  });

  it.each([
    // A person named in the gloss says who, not what it was.
    "Y1 said 'a man sleeps in my bed' - it's the lodger, he comes in at night.",
    "Y1 said 'a man sleeps in my bed' - it's his uncle.",
    "Y1 said 'a man sleeps in my bed' - it's the man from upstairs.",
    // A contrast after the gloss.
    "F said 'daddy locks me in the car' - it's the child locks, but she also says he leaves her in it all night",
    // No dash straight after the quote: no gloss.
    "Y1 said 'a man sleeps in my bed'. It's the third time she has said it this week.",
  ])('still reads the risk twin "%s" urgent or higher with both readers', (text) => {
    expect(compareLevels(assessText(text, 'en-GB').level, 'urgent')).toBeGreaterThanOrEqual(0);
  });

  it('never lowers an alarm the phrases read in the glossed sentence', () => {
    expectLevel("Y2 said 'daddy hits me with the belt' - it's the third time this week.", 'urgent', 'physical-abuse');
  });
});
