/**
 * s8-C: English risk messages in train and dev that both readers missed at urgent or higher, fixed by kind in the
 * phrases. Each kind has an everyday sentence that must stay quiet. Synthetic sentences, none copied from the data.
 */
import { assessTextWith } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('English misses read by kind', () => {
  it('reads an injury whose pattern or explanation does not fit an accident, even with the accident told', () => {
    expectLevel(
      'The hospital says it is a spiral fracture and mum says he tripped on a toy',
      'urgent',
      'abuse-disclosure',
    );
    expectLevel("The bruises on her back don't match the explanation that she fell off her bike", 'urgent');
    expectLevel('She fell off her bike and bruised her knee', 'none');
  });

  it("reads an adult holding a child's head under water or nose shut as physical abuse", () => {
    expectLevel('Y3 girl says her stepdad holds her head under the water in the bath', 'urgent', 'physical-abuse');
    expectLevel('She held her nose and jumped into the pool', 'none');
  });

  it('reads filming in a changing room as sexual abuse', () => {
    expectLevel(
      'A man nobody knew was filming in the girls changing rooms at the swimming gala',
      'urgent',
      'sexual-abuse',
    );
    expectLevel('The swimming gala was filmed for the school website from the balcony', 'none');
  });

  it('reads a child collected by someone the parent did not send, told in two sentences, as immediate', () => {
    expectLevel(
      "Mum said she didn't send anyone. He was collected at 3.15 by a man saying he was his uncle.",
      'immediate',
    );
    expectLevel('Her grandad collected her at 3, mum had rung ahead', 'none');
  });

  it('reads an adult getting a child on camera undressed as grooming', () => {
    expectLevel(
      'Y5 boy says an older girl online got him to go on video call with his shirt off',
      'urgent',
      'online-harm',
    );
    expectLevel('He was on a video call with his nan, showing her his new shirt', 'none');
  });

  it('reads a suicide plan told as planning how and when nobody would see, and being gone by a date', () => {
    expectLevel("She said she has been planning how she'd do it, when nobody would see", 'urgent', 'suicidal-ideation');
    expectLevel("He wrote 'no point revising, I'll be gone by Christmas'", 'urgent', 'suicidal-ideation');
    expectLevel('She has been planning how she will revise for the mocks', 'none');
  });

  it('reads giving away prized things as a sign to ask about, and with a funeral playlist as urgent', () => {
    const compiled = defaultCompiledLexicons();
    const giving = assessTextWith(compiled, 'He gave away his PS5 and his games this week', 'en-GB');
    expect(giving.level).toBe('concern');
    expect(giving.ask).toBe(true);
    expectLevel('Made a playlist for my funeral and gave away my Xbox', 'urgent', 'suicidal-ideation');
  });

  it('reads no food at home and eating from bins as urgent neglect', () => {
    expectLevel('The nursery boy is eating food out of the bins at lunch', 'urgent', 'neglect');
    expectLevel('He said there is no food in the house since Saturday', 'urgent', 'neglect');
    expectLevel('The class put their food waste in the compost bins', 'none');
  });

  it('reads county lines slang for a trap house and its phone as criminal exploitation', () => {
    expectLevel("Y10 says he's doing shifts in the bando in Swansea", 'urgent', 'exploitation');
    expectLevel('Picked up a new trap phone yesterday', 'urgent', 'exploitation');
  });

  it('reads oxygen levels dropping and an acute chest crisis as a medical emergency, not SATs', () => {
    expectLevel('Her sats are 85 and dropping', 'immediate', 'immediate-danger');
    expectLevel('Sickle cell: she is having an acute chest crisis, ambulance called', 'immediate', 'immediate-danger');
    expectLevel('She did well in her SATs and fell out with her friend', 'none');
  });
});
