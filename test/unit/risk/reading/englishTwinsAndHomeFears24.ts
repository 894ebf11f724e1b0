/**
 * Session 24 (s24-F): the English twins of s24-B's Welsh fixes of round 44, and a child's fear of going home raised
 * by a "tonight" told about something else. A wish to die or a jump said with a team's loss or a sponsored swim, a
 * grandad who "beats him" at chess; red marks round the neck explained by a medal or a lanyard; "has been threatened"
 * by an adult or older young people; a fear of going home that is of a ghost, a monster or a film (English and
 * Welsh). Each everyday sentence beside its risk twin, which still reads at its level. The phrase reading alone (the
 * learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a wish to die or a jump said with a trivial or charity cause (trivialCause, idioms)', () => {
  it.each([
    "He's jumping off the pier on Saturday morning for the RNLI sponsored swim, please sponsor him",
    'said he does not want to live anymore after his team lost in injury time',
    'Y6 girl says she wants to die because Wrexham got knocked out of the cup',
    'she is doing a sponsored jump off the harbour wall for the hospice next week',
    'he said he wanted to die when Wales lost on penalties.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    ["He's going to jump off the bridge tonight", 'immediate'],
    ["He's going to jump off the pier tonight, he says nobody would notice", 'immediate'],
    ['said he does not want to live anymore, he has felt like this since Christmas', 'urgent'],
    ['Y6 girl says she wants to die, she cries every night', 'urgent'],
  ] as const)('reads the risk "%s" %s', (text, level) => {
    expectLevel(text, level, 'suicidal-ideation');
  });
});

describe('beaten at a board game, with a time between (playedAt)', () => {
  it.each([
    'His grandad beats him every Sunday - at chess, and he is determined to win one day',
    'Nan beats her every single time at Scrabble, she is very competitive',
    'his dad thrashed him on Saturday at Monopoly and he is still sulking',
  ])('reads the game "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'His grandad beats him with a belt',
    'His grandad beats him when he loses at chess',
    'His dad beats him every Sunday',
  ])('reads the blow "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });
});

describe('red marks round the neck, and what explains them (abuse.neck-marks, ordinaryCause)', () => {
  it.each([
    'Y3 girl has red marks round her neck from the medal ribbon she wore all weekend',
    'red marks around his neck - his lanyard has been rubbing, swapped it for a clip',
    'She has red marks round her neck from the face paint at the fair, it is coming off with wipes',
    'he has red marks round his neck from his helmet strap after cycling proficiency',
    'red mark round her neck, it is a rash from her new scarf, she is allergic to wool',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    ['Y3 girl has red marks round her neck and would not say how', 'urgent'],
    ['he has bruises around his neck this morning', 'urgent'],
    // Another alarm beside the lanyard: the mark is no lanyard's.
    ['red marks round his neck from his lanyard. He says his stepdad grabbed him by the throat', 'urgent'],
    ['she has a strap tied round her neck in the toilets', 'immediate'],
  ] as const)('reads the risk "%s" %s', (text, level) => {
    expectLevel(text, level);
  });
});

describe('threatened by an adult or older young people (abuse.threatened)', () => {
  it.each([
    'She has been threatened by a man at the bus stop',
    'He got threatened by some older lads on the way home',
    "He has been threatened by his mum's boyfriend",
    'he was threatened by year 11s in the park',
  ])('reads the risk "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'physical-abuse');
  });

  it.each([
    'He got threatened by his dad that he would lose his phone for a week',
    'Dad threatened to take his Xbox off him if his homework is not done',
    'she got threatened by her sister that she would tell mum about the biscuits',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a fear of going home that is of a ghost, a monster, a film or the dark (homeFear, harmlessFear)', () => {
  it.each([
    "She's scared to go home because her brother told her there's a ghost in the loft. Dad will check with a torch tonight.",
    'Y1 boy is frightened to go home because of the monster under his bed. Mum is collecting him tonight.',
    "He says he's afraid to go home - they watched a scary film at his cousin's. Nan is round tonight.",
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    "She's scared to go home. Her mum's boyfriend said he would hurt her tonight.",
    "He's scared to go home tonight.",
    "She's scared to go home because of the monster. Dad hits her when he drinks.",
  ])('reads the risk "%s" at least urgent', (text) => {
    expect(below(text, 'urgent')).toBe(false);
  });

  it('keeps a fear of going home with a threat tonight immediate', () => {
    expectLevel("He's scared to go home, his stepdad said he will kill him tonight.", 'immediate');
  });

  it.each([
    "'mae gen i ofn mynd adra' medda hi - ei chwaer fawr 'di deud bod 'na ysbryd yn y llofft. Mae dad am fynd â hi efo tortsh heno",
    'Mae ofn mynd adre arno fe achos yr anghenfil dan y gwely. Bydd mam-gu yn ei nôl e heno.',
  ])('reads the Welsh everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });

  it.each([
    ['Mae ganddi ofn mynd adra. Mae ei llystad wedi deud y bydd o yn ei brifo hi heno.', 'immediate'],
    ['Mae ganddo fo ofn mynd adra heno.', 'immediate'],
  ] as const)('reads the Welsh risk "%s" %s', (text, level) => {
    expectWelsh(text, level);
  });
});
