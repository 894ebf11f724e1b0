/**
 * Session 24 (s24-A), round 44: a missing child described by what she wears or what he took is no lost thing, and
 * English alarms explained in the same breath. A child's quoted words glossed at once after a dash with what they were
 * about (a streak, a card game, torn trackies, a member of staff by title, a tent in the garden) are a concern on the
 * record; a harm word completed by a harmless object or place ("stabbed with a pencil", "kicked him out of the
 * kitchen", "missing from the group chat") is no alarm. Each beside its risk twin, which still reads at its level. The
 * phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'en-GB').level, level) < 0;

describe('a child described by a thing, or who took a thing, is who went missing (isEnglishThingLost)', () => {
  it.each([
    'the boy in the red parka has gone missing from the trip',
    'the Y9 girl with the pink rucksack has gone missing, police called',
    'took the cash from the kitchen drawer and went missing last night',
    "she took her nan's purse and went missing last night",
    "took his dad's car keys and went missing, not answering",
  ])('reads the risk "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'missing');
  });

  it.each([
    "D's blue coat has gone missing again, please check the pegs",
    'the money for the cake sale went missing from the office',
    'trip money still missing for 4, reminder sent',
    'our class bike went missing from the rack',
    'his PE kit has gone missing for the third time this term',
  ])('still reads the lost thing "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe("a child's quoted alarm glossed at once with what it was about (glossCause)", () => {
  it.each([
    "'my dad is going to batter me' - split the seat of her new joggers on the trampoline",
    "Y8 lad moaning 'I'm going to end it' - he means his 300 day snap streak, he's had enough of it",
    "two Y6s shouting 'I'm gonna kill you' over the lunch table - Top Trumps battle, very loud",
    "Y5 girl came in saying 'a man followed me' - it was Mrs P from the office walking the same way",
    "Reception boy says he 'ran away from home' on Sunday - to a den at the bottom of the garden with his grandad",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // The gloss says it was someone at home, or a stranger.
    "Y5 girl came in saying 'a man followed me' - it was her uncle who isn't allowed near her",
    "Y5 girl came in saying 'a man followed me' - some man in a van, she was shaking",
    // The gloss tells no cause: how it was said is no explanation.
    "'my dad is going to batter me' - said it three times, really scared to go home",
    // The gloss names its own risk.
    "'my dad is going to batter me' - he hit her last week, she has bruises",
    // Said in earnest.
    "'I'm going to end it' - he means it, he is not joking",
    // A sexual disclosure is never explained by where it happened.
    "'mum's boyfriend touches me' - in the pool, at the leisure centre",
    // The gloss names an injury no game gives.
    "'my brother hurts me' - a Pokemon card battle, he burnt him with a lighter",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });

  it('never lowers a quoted alarm with no dash gloss', () => {
    expect(below("Y9 said 'I'm going to end it all' and walked out of maths", 'urgent')).toBe(false);
  });
});

describe('a harm word completed by a harmless object, place or cause (idioms, ordinaryCause, trivialCause)', () => {
  it.each([
    'Y7 got stabbed with a pencil in science, tiny grey dot, no fuss',
    "'I've been stabbed' - pencil lead in her thumb from the sharpener",
    'the bass drum has been stabbed, drumstick right through the skin',
    'his mum kicked him out of the kitchen for licking the cake mix',
    'E went missing from the group chat for a day then added herself back',
    'she was in tears in the corridor - she has been picked for the county squad',
    'C passed out on the sofa at youth club, fast asleep after a sleepover till 4',
    "Y1 boy would 'rather die' than wear the elf hat for the nativity",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each<[string, RiskLevel]>([
    ["he's been stabbed and there's blood everywhere", 'immediate'],
    ['his stepdad kicked him out and he slept in the park', 'urgent'],
    ['ran away from home last night and has not come back', 'urgent'],
    ['she fainted in PE, she has not eaten for three days', 'urgent'],
  ])('still reads the risk twin "%s" at %s or higher', (text, level) => {
    expect(below(text, level)).toBe(false);
  });
});
