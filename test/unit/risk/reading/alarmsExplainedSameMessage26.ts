/**
 * Session 26 (s26-H): alarms that the same message explains at once (round 48's `none` messages read urgent or
 * higher). A child's quoted threat glossed by what it was about (a thing taken without asking, a ball over a fence, a
 * board game), a fear of going home explained by a great day or a ball through a window, a lost thing described before
 * its owner's initial, a child missing for a minute or a mix-up over the day, a stab said to be a school point's with a
 * minor injury, a shot said next to be the game, a requoted word said straight after the alarm, "shoot" in netball, a
 * remark said "to literally everything", a blood drive's faint, a sexual health service, and someone else's message
 * between a role adult and a contact. Each beside its risk twin, which still reads at its level. The phrase reading
 * alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsAtLeast, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a quoted threat glossed by what it was about (glossCause)', () => {
  it.each([
    "Y8 'my sister's gonna batter me' - ate her Easter egg without asking.",
    "Y1 girl asked to stay in because 'the Y5 boys are going to kill her'. She'd kicked their ball into the pond at break.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads a Welsh quoted blow glossed as a board game below urgent', () => {
    expect(below("Mae G (Bl 2) wedi deud 'Mam yn curo fi bob nos' - Connect Four oedd o", 'urgent', 'cy')).toBe(true);
  });

  it.each([
    "my brother's gonna batter me, he did it last week and I've got the bruises",
    'the big boys said they will kill her if she tells',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });

  it('still reads a Welsh quoted blow glossed with a hand urgent', () => {
    expectWelsh("Mae G (Bl 2) wedi deud 'Mam yn curo fi bob nos' - efo'i llaw, nes i ofyn", 'urgent', 'physical-abuse');
  });
});

describe('a fear of going home explained by a great day or a ball through a window (harmlessFear)', () => {
  it.each([
    "J sobbing at the end of camp, 'I don't want to go home' - cos it's been the best week of his life.",
    "Y4 lad was scared to go home because he'd smashed the greenhouse with his football. Nan laughed.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads a Welsh fear over a window broken with the ball below urgent', () => {
    expect(below("Ofn mynd adra achos mae o 'di torri ffenest drws nesa efo'r bêl", 'urgent', 'cy')).toBe(true);
  });

  it.each([
    "I'm scared to go home because dad will kill me for the window",
    'scared to go home cos he broke the window with his football, his stepdad will go mad',
    "he doesn't want to go home - cos his dad hits him",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expect(readsAtLeast(text, 'en-GB', 'urgent')).toBe(true);
  });

  it('still reads a Welsh fear with a blow at home named after the window urgent', () => {
    expect(readsAtLeast("ofn mynd adra achos 'di torri ffenest efo'r bêl a dad yn ei guro fo", 'cy', 'urgent')).toBe(
      true,
    );
  });
});

describe('a lost thing, a missing minute and a mix-up (lostThing, returned)', () => {
  it("reads a Welsh thing described before its owner's initial as no child missing", () => {
    expect(below('Cot law newydd D ar goll ers amser chwarae', 'urgent', 'cy')).toBe(true);
  });

  it('still reads a Welsh child missing since playtime urgent', () => {
    expectWelsh('Mae D ar goll ers amser chwarae', 'urgent', 'missing');
  });

  it('reads a Welsh young child missing for a minute and with his nan below urgent', () => {
    expect(below("Hogyn bach ar goll yn y ffair am funud! Oedd o efo'i nain.", 'urgent', 'cy')).toBe(true);
  });

  it('reads a mix-up over the day below urgent', () => {
    expect(
      below(
        "Mum phoned worried her son had gone missing after school - she'd got the days mixed up, he was at football club.",
        'urgent',
      ),
    ).toBe(true);
  });

  it('still reads a child missing and not found urgent or higher', () => {
    expect(
      readsAtLeast(
        'Mum rang: her son has gone missing on the way home and nobody has seen him since 3',
        'en-GB',
        'urgent',
      ),
    ).toBe(true);
  });
});

describe('a stab said to be a school point, a shot said to be the game (identifiedPoint, identifiedPlay)', () => {
  it.each([
    "Y5 came in yelling 'I've been stabbed!' - a drawing pin on the display board, tiny scratch on his thumb.",
    'Y1 boy said he had been shot. They were playing soldiers and he had to fall down.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Y9 came in shouting 'I've been stabbed!' - a lad at the bus stop had a knife, he is bleeding from his side",
    "K says he's been stabbed - compass, tiny scratch. Ambulance called",
    'Y2 boy said he had been shot. They were playing army when a man in a car fired at them, police called',
  ])('still reads the risk twin "%s" immediate', (text) => {
    expectLevel(text, 'immediate');
  });
});

describe('other alarms the message explains at once', () => {
  it.each([
    // A word said straight after the alarm, quoted again to say what it was.
    "T says her cousin pushed her down the stairs. the 'stairs' is the big foam steps at Little Monkeys.",
    // "Shoot" in netball.
    "Y10 kept saying she's going to shoot everyone at netball - she's goal shooter.",
    // Said to everything: a joke, a concern.
    "The 2yo says 'I'm gonna kill you' to literally everything, the cat, his toast, me.",
    // A blood drive's faint.
    'Charity blood drive at college today, 40 donors. One Y13 lad fainted after giving his.',
    // A sexual health service.
    "Y11 asked about the sexual health clinic times for contraception; she's 16 and her boyfriend is in her year.",
    // Someone else's message between the role adult and the contact.
    "Y3 had a cuddle with the TA, then mum messaged to say they'll bury him in the garden",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "G says his stepdad pushed him down the stairs. the 'stairs' were the real stairs at home",
    'Her coach has been messaging her late at night, mum messaged me about it',
    'R (14) asked the sexual health nurse for contraception, her boyfriend is 24 and sends her nudes',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent');
  });

  it('still reads a threat to shoot someone in PE with a gun immediate', () => {
    expectLevel("He said he's going to shoot someone in PE tomorrow, he has his dad's gun", 'immediate');
  });
});
