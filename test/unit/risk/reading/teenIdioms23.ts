/**
 * Session 23 (s23-I): teenagers' idioms and jokes the phrases read urgent, each explained in its sentence or the next
 * by the trivial thing the words were about — a detention or a report, leaving a group chat, a game character, food at
 * camp or a meal ahead, a game of would-you-rather, a laugh within a minute, the hot water bottle, a board game after
 * an ellipsis. Each beside its risk twin, which still reads at its level: a real threat said with a grin, a past blow
 * by the same person, a wish to die compared with going home, a game given as the reason for a blow. The phrase
 * reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');

describe('a threat about a detention or a report (contexts.trivialCause)', () => {
  it.each([
    "Y9 says his dad 'will kill him' if he gets one more detention this term, he was smiling about it.",
    "Y8 girl reckons her mum is going to kill her when she sees her report, it's mostly 3s.",
    "Y9 says Miss will kill her if her history folder isn't in by Monday, she's been off with flu.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A real threat said with a grin: no trivial cause is what the words are about.
    'Dad said he would kill me if I told anyone, he was grinning when he said it.',
    // A past blow by the same person keeps its own finding.
    'His mum will kill him if he gets another detention, she hit him with a belt the last time.',
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });
});

describe('what the words meant, said at once (contexts.identifiedMeaning)', () => {
  it.each([
    "Y10 boy said 'I'm going to end it' - meant he's leaving the group chat, too many notifications.",
    "Y7 said she 'got groomed' in her game - meant her villager had a new haircut at the salon.",
    "Y8 on the residential 'hasn't eaten in days' - she meant since the camp started, only crisps and noodles.",
    "Y11 says she's 'starving herself' today - saving room for the all you can eat at her cousin's party.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    ["Y10 boy said 'I'm going to end it' - he has been looking up how and he has left the group chat.", 'urgent'],
    ['Y7 said she got groomed in her game - meant a man kept messaging her character and asked for photos.', 'urgent'],
    ['Y8 girl has not eaten in days and she is dizzy in lessons.', 'urgent'],
    ["Y11 says she's starving herself and has lost a lot of weight since Easter.", 'urgent'],
  ] as const)('still reads the risk twin "%s" %s', (text, level) => {
    expectLevel(text, level);
  });
});

describe('would-you-rather is a joke, a laugh within a minute followed (contexts.joking, laughedAfter)', () => {
  it.each([
    "At sleepover club they played would you rather and M said 'I'd rather die' when it was eat a spider or kiss a frog.",
    "Y9 said 'I want to die' after tripping on stage. Laughing with his friends about it within a minute.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // Compared with going home, the wish is said in earnest (`earnest`), game or not.
    'We played would you rather and she said she would rather die than go home to him.',
    'Y9 said he wants to die and he has a plan. Laughing with his friends about it within a minute, which worries me.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('hitting the bottle is no blow (idioms)', () => {
  it('reads "She told me her mum hits the bottle every night after work." below urgent', () => {
    expect(below('She told me her mum hits the bottle every night after work.', 'urgent')).toBe(true);
  });

  it('still reads "She told me her mum hits her every night after work." urgent', () => {
    expectLevel('She told me her mum hits her every night after work.', 'urgent', 'physical-abuse');
  });
});

describe('abuse from team mates said as banter (idioms)', () => {
  it('reads a tackle "as a joke" with lots of abuse from his team mates "lol" below urgent', () => {
    const text = 'He got tackled by his own sister as a joke, lots of abuse off his team mates after lol.';
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads abuse off his stepdad, said with "lol", urgent', () => {
    expectLevel('He got tackled by his own sister as a joke, lots of abuse off his stepdad after lol.', 'urgent');
  });
});

describe('a game named after an ellipsis (contexts.identifiedPlay, reasonFor)', () => {
  it('reads "Y6 K says his uncle \'battered him\' on Saturday... at chess, 3-0." below urgent', () => {
    expect(below("Y6 K says his uncle 'battered him' on Saturday... at chess, 3-0.", 'urgent')).toBe(true);
  });

  it.each([
    'Y6 K says his uncle battered him on Saturday... because he lost at chess 3-0.',
    'Y6 K says his uncle battered him on Saturday... after he lost at chess 3-0.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});
