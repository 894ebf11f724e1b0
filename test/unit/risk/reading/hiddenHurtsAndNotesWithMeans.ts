/**
 * Issue 22 and 21, session 17 (the lead): three kinds a blind round missed, each read as a frame rather than one
 * message's words — an adult hurting the child where it will not be seen, a note to family beside the means and how
 * many, and an older relative's "clothes off" game in Welsh. Each is read both ways: the risk at its level, the
 * everyday sentence that shares its words below urgent. Every sentence is synthetic.
 */
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { phraseReading as phrases, readsAtLeast as atLeast } from './phraseLevel';

describe('an adult hurting the child where it will not be seen is urgent physical abuse', () => {
  it.each<[SupportedLocale, string]>([
    ['en-GB', "Y6 boy pointed at his tummy and said 'Dad punches here so no one sees'."],
    ['en-GB', 'She said her stepdad only ever hits her where it doesnt show.'],
    ['cy', 'Dywedodd e bod ei lystad yn ei ddyrnu fe yn ei fol fel bod neb yn gweld.'],
  ])('%s: %s', (locale, text) => {
    const reading = phrases(text, locale);
    expect(reading.level).toBe('urgent');
    expect(reading.indicators).toContain('physical-abuse');
  });

  it.each<[SupportedLocale, string]>([
    ['en-GB', 'Dad hid the birthday present where no one can see it.'],
    ['cy', "Mae Dad yn cuddio'r anrheg Nadolig fel bod neb yn gweld."],
  ])('%s, an everyday hiding place: %s', (locale, text) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe('a note to family beside the means and how many is urgent suicidal ideation', () => {
  it.each<[SupportedLocale, string]>([
    ['en-GB', "Found a note to her mum in her planner and a list of her nan's tablets, with how many she would need."],
    ['en-GB', 'Under his bed: a goodbye note and a strip of paracetamol.'],
    [
      'cy',
      "Ffeindio papur yn ei chas pensilie: rhestr o'r tabledi sy 'da mam-gu a faint fydd angen, a llythyr i mam ar y cefn.",
    ],
    ['cy', 'Gofynnodd hi faint o barasetamol fydd angen i farw.'],
  ])('%s: %s', (locale, text) => {
    const reading = phrases(text, locale);
    expect(reading.level).toBe('urgent');
    expect(reading.indicators).toContain('suicidal-ideation');
  });

  it.each<[SupportedLocale, string]>([
    ['en-GB', 'I sent a note to mum about his tablets for the residential.'],
    ['cy', 'Anfon llythyr i mam am ei thabledi ar gyfer y trip.'],
  ])('%s, a note about medicine: %s', (locale, text) => {
    expect(atLeast(text, locale, 'urgent')).toBe(false);
  });
});

describe("Welsh: an older relative's 'clothes off' game with the child is urgent sexual abuse", () => {
  it('reads the game as the act', () => {
    const reading = phrases(
      "Wedodd T. bod ei frawd mawr (17) yn 'neud iddo fe chwarae gêm y dillad bant yn y gwely pan ma mam ar shifft nos.",
      'cy',
    );
    expect(reading.level).toBe('urgent');
    expect(reading.indicators).toContain('sexual-abuse');
  });

  it('a change of clothes after a muddy game is no alarm', () => {
    expect(
      atLeast("Aeth e i chwarae yn y mwd a dodd ei fam e'n syth i'r bath, dillad bant wrth y drws.", 'cy', 'urgent'),
    ).toBe(false);
  });
});

describe('first aid and a nosebleed said in the message explain the blood; a nail going purple is no emergency', () => {
  it.each<[SupportedLocale, string, string]>([
    [
      'en-GB',
      'Blood all over the girls toilets tonight, panicked for a sec - L (14) had a massive nosebleed, mum came, all fine.',
      'Blood all over the girls toilets tonight, panicked for a sec.',
    ],
    [
      'cy',
      "Crwt 'di cwmpo ar y trac, gwaed ym mhobman. Glanhau a plaster, ma fe'n iawn.",
      "Crwt 'di cwmpo ar y trac, gwaed ym mhobman.",
    ],
  ])('%s: %s', (locale, everyday, alarm) => {
    expect(atLeast(everyday, locale, 'immediate')).toBe(false);
    expect(phrases(alarm, locale).level).toBe('immediate');
  });

  it('a nail going purple is a bruise, a child going purple is an emergency', () => {
    expect(atLeast('Y4 girl shut her finger in the door, nail going purple, ice pack on.', 'en-GB', 'urgent')).toBe(
      false,
    );
    expect(phrases("Y4 girl is going purple and can't breathe.", 'en-GB').level).toBe('immediate');
  });
});

describe('a racket, a caesarean and the circus are not self-harm or going missing', () => {
  it.each<[string, string]>([
    [
      'Tennis - lad hit himself in the mouth with his own racket serving, chipped front tooth.',
      'Y9 lad hit himself in the face over and over in the toilets.',
    ],
    ["B (4) says 'Mummy's going to hospital to get the baby cut out of her tummy'.", 'B (4) says she cut her tummy.'],
    ['Girl (12) announced she wants to run away to join the circus.', 'Girl (12) says she wants to run away.'],
  ])('%s', (everyday, risk) => {
    expect(atLeast(everyday, 'en-GB', 'urgent')).toBe(false);
    expect(atLeast(risk, 'en-GB', 'urgent')).toBe(true);
  });
});

describe('a bat, a stick or a bottle someone named used is a weapon, never a sport', () => {
  it.each<string>([
    'Older lads hit him with a hockey stick at the park.',
    'Some lads battered him with a cricket bat.',
  ])('%s', (text) => {
    expect(phrases(text, 'en-GB').level).toBe('urgent');
  });
});

describe('a pocket knife waved or pulled on someone is a weapon', () => {
  it.each<string>(['He is waving a penknife at other kids.', 'He pulled a pocket knife on another boy.'])(
    '%s',
    (text) => {
      expect(phrases(text, 'en-GB').level).toBe('immediate');
    },
  );

  it('a penknife brought for a camp badge is not', () => {
    expect(
      atLeast('Scout brought a penknife for the backwoods cooking badge, declared it to leaders.', 'en-GB', 'urgent'),
    ).toBe(false);
  });
});

describe("what a child says a knife in their bag is for is the child's claim", () => {
  it('a knife in a bag that he says is for food tech stays a weapon', () => {
    expect(phrases('Y9 boy has a knife in his bag, he says it is for food tech.', 'en-GB').level).toBe('immediate');
  });

  it('a knife brought for the cake by a parent is explained', () => {
    expect(atLeast('Mum brought a knife in her bag for the birthday cake.', 'en-GB', 'urgent')).toBe(false);
  });
});

describe('a young child missing and found inside the same combination is back, not missing now', () => {
  it('reads the return that ends the combination', () => {
    const reading = phrases('Y1 girl hid in the dressing up box, we couldnt find her for about 2 mins.', 'en-GB');
    expect(reading.level).not.toBe('immediate');
  });

  it('a young child still not found stays immediate', () => {
    expect(phrases("Y1 girl ran off during tidy up, we can't find her, been 10 minutes.", 'en-GB').level).toBe(
      'immediate',
    );
  });
});
