/**
 * Issue 22, session 17 (s17-E): mechanisms that raised hard English `none` messages to urgent or immediate, each beside
 * its risk version, which must still be read at its level. The phrase reading alone (the learned reader is not asked).
 * Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const phrases = (text: string) => phraseReading(text, 'en-GB');
const atLeast = (text: string, level: RiskLevel) => readsAtLeast(text, 'en-GB', level);

describe('a faint with an everyday cause the Welsh list already names: dissection, blood, a race, the heat (@ordinaryCause)', () => {
  it.each([
    'Y9 dissecting a lamb’s heart in biology and one girl fainted at the sight of it, water and a sit down, fine.',
    'One boy felt dizzy at the blood donation talk when they showed the needle, sat with his head down, fine.',
    'Y13 lad dizzy this morning – he gave blood yesterday at the donor session. Biscuits and juice.',
    'Y8 girl dizzy at the finish of the 800m, sat in the shade with water, fine in ten minutes.',
    'Y5 boy fainted in the heat on the field at sports day, came round straight away, mum with him.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a faint with no everyday cause urgent, with the sign of not eating', () => {
    const reading = phrases(
      'Y10 girl fainted in maths again this morning, her friends say she has stopped eating lunch.',
    );
    expect(compareLevels(reading.level, 'urgent')).toBeGreaterThanOrEqual(0);
    expect(reading.indicators).toContain('eating-disorder');
  });

  it('keeps a collapse at a race that does not come round immediate', () => {
    expect(phrases('Y7 collapsed at the cross country finish, not responding, ambulance called.').level).toBe(
      'immediate',
    );
  });
});

describe('a laugh shared by the class or the rest, in the saying’s sentence or the next, reads it as a joke (@sharedLaugh)', () => {
  it.each([
    'Y8 groaning at the maths homework, one said ‘I literally want to die’ and the rest cracked up.',
    'Y9 shouting ‘I want to die’ at the French test, whole class in stitches, him included.',
  ])('reads "%s" as a concern, not urgent', (text) => {
    const reading = phrases(text);
    expect(reading.level).toBe('concern');
    expect(reading.indicators).toContain('suicidal-ideation');
  });

  it('keeps a wish to die that others laughed at, or that is not laughed off, urgent', () => {
    expect(atLeast('Y9 girl said she wants to die and the others were laughing at her.', 'urgent')).toBe(true);
    expect(atLeast('Y9 girl said she wants to die. She was crying in the toilets.', 'urgent')).toBe(true);
    // A lone laugh of the child's after a full stop may be masking: no joke (isJoking).
    expect(atLeast('Y6 girl said ‘I want to die’. Laughing about it at lunch with her friends.', 'urgent')).toBe(true);
  });
});

describe('beating or hitting someone "every single time … at" a named game is winning it (@idiom)', () => {
  it.each([
    'Y4 boy said ‘my dad hits me every single time at Fortnite’ and he was outraged about it.',
    'Y7 said ‘my mum beats me every single day at Mario Kart’, she is always Toad.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a parent who hits the child every day urgent, with physical abuse', () => {
    const reading = phrases('Y4 boy said ‘my dad hits me every single day at home’.');
    expect(compareLevels(reading.level, 'urgent')).toBeGreaterThanOrEqual(0);
    expect(reading.indicators).toContain('physical-abuse');
  });
});

describe('a cook’s knife in a cooking lesson is a kitchen tool, unless someone wields it (@cooking)', () => {
  it.each([
    'Food tech Y9 - knives out next week for the chicken jointing lesson, hair tied back please.',
    'Y8 knife skills tomorrow - bridge and claw. 28 knives out, 28 knives back.',
    'Can the Y10s bring their own knives for the food tech practical?',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a knife pulled or waved in the same lesson immediate', () => {
    expect(phrases('In food tech J pulled a knife on another boy.').level).toBe('immediate');
    expect(phrases('Food tech today. K had a knife out and was waving it at a girl.').level).toBe('immediate');
    expect(phrases('Y10 food tech - knives out, and one boy pointed his at a girl.').level).toBe('immediate');
    expect(phrases('Food tech practical: Y9 boy had a kitchen knife hidden in his blazer at break.').level).toBe(
      'immediate',
    );
    expect(phrases('Y10 food tech - J brought a knife from home in his bag.').level).toBe('immediate');
  });
});

describe('blood in a story is the story’s, like an animal’s, unless an injury or a child bleeding is named (@storyBlood)', () => {
  it.each([
    'Y9 did the Macbeth murder scene today with rulers as daggers. Absolute carnage, blood everywhere.',
    'Y4 wrote a story where the giant eats the king. Very gory, blood everywhere. Brilliant adjectives.',
    'Y7 gothic stories this week: graves, ghosts, blood dripping down the walls.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a real injury, a child bleeding, or a child telling what happened immediate', () => {
    expect(phrases('We were reading Macbeth when J cut his hand on the window, blood everywhere.').level).toBe(
      'immediate',
    );
    expect(phrases('Y8 writing ghost stories. She has blood everywhere on her arms and will not say why.').level).toBe(
      'immediate',
    );
    expect(
      phrases('She told me the story of last night. Blood everywhere in the kitchen after dad came home.').level,
    ).toBe('immediate');
  });

  it('reads a Welsh story’s blood the same way, and keeps a Welsh injury beside it immediate', () => {
    const welsh = (text: string) => phraseReading(text, 'cy').level;
    expect(welsh('Bl 6 yn ysgrifennu straeon antur. Môr-ladron yn lladd pawb, llawer o waed a chleddyfau.')).toBe(
      'none',
    );
    expect(welsh('Bl 6 yn ysgrifennu straeon antur. Mae J wedi torri ei law ar y ffenest, llawer o waed.')).toBe(
      'immediate',
    );
  });
});

describe('a lesson or a piece of work "on" a subject names the subject studied, whoever does the work (@topicPreposition)', () => {
  it.each([
    'Y10 lad doing his coursework on county lines, wants to interview a youth worker.',
    'Y11 doing their PSHE presentation on county lines next week.',
    'Y13 EPQ on child criminal exploitation, really well researched.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a child telling, a child in it, and a child’s own thoughts of dying urgent', () => {
    expect(
      atLeast('PSHE lesson on county lines today and J told me he is doing county lines for his cousin.', 'urgent'),
    ).toBe(true);
    expect(
      atLeast('Y10 is doing his coursework on county lines because he is in county lines himself.', 'urgent'),
    ).toBe(true);
    expect(atLeast('Y9 girl is doing her English coursework on how she wants to die.', 'urgent')).toBe(true);
  });
});

describe('a parent "going to kill" a child over a spoiled or lost belonging is the everyday saying (@idiom)', () => {
  it.each([
    'Her mum is going to kill her, paint all over her new trainers.',
    'His dad is gonna kill him cos he got mud on his school shoes.',
    'He has lost his blazer again and his mum is going to kill him.',
  ])('reads "%s" below urgent', (text) => {
    expect(atLeast(text, 'urgent')).toBe(false);
  });

  it('keeps a threat to silence a child, and a threat beside violence, urgent', () => {
    expect(atLeast('Her dad is going to kill her if she tells anyone what happened.', 'urgent')).toBe(true);
    expect(atLeast('Her stepdad said he will kill her, he broke her phone and hit her.', 'urgent')).toBe(true);
  });
});

describe('"felt tip" is a pen, never a belt read by a near spelling (@idiom)', () => {
  it('reads a bruise that was felt tip below urgent', () => {
    expect(atLeast('That ‘bruise’ on his arm was felt tip, he drew a skull on himself at breakfast.', 'urgent')).toBe(
      false,
    );
  });

  it('keeps a bruise an adult at home made urgent, with physical abuse', () => {
    const reading = phrases('Bruise on his arm in the shape of a belt, he says dad did it.');
    expect(compareLevels(reading.level, 'urgent')).toBeGreaterThanOrEqual(0);
    expect(reading.indicators).toContain('physical-abuse');
  });
});
