/**
 * s11-E3: the English false alarms of session 11's writers (issue 22), by kind: a lost tooth's blood, a blow to a pest,
 * not eating explained by an illness, a pet put to sleep, and a knife that was cutlery. Synthetic sentences, none
 * copied from the data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('s11-E3: the blood of a lost tooth', () => {
  it('reads blood everywhere from a tooth a child lost as no alarm', () => {
    expectLevel('Y2 lost a tooth during PE, blood everywhere for a minute, she is delighted', 'none');
    expectLevel('Blood all down his jumper after he lost his front tooth on the apple at snack', 'none');
  });

  it('still reads a blow that knocked a tooth out as urgent, and blood with no lost tooth as immediate', () => {
    expectLevel(
      'His stepdad punched him in the mouth and he lost a tooth, blood everywhere',
      'urgent',
      'physical-abuse',
    );
    expectLevel('Y2 fell off the climbing frame, blood everywhere, he lost his shoe', 'immediate');
  });
});

describe('s11-E3: a blow to a pest', () => {
  it('reads a parent who smacked or squashed a spider, a wasp or a fly as no alarm', () => {
    expectLevel("Reception: 'Mummy smacked the wasp with her shoe and it fell in the bin'", 'none');
    expectLevel('Y1 says daddy hit the big spider with his slipper and she cried because it was dead', 'none');
  });

  it('still reads a child hit with a shoe, even when a spider is named, as urgent', () => {
    expectLevel(
      'Y1 says daddy hit her with his slipper because she screamed at the spider',
      'urgent',
      'physical-abuse',
    );
    expectLevel("Reception: 'Mummy smacked me with her shoe' and then talked about a spider", 'urgent');
  });
});

describe('s11-E3: not eating explained by an illness', () => {
  it('reads a child who has not eaten for days with tonsillitis, a bug or flu as no alarm', () => {
    expectLevel("Mum rang: he hasn't eaten for two days, tonsillitis, GP gave antibiotics", 'none');
    expectLevel("Y4 off with a sickness bug, hasn't eaten since Sunday, back Friday", 'none');
  });

  it('still reads not eating for days with no illness named as urgent', () => {
    expectLevel("Y9 girl hasn't eaten for three days and says she is too fat", 'urgent', 'eating-disorder');
    expectLevel("He hasn't eaten since Friday, there is no food in the house", 'urgent');
  });
});

describe('s11-E3: a pet put to sleep', () => {
  it('reads a pet the vet "put to sleep forever" as no alarm', () => {
    expectLevel("Y1: 'Our cat was old so the vet put her to sleep forever'. Drew a picture of her.", 'none');
  });

  it('still reads a child who wants to sleep forever, or to be put to sleep forever, as urgent', () => {
    expectLevel('Y6 girl said she just wants to go to sleep forever and not wake up', 'urgent', 'suicidal-ideation');
    expectLevel('He said he wishes someone would put me to sleep forever', 'urgent');
  });
});

describe('s11-E3: a knife that was cutlery or a pen, said after it', () => {
  it('reads "he has got a knife" explained as a spork, a spoon or a pen as no alarm', () => {
    expectLevel("Shout in the dinner hall that he's got a knife - it was a spork, all calm", 'none');
    expectLevel('Y4 said a boy had a knife in the line, turns out it was a pen', 'none');
  });

  it('still reads a knife with no such explanation, or a real one beside a spoon, as immediate', () => {
    expectLevel("Shout in the dinner hall that he's got a knife, staff on the way", 'immediate');
    expectLevel("He's got a knife in the dinner hall, it's a real knife not a spoon", 'immediate');
  });
});

describe('s11-E3: a shoot that is photography', () => {
  it('reads a parent "going to shoot me" at a photo shoot or for a photography course as no alarm', () => {
    expectLevel(
      "Y1 said my mummy's going to shoot me at the weekend - she has booked a photo shoot in the park",
      'none',
    );
    expectLevel("Y1 said my daddy's going to shoot me at the weekend, he's started a photography course", 'none');
  });

  it('still reads the same words with no camera named as immediate', () => {
    expectLevel("Y1 said my mummy's going to shoot me at the weekend, she is scared of her", 'immediate');
  });
});
