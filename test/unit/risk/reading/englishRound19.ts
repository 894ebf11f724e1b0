/**
 * Issue 22, session 19 (s19-E): English false alarms of the phrase reading, where the writer names the alarm and says
 * in the same message what it really was, each mechanism beside its risk twin; and three English misses of rounds 27
 * and 29 (a baby who will not move a limb, FGM in the family's euphemisms, extremist grooming and taught hatred). The
 * phrase reading alone (the learned reader is not asked). Every sentence is synthetic.
 */
import { compareLevels, type RiskLevel } from '../../../../src/risk';
import { phraseReading, readsAtLeast } from './phraseLevel';

const phrases = (text: string) => phraseReading(text, 'en-GB');
const atLeast = (text: string, level: RiskLevel) => readsAtLeast(text, 'en-GB', level);
const below = (text: string, level: RiskLevel) => compareLevels(phrases(text).level, level) < 0;

describe('a weapon said after it to be a harmless object or a lawful trade (identifiedHarmless)', () => {
  it.each([
    "Y4 yelled 'she's got a knife' at lunch - it was a plastic picnic knife for her cheese.",
    'Y2 had a knife in his book bag – round-ended table knife from home, swapped for a plastic one.',
    "Y3 girl: 'Uncle has a gun' – he's a farmer, she was telling us about the crows on the barley.",
    "Y1 boy ran at me yelling 'I've got a gun!' - super soaker from the paddling pool.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    // A real knife, a gun not explained, a weapon used on someone.
    "Y9 said 'he's got a knife' at the bus stop - it's a real knife, a kitchen one, he showed it.",
    'Y10 boy has a gun in his bag and says he will use it on K after school.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a blow said after it to be a game or a job (identifiedPlay)', () => {
  it.each([
    "Y3: 'he hit me in the face!' It was dodgeball in PE, little red cheek, shook hands.",
    "Y6 said his dad 'absolutely battered' him on Sunday - four games in a row of Uno.",
    "Y2 said 'my mum hits people' - she's a kickboxer and teaches at the gym.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "Y5 said 'my dad hits me every day' and showed me a bruise on her arm.",
    'Y4 boy said his stepdad battered him last night.',
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a threat over a mishap, said with what happened (idioms)', () => {
  it.each([
    "Y7 says her dad's 'going to kill her' because she dented the car door on the gatepost.",
    "Y9 girl says she's going to strangle her brother because he ate her last doughnut.",
    "Y2: 'My nan's going to kill me, I broke her favourite mug!'",
    "Y9: 'my dad's gonna batter me when he sees my report' - he means he'll take the Xbox off him for a week.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y8 says his stepdad is going to kill him because he told the teacher about the bruises.',
    "Y6 says his stepdad is going to kill him tonight because he broke the TV, and he's getting the belt.",
    "Y7 says her mum's boyfriend will batter her when he gets home tonight.",
    "Y9: 'my dad's gonna batter me when he sees my report' and showed me the belt marks from last time.",
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a child missing for a moment and found, a faint after a skipped meal, blood that stopped (returned, ordinaryCause, identifiedMinor)', () => {
  it.each([
    'Reception girl went missing from the lunch queue - found her 3 mins later in the toilets.',
    'Y10 fainted in assembly - she had skipped breakfast before the bus. Toast and juice, fine.',
    'Y1 bit his lip on the climbing frame, lots of blood for a tiny cut, stopped quickly.',
    'Y5 got the cut from the netball team and cried, mum emailed about it.',
    "Y1 told us his baby brother 'got cut' at the hospital - it was his circumcision, mum said.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'Reception boy is missing from the outdoor area, we have searched for 10 minutes and cannot find him.',
    'Y9 fainted in PE, she has skipped lunch every day this term and lost a lot of weight.',
    "Y6 cut on his head is bleeding a lot and it won't stop.",
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('a baby who will not move a limb is immediate, bruising on a baby urgent (combo.infant-limb-not-used, combo.infant-bruising)', () => {
  it('reads a 6 week old who will not move an arm immediate, whatever the carer says', () => {
    expect(
      phrases(
        "Home visit now. 6 week old baby won't move her right arm and screams when it's touched. Mum says she got it caught in the cot.",
      ).level,
    ).toBe('immediate');
  });

  it('reads bruising on a baby urgent or higher', () => {
    expect(atLeast('The baby (3 months) has bruising on his cheek, parents do not know how.', 'urgent')).toBe(true);
  });

  it.each([
    'Baby (5 months) was a bit grizzly after her jabs, feeding well and smiling by lunch.',
    'Y3 boy will not move from the reading corner, he loves the new books.',
  ])('keeps "%s" below immediate', (text) => {
    expect(atLeast(text, 'immediate')).toBe(false);
  });
});

describe('FGM in the family’s words: made clean or purified like the women of the family (combo.fgm-made-clean-*)', () => {
  it.each([
    "Y4 girl's mum said she will be 'made clean like her sisters' in the summer.",
    "Nan told staff the girl is going for 'her purification' so she is clean like her cousins, same as they did to her aunt.",
  ])('reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it('reads it immediate when it is arranged for a day this week', () => {
    expect(
      phrases('Mum said the aunt is coming on Saturday so the girl can be made clean like her sister, flights booked.')
        .level,
    ).toBe('immediate');
  });

  it.each([
    'Y5 made her desk clean like the teacher asked, and tidied the book corner.',
    'Y3 cleaned her room like her mum asked and got a sticker.',
  ])('keeps "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('extremist grooming and taught hatred (combo.dehumanised-violence, combo.taught-hate, combo.banned-group-active)', () => {
  it.each([
    "Y9 writes that 'the invaders' in town must be 'stopped by any means' and draws the mosque burning.",
    "Nursery girl keeps repeating slogans her dad taught her about 'non-white' children.",
    'Y10 boy has been handing out stickers at the gate with the logo of a banned group.',
  ])('reads "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });

  it.each([
    'Y4 history: the Viking invaders burned the monastery at Lindisfarne, lovely posters.',
    'Y7 did the slogans for the recycling campaign today, very catchy.',
  ])('keeps "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a paper cut is an accident, and a laugh both children share is no threat (accident, sharedLaugh)', () => {
  it.each([
    "Y4 ran up saying 'I've cut myself' – paper cut from the new reading folder. Plaster, fine.",
    "Y8 yelled 'I'm gonna kill you' at his mate who took his pen, both crying laughing.",
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'She has been cutting her arms, she says they are paper cuts.',
    "Her stepdad said he'd kill her if she told, both of them laughing.",
  ])('keeps "%s" urgent or higher', (text) => {
    expect(atLeast(text, 'urgent')).toBe(true);
  });
});

describe('hiding for a laugh or in a game is not hiding at home (idioms)', () => {
  it.each([
    'Y2 hid in the stock cupboard as a joke during tidy up, found straight away.',
    'Y4 girl was hiding in the wardrobe for a laugh when her friends came round.',
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('keeps hiding from an adult at home urgent', () => {
    expect(atLeast('She was hiding in the wardrobe from her stepdad when he was shouting.', 'urgent')).toBe(true);
  });
});
