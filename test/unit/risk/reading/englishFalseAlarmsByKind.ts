/**
 * s9-E: English false 999s of the phrase reading, fixed by kind (issue 22). A weapon, bleeding or collapse word is
 * immediate when it is about a child now; a story, the past, someone else, a game or a harmless object explains only
 * the span it sits in. Each test has the innocent sentence and the real one beside it. Synthetic sentences, none
 * copied from the labelled data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('a weapon in a story is the story’s (contexts.fiction, scene dangers)', () => {
  it('reads a gun or a knife held in a set text as no alarm', () => {
    expectLevel('Y11 are reading Of Mice and Men, the bit where Carlson has a gun', 'none');
  });

  it('still reads a weapon named with the child, or a wound, in the same sentence', () => {
    expectLevel('We were reading Of Mice and Men when he pulled a knife on T', 'immediate');
    expectLevel('In the novel lesson she said she has a knife in her bag', 'immediate');
    expectLevel('We were reading Of Mice and Men when a Y10 got stabbed outside', 'immediate');
  });

  it('never lets a story explain a body in danger', () => {
    expectLevel('During the lesson on Of Mice and Men a Y9 girl collapsed and is not breathing', 'immediate');
  });
});

describe('a weapon of an innocent kind is no weapon (contexts.harmless, its own span only)', () => {
  it('reads a butter knife, a BB gun, a staple gun and a replica or deactivated rifle as no alarm', () => {
    expectLevel('Y4 had a butter knife in her lunchbox for her crackers, swapped for a plastic one', 'none');
    expectLevel('He wants to bring his BB gun in for show and tell next week', 'none');
    expectLevel('Mum has got a staple gun for re-covering the chairs', 'none');
    expectLevel('The RAF stand at the careers fair brought a deactivated rifle', 'none');
    expectLevel('The army stand had a replica rifle for the Y9s to look at', 'none');
  });

  it('still reads a real blade or gun, even one named beside a harmless one', () => {
    expectLevel('Y4 had a kitchen knife in her lunchbox', 'immediate');
    expectLevel('He wants to bring his dad’s gun in to school', 'immediate');
    expectLevel('He had a butter knife and there was a machete in his bag', 'immediate');
    expectLevel('Her dad had the bread knife out when he was screaming at mum', 'immediate');
  });
});

describe('a stabbing or a shooting told of someone else (danger.weapon-wound, danger-to-subject)', () => {
  it('reads a relative stabbed at the weekend as a concern for this child, not a 999 call', () => {
    expectLevel('Her older brother got stabbed in town at the weekend and she has been very quiet since', 'concern');
  });

  it('still reads the child stabbed, or a relative stabbed now, as immediate', () => {
    expectLevel('He got stabbed on the way home from the park', 'immediate');
    expectLevel('Her brother has been stabbed outside the chippy right now, she is in bits', 'immediate');
  });
});

describe('a seizure that stopped within its care plan is not one that will not stop (@persisting)', () => {
  it('reads a two-minute seizure as no 999 call', () => {
    expectLevel('J had a seizure in science, about 2 mins, recovery position, came round and slept in medical', 'none');
    expectLevel('She had a tonic clonic seizure at lunch, lasted 3 minutes', 'none');
  });

  it('still reads a seizure past five minutes, or still going, as immediate', () => {
    expectLevel('J had a seizure in science, it has gone 7 mins now', 'immediate');
    expectLevel('She had a tonic clonic seizure at lunch, been going for six minutes', 'immediate');
    expectLevel('He is having a seizure and it is still going', 'immediate');
  });
});

describe('blood and breath explained by kind (idioms: only the phrase they overlap)', () => {
  it('reads a wobbly tooth, a drawing, laughing and a lie-in as no 999 call', () => {
    expectLevel('Y2 pulled her wobbly tooth out at lunch, blood everywhere, envelope for the tooth fairy done', 'none');
    expectLevel('He loves drawing zombies with blood everywhere, very detailed', 'none');
    expectLevel("Y9 'miss I can't breathe 😂' at the teachers' dance video", 'none');
    expectLevel('Y3 at news time: daddy won’t wake up on Saturdays, he works nights', 'none');
  });

  it('still reads real bleeding, a child who cannot breathe and one who will not wake as immediate', () => {
    expectLevel('Y2 fell off the climbing frame and split her lip, blood everywhere', 'immediate');
    expectLevel('He says he can’t breathe and his lips are swelling', 'immediate');
    expectLevel('Mum says she won’t wake up and she took some of her tablets', 'immediate');
  });
});

describe('s11-E: marks with an everyday cause named beside them', () => {
  it('reads scratches from brambles or a cat, a burn from straighteners, or a fringe cut, as none', () => {
    expectLevel('Scratches all over her arms from the brambles at forest school, plasters on.', 'none');
    expectLevel('The scratches on his arm are from the new kitten, mum sent a photo.', 'none');
    expectLevel('Y8 has a burn on her wrist from her hair straighteners this morning.', 'none');
    expectLevel('Y9 has cut herself a fringe with the textiles scissors, mum is not amused.', 'none');
  });

  it('still reads self-harm told beside the cause, or with the cause as the means, as urgent', () => {
    expectLevel('She says the cat scratched her, but there are fresh cuts in lines across her wrist.', 'urgent');
    expectLevel('Y10 has been burning her arms with her hair straighteners.', 'urgent');
    expectLevel('He has been cutting his arms again and hides the marks under his fringe.', 'urgent');
  });
});
