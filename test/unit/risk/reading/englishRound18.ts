/**
 * Issue 22, session 18 (s18-E): English false alarms of the phrase reading, each mechanism beside its risk twin, which
 * must still be read at its level; and a young child's head injury with red-flag signs, immediate whoever says nothing
 * happened. The phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const phrases = (text: string) => phraseReading(text, 'en-GB');
const atLeast = (text: string, level: RiskLevel) => readsAtLeast(text, 'en-GB', level);
const below = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) < 0;

describe('a baby or young child with a head injury and red-flag signs is immediate (combo.young-child-head-injury-floppy)', () => {
  it.each([
    'Baby J (8 months) has been floppy all morning. There is a soft lump on the back of his head and dad says nothing happened.',
    'The toddler in room 2 is really floppy and not really looking at me. She has a bump on her head that mum did not mention.',
    'Baby (6 months old) sicked up twice since drop off. Big swelling on the side of her head, mum said nothing happened.',
  ])('reads "%s" immediate', (text) => {
    expect(phrases(text).level).toBe('immediate');
  });

  it.each([
    'Toddler bumped her head on the table at snack, tiny red mark, ice pack, back playing happily.',
    'Baby has a floppy hat in her bag and a bump on her head from the cot yesterday; feeding well and smiling.',
  ])('keeps "%s" below immediate', (text) => {
    expect(atLeast(text, 'immediate')).toBe(false);
  });
});

describe('a blow or a threat said after it to be play is a concern, not an alarm (contexts.identifiedPlay)', () => {
  it.each([
    "Y2 girl: 'My dad hit me right in the face!' ... with a snowball, in the park on Sunday.",
    "Reception boy told us 'my brother pushed me off the bed' - they were having a pillow fight.",
    "Y3 running round the yard shouting 'I'm gonna kill you!' at each other - it's tag with zombies.",
    "Y1 girl shouting 'I'm gonna shoot you!' with finger guns - they're playing cops and robbers.",
    "Y6 boy says his cousin 'got hit by a car' at the weekend. It was in Mario Kart.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A real blow with a hard thing on purpose, an adult's threat to keep a secret, the child's own claim.
    "Y3 says 'dad hit me with the football' on purpose because I missed.",
    "Y5 girl said 'he'll hurt me if I tell'. It's a game we play, he said.",
    'Y4 girl said her stepdad hit her in the face last night. She said they were playing a game.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('what a weapon or blood turned out to be, by kind (identifiedHarmless, identifiedMinor)', () => {
  it.each([
    "Y1: 'My mummy has a gun!' - she's an armed response officer, came in for careers day.",
    "Y2: 'Daddy has a gun!' - he's an army reservist, the photo was from the range.",
    'U14 goalie took a ball to the face, blood everywhere, but nose isn’t broken. Back in goal after.',
    'Y6 girl nosebleed in PE, blood all over her top. Pinched her nose, head forward, stopped in 5 mins.',
    "Y8 girl says her sister 'got stabbed' yesterday - at the surgery, it was her flu jab.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Y9 lad has a gun in his bag. He's in the army cadets, he says.",
    "Blood everywhere and it won't stop, we've pinched his nose for 20 minutes.",
    'Y10 boy got stabbed outside the chip shop last night, he is in hospital.',
  ])('keeps "%s" immediate', (text) => {
    expect(phrases(text).level).toBe('immediate');
  });
});

describe('a wish to die over a small named trigger is said as a joke, a concern (contexts.joking)', () => {
  it.each([
    "Y4 boy wailed 'I want to die' over long division, two minutes later he was fine.",
    "Y7 girl said 'I want to die' when she lost at Uno again.",
    "Y9 said he 'wanted to die' after his voice cracked in the solo.",
  ])('reads "%s" as a concern', (text) => {
    expect(phrases(text).level).toBe('concern');
  });

  it.each([
    'Y11 girl said she wants to die, she has been crying every day about her mocks.',
    "Y8 boy said 'I want to die' and would not say why.",
  ])('keeps "%s" urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('word senses and a return told after going missing', () => {
  it.each([
    "Y9 lad says he's been 'cutting' all weekend - silage, on the farm.",
    "Y11 girl hasn't eaten since last night - she's fasting for Ramadan, eats at iftar.",
    "Y10 says she's 'starving herself' this weekend - the 24 hour sponsored fast for charity.",
    'Y7 boy got hit by a door in the corridor, small bump, ice pack.',
    "Y9 trip - one girl 'went missing' for 10 minutes in the museum. Found in the gift shop.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "She's been cutting herself, and the grass needs cutting.",
    'She has been starving herself for weeks, since Ramadan ended.',
    'He said his dad hit him. He got hit by the door too.',
    'Y8 boy not home from school, phone off, it is now 9pm. Last time police found him in a flat with older males.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a game, a parent’s hyperbole and a trip named as idioms', () => {
  it.each([
    'Y7 built a TNT cannon in Minecraft to "blow up the school" - the model of the school from the project.',
    "Mum said 'I could have strangled him' - he painted the cat with her lipstick.",
    "Y10 lads calling their DofE walk 'going country' all week.",
    "Y9 lad telling everyone he's 'going country' next week - it's the geography fieldwork residential.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y9 boy said he wants to blow up the school, he has been searching how to make a bomb.',
    "Y10 lad says he's going country next week, he owes someone money.",
    'Lots of blood, not stopped after 20 minutes of pressure',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});
