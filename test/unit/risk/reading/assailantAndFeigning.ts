/**
 * s8-C: context defects the lead noted in session 7. A sport, a place or an accident word explains violence in play,
 * never a named person's assault on the child; a child's real pretending ("pretending to be asleep") is not a game; an
 * idiom about a trivial mishap never swallows a real threat. Each test has the risk version of the same wording, which
 * must still be read. Synthetic sentences, none copied from the labelled data.
 */
import { expectPhraseLevelIn, phraseReading } from './phraseLevel';

const assess = (text: string) => phraseReading(text, 'en-GB');
const expectLevel = expectPhraseLevelIn('en-GB');

describe('a peer assault with a named assailant is not explained by a sport', () => {
  it('reads older boys punching him after a match as a concern, not play', () => {
    expectLevel('The older boys punched him after the rugby match on Saturday', 'concern', 'physical-abuse');
    expectLevel('Two boys beat him up after the football tournament', 'concern', 'physical-abuse');
    // The lead's example: before, only "older lads" (exploitation) was read; the assault itself was cleared by sport.
    expectLevel('Older lads punched him after rugby training', 'concern', 'physical-abuse');
  });

  it('says why: a sport was named, but someone named did it', () => {
    const reasons = assess('The older boys punched him after the rugby match on Saturday').reasons.join(' ');
    expect(reasons).toContain('someone named did it');
  });

  it('still reads violence in the game itself, with no one named as doing it, as play', () => {
    expectLevel('He got battered in the derby, lost 5-0', 'none');
    expectLevel('A boy accidentally elbowed him in the face at football', 'none');
  });

  it('still reads an adult at home who hit him after the match as urgent', () => {
    expectLevel('His stepdad punched him after the rugby match on Saturday', 'urgent', 'physical-abuse');
  });
});

describe('a burn or a wound someone gave the child is never cleared by a sport, a place or an accident word', () => {
  it('reads lads burning him with a cigarette after football as urgent', () => {
    expectLevel('Some lads burnt him with a cigarette after football', 'urgent', 'physical-abuse');
  });

  it('reads older boys burning him in a DT room as urgent', () => {
    expectLevel('The older boys burnt him with a lighter in the DT room', 'urgent', 'physical-abuse');
  });

  it('still reads a burn from cooking told as an accident as no alarm', () => {
    expectLevel('She burnt her hand on the oven by accident in food tech', 'none');
  });
});

describe("a child's real pretending is not a game", () => {
  it('reads pretending to be asleep while an adult hit someone as what the adult did', () => {
    expectLevel('She was pretending to be asleep while her stepdad hit her mum', 'urgent');
    expectLevel('He pretends everything is fine but his dad hits him most nights', 'urgent', 'physical-abuse');
  });

  it('still reads pretend play and a scene as pretend', () => {
    expectLevel('In the drama rehearsal they were acting out the scene where the stepdad hits her', 'none');
    expectLevel('They were pretending to be soldiers and he shouted "I shot you"', 'none');
  });
});

describe('an idiom about a trivial mishap never swallows a real threat by an adult at home', () => {
  it('reads a threat to kill her if she comes home late as urgent', () => {
    expectLevel("Her stepdad said he's going to kill her if she comes home late again", 'urgent');
    expectLevel("Dad told him he's going to kill him if he tells anyone", 'urgent');
  });

  it('still reads a threat over a lost or damaged thing as an idiom', () => {
    expectLevel("Her gran's going to kill her if she loses another glove", 'none');
    expectLevel('His dad is gonna kill him for scuffing his new school shoes', 'none');
  });
});

describe('a screening question answered no is a concern on the record, not an alarm', () => {
  it('lowers what was asked about when the child said no', () => {
    expectLevel(
      'Saw J for a check-in. I asked him directly about self-harm and suicidal thoughts and he said no to both.',
      'concern',
    );
    expectLevel('Checked in about thoughts of hurting herself; she denies any. Chatty about her netball.', 'concern');
  });

  it('still reads what the child told after the question, and a question with no denial', () => {
    expectLevel(
      'I asked her directly about self-harm and she told me she cut her arms last night, she denies any plan',
      'urgent',
    );
    expectLevel('I asked him about self-harm and he showed me fresh cuts on his arm', 'urgent', 'self-harm');
  });
});

describe('lessons, modules and sessions named by their subject', () => {
  it('reads a topic in a sociology lesson, an online module or an online safety evening as no alarm', () => {
    expectLevel('Y11 sociology covered the domestic abuse figures this week', 'none');
    expectLevel('Please finish the FGM and Prevent online modules by Friday', 'none');
    expectLevel('The online safety evening for parents covered sextortion and grooming', 'none');
  });

  it("still reads a child's own words in that lesson", () => {
    expectLevel('In sociology she said her dad hits her mum every weekend', 'urgent');
  });
});

describe('"turned out" explains what came before it', () => {
  it('lowers what the writer says turned out to be something else to a concern', () => {
    expectLevel("The 'drugs' found in his locker turned out to be sherbet", 'concern');
  });

  it('still reads drugs found with no explanation as urgent', () => {
    expectLevel('The drugs found in his locker were cannabis, wrapped in deal bags', 'urgent');
  });
});

describe('figurative kinds found in train (idioms clear only the phrase they overlap)', () => {
  it('reads a threat over a mishap with a word before "kill", or "she\'d kill him if he lost", as an idiom', () => {
    expectLevel('His sister is gonna literally kill him for cracking her phone screen', 'none');
    expectLevel("Gran said she'd kill her if she lost her new gloves", 'none');
    // Not an idiom; and since s21-I a threat for when he gets home is danger now (contexts.goingHome).
    expectLevel('His stepdad is gonna literally kill him when he gets home', 'immediate');
    expectLevel("Gran said she'd kill her if she told anyone", 'urgent');
  });

  it('reads beating someone to the top of a hill as a race, not violence', () => {
    expectLevel('My dad beat me to the top of the hill on our bike ride', 'none');
    expectLevel('My dad beat me up in the kitchen last night', 'urgent', 'physical-abuse');
  });

  it('reads a jump from a diving board as a jump into the pool', () => {
    expectLevel("She kept saying 'I'm going to jump' on the diving board", 'none');
    expectLevel("She said 'I'm going to jump' and she is on the bridge", 'immediate');
  });

  it("reads goodbye letters for a teacher who is leaving as no goodbye note, but not a child's own", () => {
    expectLevel('The Y4s wrote goodbye letters for Miss Evans, who leaves at Christmas', 'none');
    expectLevel('She wrote goodbye letters to her family and left them on her bed', 'urgent', 'suicidal-ideation');
  });

  it('reads a film retold as fiction, but not a threat said to friends', () => {
    expectLevel(
      "Y8 girl was retelling the film at lunch, the bit where the villain screams 'I will kill you' at the hero",
      'none',
    );
    expectLevel("He said to his mates 'I will kill you' and showed them a blade", 'urgent');
  });
});
