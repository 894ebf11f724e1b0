/**
 * s10-E: a danger explained away after it (issue 22): "…has a gun. It's a Nerf gun", "…blood everywhere. It was fake
 * blood for the play". What it turned out to be (`contexts.identifiedHarmless`, `contexts.identifiedMinor`) explains
 * the phrase before it, in its sentence or the next only: a weapon by a harmless thing, blood by a minor or fake
 * injury; never another kind of danger, never a sentence that says it is real. Synthetic sentences, none copied from
 * the labelled data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('a weapon said in the next sentence to be a harmless thing', () => {
  it('reads a gun that is a Nerf gun, or a knife that is the cake knife, as no alarm', () => {
    expectLevel('Y1 told news time his grandad has got a gun. It’s a Nerf gun, mum sent a photo.', 'none');
    expectLevel('Someone left a knife out in the hall kitchen - it was the cake knife from the fair', 'none');
  });

  it('still reads a real weapon, a weapon two sentences back, or one said to be real, as immediate', () => {
    expectLevel('He had a knife in his bag. It was a kitchen knife from home.', 'immediate');
    expectLevel('Her dad has a gun. She is scared of him. It’s a toy gun her brother has.', 'immediate');
    expectLevel('He had a real gun at the gate. It was a replica, he says, but police are checking.', 'immediate');
  });

  it('never lets a harmless thing explain a wound or a body in danger', () => {
    expectLevel('He got stabbed on the way in. It was a plastic knife, apparently', 'immediate');
  });
});

describe('blood said in the next sentence to be fake or a minor injury', () => {
  it('reads blood everywhere that was fake blood, or a grazed knee, as no alarm', () => {
    expectLevel('Y6 came out of drama with blood everywhere. It was fake blood for the play.', 'none');
    expectLevel('Blood everywhere!! Oh wait, it’s a grazed knee, plaster on.', 'none');
  });

  it('still reads real bleeding, or a body in danger beside a minor injury, as immediate', () => {
    expectLevel('She is bleeding heavily from her arm. It is a deep cut.', 'immediate');
    expectLevel('He is unconscious in the playground. It’s a graze on his knee but he won’t wake.', 'immediate');
    expectLevel('Blood everywhere, ambulance called. It was a grazed knee at first, now a head wound.', 'immediate');
  });

  it('never lets a minor injury explain a weapon', () => {
    expectLevel('He had a knife out in the toilets. It’s a scratch on his hand, nothing more.', 'immediate');
  });
});

describe('s11-E: what it was, by kind (a game, a lawful gun, a tooth, several harmless things)', () => {
  it('reads blood or a weapon said next to be a game, a lawful gun, a lost tooth or butter knives as no alarm', () => {
    expectLevel('Y3 said his brother shot him and there was blood everywhere. It was paintball at a party.', 'none');
    expectLevel('Y2 told news his mum has a gun in the shed. She farms sheep, it is licensed and locked away.', 'none');
    expectLevel('Blood all over the sink in the Y4 toilets - a girl yanked her loose tooth out at break.', 'none');
  });

  it('still reads what the next sentence says is real, happening now, or does not stop, as immediate', () => {
    // A knife word stays a weak sign for the safety question, but no 999.
    expectLevel(
      'Someone left a knife out in the hall kitchen. It was one of the butter knives from the fair.',
      'concern',
    );
  });

  it('still reads what the next sentence says is real, happening now, or does not stop, as immediate', () => {
    expectLevel('His stepdad has a gun. It is licensed and he said he will use it on mum tonight.', 'immediate');
    expectLevel(
      'Blood everywhere in the toilets and it won’t stop bleeding. He lost a tooth in the fight.',
      'immediate',
    );
    expectLevel(
      'There was blood everywhere in the car park. It was paintball, but real blood: his nose is broken.',
      'immediate',
    );
  });

  it('never lets a game or a tooth explain a body in danger', () => {
    expectLevel('He is unconscious on the floor. It was laser tag and he fell off the ramp.', 'immediate');
  });
});

describe('s11-E: a lawful gun or a knife for a lesson (contexts.identifiedHarmless)', () => {
  it('reads a licensed or locked-away gun, or knives brought for food tech, as no alarm (a weak sign at most)', () => {
    expectLevel('Y1 says his grandad has a gun for the crows. He holds a shotgun licence, mum says.', 'none');
    expectLevel('Y2 says her dad has a gun in the barn; it is kept locked in a gun cabinet.', 'concern');
    expectLevel('Can Y11 bring their own knives in for the catering exam on Friday?', 'none');
  });

  it('still reads an unlicensed gun, a knife pulled in a lesson, or no licence, as immediate', () => {
    expectLevel('His stepdad has a gun at home and it is not licensed.', 'immediate');
    expectLevel('Her uncle has a gun in the flat. He hasn’t got a licence for it.', 'immediate');
    expectLevel('He pulled a knife on a Y8 in food tech.', 'immediate');
  });
});

describe('s11-E: an adult who may be a stranger, said next to be someone known (contexts.identifiedKnown)', () => {
  it('reads a man at the gate asking for a child, who is on the approved list or gave the password, as no alarm', () => {
    expectLevel('A man at the gate asking for a Y5 girl - it was her grandad, on the collection list.', 'none');
    expectLevel('Two men outside reception asking for him by name. They knew the password, dad rang ahead.', 'none');
  });

  it('still reads an adult not on the list, a known adult not allowed near, or a later sentence, as an alarm', () => {
    expectLevel(
      'A man at the gate asking for a Y5 girl. He is not on the contact list, mum does not know him.',
      'immediate',
    );
    expectLevel('A man at the gate asking for her. It is her uncle, who isn’t allowed contact with her.', 'immediate');
    expectLevel('A man at the gate asking for her. She went quiet. It was her uncle, on the list.', 'immediate');
  });
});

describe('"now" that tells an age or a stage is not a time (contexts.notNow)', () => {
  it('reads a relative stabbed years ago, who is now grown up, as a concern for this child, not a 999 call', () => {
    expectLevel('Y9 said his cousin got stabbed years ago; the cousin is now 23 and recovered.', 'concern');
    expectLevel('Her uncle got stabbed at the weekend, she is now in year 9 and very quiet', 'concern');
  });

  it('still reads a stabbing happening now, or one with the victim now in hospital, as immediate', () => {
    expectLevel('His cousin got stabbed, he is now in hospital', 'immediate');
    expectLevel('His cousin got stabbed in town, he is 23, it is happening now', 'immediate');
    expectLevel('His cousin got stabbed in town, he is now 23', 'immediate');
  });
});
