/**
 * s7-D: English false alarms of the phrase reading found in round 4 of the writers, fixed by kind. Each test has the
 * risk version of the same wording, which must still be read. Synthetic sentences, none copied from the labelled data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('everyday and figurative wording (idioms)', () => {
  it('reads "a bit" and "a little bit" as an amount, not a bite', () => {
    expectLevel('Her dad phoned to say she may be a bit tearful today, the dog died', 'none');
    expectLevel('Mum told me he might be a little bit quiet, his gran is poorly', 'none');
    expectLevel('Her dad bit her on the arm last night', 'urgent', 'physical-abuse');
  });

  it('reads workload hyperbole and a dreaded school activity as no alarm, but not a wish to die about home', () => {
    expectLevel('Year 9 are going to kill me with their marking and questions this week', 'none');
    expectLevel("She said she'd rather die than do the bleep test again", 'none');
    expectLevel("She said she'd rather die than go back home tonight", 'urgent', 'suicidal-ideation');
  });

  it('reads "guns" at the gym as muscles, but not a gun carried', () => {
    expectLevel("He's got guns now, lifting weights at the gym every night", 'none');
    expectLevel("He's got a gun in his bag", 'immediate', 'immediate-danger');
  });

  it('reads being kicked out of a seat or a game and a car that got hit as no violence, but not a child kicked', () => {
    expectLevel('My brother kicked me off the xbox again', 'none');
    expectLevel('Dad said the van got bashed in the car park', 'none');
    expectLevel('My dad kicked me in the leg', 'urgent', 'physical-abuse');
    expectLevel("She said 'my dad kicked the door in and mum was crying'", 'urgent');
  });

  it('reads a steri strip and a football strip as no sexual act, but not an adult making a child strip', () => {
    expectLevel('Mum came in with her new football strip and a steri strip on her knee', 'none');
    expectLevel("Mum's boyfriend made her strip in front of him", 'urgent', 'sexual-abuse');
  });

  it('reads parental controls as safety, but not a partner controlling a phone', () => {
    expectLevel('Dad has put parental controls on his phone and the tablet', 'none');
    expectLevel('His foster carers put controls on his phone after the chat', 'none');
    expectLevel("Mum's boyfriend controls her phone and her money", 'urgent');
  });

  it('reads a sibling squabble over a borrowed thing as hyperbole, but not a threat to stab', () => {
    expectLevel("She says she's going to stab her brother for eating her crisps", 'none');
    expectLevel("She says she's going to stab her brother tonight", 'immediate', 'immediate-danger');
  });
});

describe('games, toys, play and theatre (contexts.pretend, contexts.simulated)', () => {
  it('reads a video game, a toy laser and a pose for a photo as play', () => {
    expectLevel('Two Y9s fell out over who got shot first on Fortnite last night', 'none');
    expectLevel("'I'm going to shoot you with my blaster,' he shouted across the playground", 'none');
    expectLevel('For the class photo the boys lay on the grass posing like they had been shot', 'none');
  });

  it('still reads a real gun, a child telling after the game is named, and grooming in a game', () => {
    expectLevel('A man on Fortnite has been asking her to send pics', 'urgent', 'online-harm');
    expectLevel('A man posing as a Y10 boy has been asking her for nudes', 'urgent');
    expectLevel('She said the bad guys came in the night and her mum was bleeding everywhere', 'immediate');
    expectLevel('After Fortnite he said his brother has got a gun in his bedroom', 'immediate', 'immediate-danger');
    expectLevel("'I'm going to shoot you with my blaster,' he shouted, and pulled out a real gun", 'immediate');
  });

  it('reads superhero play throwing the baddies off a roof as play, but not a child throwing herself off', () => {
    expectLevel('Since the superhero week he wants to throw the baddies off the building', 'none');
    expectLevel('She keeps saying she will throw herself off the roof', 'urgent', 'suicidal-ideation');
  });

  it('reads a theatre company performing a play about county lines and a prop noose as no alarm', () => {
    expectLevel('A theatre company is coming to perform a piece about county lines to Y10', 'none');
    expectLevel('The rope on the stage is a prop noose for the last act', 'none');
  });

  it('still reads a child in county lines and a real noose', () => {
    expectLevel("He's been going country and running a line for his olders", 'urgent', 'exploitation');
    expectLevel('Found a noose in her bedroom last night', 'urgent', 'suicidal-ideation');
  });
});

describe('a lost tooth and a nosebleed (injuries plainly explained)', () => {
  it('reads the blood of a lost tooth and of a nosebleed that stopped as no alarm', () => {
    expectLevel("Her wobbly tooth fell out during lunch and there was blood everywhere, she's thrilled", 'none');
    expectLevel('He had lots of blood coming from his nose in PE, it stopped within five minutes', 'none');
    expectLevel('Lots of blood on his shirt after a nosebleed at break', 'none');
  });

  it('still reads bleeding that goes on, and violence that knocked a tooth out', () => {
    expectLevel(
      'There is blood everywhere from the cut on her leg and it will not stop',
      'immediate',
      'immediate-danger',
    );
    expectLevel('Her dad punched her in the mouth and her tooth came out', 'urgent', 'physical-abuse');
  });
});

describe('staff guidance and training, and a child telling after a lesson (contexts.curriculum)', () => {
  it('reads a topic named in statutory guidance or a staff briefing as about no child', () => {
    expectLevel('Please read the KCSIE update by Friday. The part on sharing nudes has been rewritten.', 'none');
    expectLevel('At the staff briefing we went over how abuse can look in a nursery', 'none');
  });

  it('never clears what a child told after a lesson or a briefing was named', () => {
    expectLevel('After the PSHE lesson she told me her uncle abuses her', 'urgent', 'abuse-disclosure');
    expectLevel('Straight after the staff briefing he told me his cousin sends him nudes', 'urgent');
  });
});

describe('misses of round 4 that a phrase or a combination catches, by kind', () => {
  it('reads an adult asking children to sit on his knee as a sign of sexual abuse', () => {
    expectLevel('The new minibus driver keeps asking the Y2 boys to sit on his lap', 'urgent', 'sexual-abuse');
    expectLevel('She sat on her grandad’s knee to open the presents', 'none');
  });

  it('reads direct messages asking for photos and an adult asking a child to go on camera as grooming', () => {
    expectLevel('Someone she met gaming sends her snaps every night asking for selfies', 'urgent', 'online-harm');
    expectLevel('An older boy on Discord keeps asking him to go on webcam', 'urgent', 'online-harm');
    expectLevel('Mum sent texts to the class asking for photos of the party', 'none');
  });

  it('reads blades kept with plasters on the arms as self-harm', () => {
    expectLevel(
      'Razor blades were found wrapped in tissue in her locker. She has plasters on both wrists.',
      'urgent',
      'self-harm',
    );
    expectLevel('We used craft blades in DT today and one boy needed a plaster on his thumb', 'concern');
  });

  it('reads a wish to kill unbelievers or to join fighters and kill as radicalisation', () => {
    expectLevel("He told his friends he will go abroad and fight the kuffar when he's 18", 'urgent', 'radicalisation');
    expectLevel('He wants to join them and kill people who disagree', 'urgent', 'radicalisation');
  });

  it('reads essential medication not given at home for days as neglect, but not a child forgetting it', () => {
    expectLevel("Her epilepsy medication hasn't been given at home since Friday", 'urgent', 'neglect');
    expectLevel('His inhaler has not been given at home for four days and he is coughing', 'urgent', 'neglect');
    expectLevel('He left his inhaler at home for two days running', 'none');
  });

  it('reads restricted eating with hair falling out as an eating disorder, but not hair loss alone', () => {
    expectLevel('She has got so thin this term and her hair is coming out in the brush', 'urgent', 'eating-disorder');
    expectLevel('Her hair is falling out from the chemo, she is being very brave', 'none');
  });
});

describe('the same kinds on the rest of train', () => {
  it('reads things and weather battered, "got shot of" and "on track" as everyday words', () => {
    expectLevel("She's battered her new boots already, her mum is not impressed", 'none');
    expectLevel('We got battered by the hail on the walk back from the field', 'none');
    expectLevel('Finally got shot of the permission slips', 'none');
    expectLevel('Is she on track for her target grade?', 'none');
  });

  it('still reads a child battered, shot, or on a railway track', () => {
    expectLevel('Her stepdad battered her on Saturday', 'urgent', 'physical-abuse');
    expectLevel('He got shot outside the chippy', 'immediate', 'immediate-danger');
    expectLevel('She is on the track by the level crossing', 'immediate', 'immediate-danger');
  });

  it('reads flinching at a loud sensory trigger as no fear of an adult, but not flinching at an adult', () => {
    expectLevel('He flinches at the fire alarm, it is in his sensory profile', 'none');
    expectLevel('She flinches whenever her stepdad walks into the room', 'urgent');
  });

  it('reads the blood of a dissection, a heavy period and fake blood as no emergency, but not bleeding for a period of time', () => {
    expectLevel('Lamb heart dissection today, lots of blood, nobody fainted', 'none');
    expectLevel('She has been bleeding loads with her period and was worried', 'none');
    expectLevel('Halloween disco, fake blood everywhere on the hall floor', 'none');
    expectLevel('He has been bleeding heavily for a period of two hours', 'immediate', 'immediate-danger');
  });
});
