/**
 * Issue 22, session 21 (s21-E): English everyday messages the phrases read urgent or 999 — hyperbole with a laugh about
 * it that followed or a trivial cause in its sentence, and an alarm explained in the same message (a harmless weapon,
 * a trade, blood that is crayon, beetroot, a nosebleed or a head cut, a simile, a pet hit by a car). Each beside its
 * risk twin, which still reads at its level. The phrase reading alone (the learned reader is not asked). Every
 * sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = (text: string, level: RiskLevel) => compareLevels(phraseReading(text, 'en-GB').level, level) < 0;

describe('a wish to die or a threat with a laugh about it that followed (contexts.laughedAfter)', () => {
  it.each([
    "Y7 said 'I literally want to die' when his voice went squeaky in the play. He was laughing about it by break.",
    "'I'm going to kill you!' - Y2 girl to her friend who hid her reading book. Both laughing about it a minute later.",
    "Y9 said 'I want to die' when he fell in the long jump pit. Sand everywhere. He was back laughing by the end.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A lone laugh after a plain full stop may be a child masking.
    "Y9 girl said 'I want to die'. She was laughing.",
    // Laughed off: earnest.
    "Y9 girl said 'I want to die' and that she has thought about how. She laughed it off.",
    // The writer's "but" after the laugh keeps it.
    'Y8 lad said he wants to die. Laughing about it later but he has been giving his things away.',
    // The writer's worry after the laugh keeps it.
    'Y10 told me she wants to kill herself. She was back laughing with her friends later, which worries me more.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('a wish to die or a threat with a trivial cause stated after it (contexts.trivialCause)', () => {
  it.each([
    'Y6 boy said he wants to die over his spellings, then asked for a biscuit.',
    "She said she's so done with everything - her Saturday shift at the bakery got changed again.",
    "'I'll kill myself if Everton lose again,' said a Y10 in his scarf.",
    'Y4 girl says she wants to die after the sack race, she fell over twice.',
    'Y8 said she wanted to die when her dad danced at the school disco.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // What someone did to the child is never a trivial cause.
    'Y10 girl said she wants to die because her stepdad hits her.',
    'He said he wants to die over what happened at home and has been giving his things away.',
    // The cause said before the wish is not the wish's stated cause.
    'After the maths mock she said she wants to die and has looked up ways online.',
    'She said she wants to die, it is all the time now, over everything.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });
});

describe('a shared laugh after a quoted exclamation reads one sentence further (contexts.sharedLaugh)', () => {
  it('reads a quoted "I\'m going to kill you!" to a friend, both laughing, below urgent', () => {
    expect(below("'I'm going to kill you!' – Y5 to her friend in the rounders queue. Both laughing.", 'urgent')).toBe(
      true,
    );
  });

  it('still reads a stepdad\'s "I\'m going to kill you!" at the gate as 999', () => {
    expectLevel("'I'm going to kill you!' – Y5's stepdad to her at the gate. She was shaking.", 'immediate');
  });
});

describe('a weapon said in the same message to be harmless or a trade (contexts.identifiedHarmless)', () => {
  it.each([
    "A Y5 brought a 'gun' in for show and tell – a foam pirate pistol from the party shop.",
    'Y8 had a knife at break. Plastic one, from his lunchbox.',
    "There's a man with a gun by the field – it's the farmer after rabbits.",
    "Someone shouted 'he's got a gun!' at the party – nerf war in the garden, all fine.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "A Y5 has a gun in his bag – a real one from his uncle's house.",
    'Y8 had a knife at break and showed it to the boys who owe him money.',
    "There's a man with a gun by the field shouting at the children.",
  ])('still reads the risk twin "%s" as 999', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });
});

describe('blood said in the same message to be minor or not blood (contexts.identifiedMinor)', () => {
  it.each([
    "Blood all over the sink – it was Jo's nosebleed after PE.",
    'Y1 fell off the climbing frame, small cut on her forehead, lots of blood like heads do, plaster on.',
    'Y1 drew the dragon fight with blood everywhere in red crayon.',
    'There was blood all over the kitchen floor – dad smashed the jar of beetroot.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Blood all over the sink and she's still bleeding, it won't stop.",
    "There was blood all over the kitchen floor when I got home and mum won't wake up.",
  ])('still reads the risk twin "%s" as 999', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });
});

describe('a simile of being shot and a pet hit by a car (idioms)', () => {
  it.each([
    "He went down in the tackle like he'd been shot, then got up and scored.",
    'Our cat got hit by a car last night, she is very upset.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads "he\'s been shot outside the chip shop" as 999', () => {
    expectLevel("He's been shot outside the chip shop, the ambulance is coming.", 'immediate', 'immediate-danger');
  });

  it('still reads a child hit by an adult as urgent', () => {
    expectLevel("She got hit by her mum's boyfriend last night.", 'urgent', 'physical-abuse');
  });
});

describe('more trivial causes and shared laughs (contexts.trivialCause, contexts.sharedLaugh)', () => {
  it.each([
    "Y5 said she'd throw herself off a cliff if she had to run another bleep test, then ran a PB.",
    "Y4 said 'I want to die' when his recorder squeaked and the whole class fell about.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads "she\'d throw herself off the bridge if her dad hits her again" urgent', () => {
    expectLevel(
      "Y10 said she'd throw herself off the bridge if her dad hits her again.",
      'urgent',
      'suicidal-ideation',
    );
  });

  it('still reads a wish to die met by a quiet class urgent', () => {
    expectLevel("Y4 said 'I want to die' and the whole class went quiet.", 'urgent', 'suicidal-ideation');
  });
});

describe('ordinary causes of a faint or a collapse, and sports words (contexts.ordinaryCause, idioms)', () => {
  it.each([
    'Tug of war at sports day: two got rope burn on their hands, cream on.',
    'Y3 fainted in assembly, it was really hot in the hall, fine after water.',
    "Y6 'collapsed' over the finish line of the relay and was up in seconds.",
    'PE did the suicide drills today, everyone shattered.',
    "She's going to jump off the top board tonight for the first time, coach is with her.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "She said she's got rope in her bag and knows where she'll do it.",
    "Y9 fainted in PE again, she's not eating and has lost a lot of weight.",
    'He searched suicide methods last night.',
  ])('still reads the risk twin "%s" urgent or higher', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });

  it.each([
    "Y6 collapsed in PE and isn't waking up.",
    "She says she's going to jump off the multistorey tonight.",
    // An ordinary cause explains a faint, never a child who is not responding or not breathing.
    "He collapsed in PE and isn't responding, it was so hot today.",
    "She fainted in the heat and isn't breathing.",
  ])('still reads the risk twin "%s" as 999', (text) => {
    expectLevel(text, 'immediate', 'immediate-danger');
  });
});

describe('a thing locked away and a blow with a ball (idioms, contexts.identifiedPlay)', () => {
  it.each([
    'The EpiPens are in the locked cabinet in the office, spare in the kitchen.',
    'His scooter is locked in the staff shed until home time.',
    "Y2 said 'my brother hits me every day!' — with a tennis ball, they play cricket after tea.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Mum locks him in his room when she goes out.',
    'His stepdad took his phone and locked him in the shed.',
    "Y2 said 'my dad hits me every day' with his belt.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});

describe('a threat said next to be sparring or a game of pool (contexts.identifiedPlay)', () => {
  it.each([
    "'My dad's gonna batter me' - at pool on Saturday, he's lost to him three times.",
    "Boxing club: 'I'm gonna batter you' – it's sparring with big gloves, they're mates.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "'My dad's gonna batter me' when I get home, he did last time.",
    'He says his stepdad is going to batter him for playing in the final instead of coming home.',
    "He's worried his dad will batter him about playing in the final, he was meant to be home.",
  ])('still reads the risk twin "%s" urgent', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });
});

describe('a laugh by lunch, a refusal as the cause, a bruise gone purple (laughedAfter, trivialCause, idioms)', () => {
  it.each([
    "Y3 said 'I wish mum was dead' because she said no to a sleepover. Fine by home time.",
    "Y7 said she'll kill her brother for reading her diary out. They were giggling together by lunch.",
    'His finger is swollen and gone purple after it got shut in the door, he can bend it.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Y3 said 'I wish I was dead' because mum hits her when she wets the bed.",
    // The writer's "but" after the laugh keeps it.
    'Y7 said she wants to die. She was laughing with friends by lunch but told me later she cuts at night.',
  ])('still reads the risk twin "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'suicidal-ideation');
  });

  it.each(['Baby has gone purple and floppy, mum is ringing 999.', "His lips have gone blue and he can't breathe."])(
    'still reads the risk twin "%s" as 999',
    (text) => {
      expectLevel(text, 'immediate', 'immediate-danger');
    },
  );
});

describe('a haircut said as "getting cut" and a child who turned up minutes later (idioms, contexts.returned)', () => {
  it.each([
    "Y2 girl told everyone she's 'getting cut' on Saturday - her long hair is going to the Little Princess Trust.",
    "Y8's mum rang to say she's missing. She turned up 10 minutes later, she'd been at the library.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads "\'getting cut\' on Saturday like her sisters when they fly" as 999', () => {
    expectLevel(
      "Y2 girl told everyone she's 'getting cut' on Saturday like her sisters when they fly to see her nan.",
      'immediate',
    );
  });

  it('still reads a child missing since last night, picked up by a man, urgent', () => {
    expectLevel(
      "Y8's mum rang to say she's missing since last night, a man in a car picked her up.",
      'urgent',
      'missing',
    );
  });
});

describe('a wish to die the writer says was figurative or about something else (contexts.dismissal)', () => {
  it.each([
    'I want to die. (figuratively, we lost 5-0)',
    "Following up: she said 'I want to die' in PE. She was actually talking about her netball team losing.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('still reads "she wasn\'t actually talking about the test" urgent', () => {
    expectLevel(
      "Y10 said she wants to die. She wasn't actually talking about the test, she says she's thought about how.",
      'urgent',
      'suicidal-ideation',
    );
  });
});

describe('a goodbye written to family (suicide.goodbye-message)', () => {
  it('reads a note of sorry and "tell our kid I love him" as urgent, its parts in sentences of their own', () => {
    expectLevel(
      "Found in J's planner: 'tonight. the bridge. all sorted. sorry mam tell our kid i love him'. Signed out at 11.",
      'urgent',
      'suicidal-ideation',
    );
  });

  it('reads a thank-you card\'s "tell Nan I love her" below urgent', () => {
    expect(below("Sorry I'm late with the card, tell Nan I love her!", 'urgent')).toBe(true);
  });
});
