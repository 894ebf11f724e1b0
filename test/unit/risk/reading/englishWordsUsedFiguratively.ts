/**
 * s10-E: English false alarms of the phrase reading where a severity word is used for something else (issue 22):
 * grooming a pony, an overdose of sweets, dyeing hair, a caesarean or a boy's circumcision told by a young child, a
 * win at a game, why people in general carry knives. Each is an idiom, so it clears only the phrase it overlaps.
 * Each test has the innocent sentence and the real one beside it. Synthetic sentences, none copied from the labelled
 * data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('grooming an animal is animal care, not sexual abuse', () => {
  it('reads grooming a pony, a dog grooming course and the grooming kit as no alarm', () => {
    expectLevel('Y8 groomed the ponies at the farm visit and loved it', 'none');
    expectLevel('Y10 has work experience at the dog grooming salon in town', 'none');
    expectLevel('Grooming and handling practical for the animal care group on Friday', 'none');
  });

  it('still reads a child groomed by a person as urgent', () => {
    expectLevel('We think she is being groomed by a man she met at the stables', 'urgent', 'sexual-abuse');
    expectLevel('He groomed her for months before anyone noticed', 'urgent');
  });
});

describe('an overdose of sweets is a party, not a 999 call', () => {
  it('reads a class overdosed on Haribo or cake as no alarm', () => {
    expectLevel('Y3 have all overdosed on Haribo after the disco', 'none');
    expectLevel('Think he overdosed on cake at the party, bouncing off the walls', 'none');
  });

  it('still reads an overdose of tablets as immediate', () => {
    expectLevel('She has overdosed on paracetamol and is being sick', 'immediate');
    expectLevel('He says he overdosed last night', 'immediate');
  });
});

describe('dyeing hair is not wanting to die', () => {
  it('reads wanting to die (dye) his hair green as no alarm', () => {
    expectLevel('Y10 wants to die his hair green for the charity day, is that allowed?', 'none');
  });

  it('still reads wanting to die as urgent', () => {
    expectLevel('Y10 says he wants to die and nobody would care', 'urgent');
  });
});

describe('a caesarean or a boy’s circumcision told by a young child is not FGM', () => {
  it('reads a doctor cutting mummy open to get the baby out, and a boy’s circumcision, as no alarm', () => {
    expectLevel('R told everyone the doctor is going to cut her mummy open to get the baby out', 'none');
    expectLevel('Y2 boy off on Monday for his circumcision at the hospital, letter from mum', 'none');
    expectLevel('The family are going to her little brother’s sünnet (circumcision) party', 'none');
  });

  it('still reads a girl to be cut, or her circumcision, as FGM (urgent, immediate when travel is under way)', () => {
    expectLevel('Her aunt is going to cut her when they go home in the summer', 'urgent', 'fgm');
    expectLevel('She said she is having her circumcision on the family holiday', 'urgent', 'fgm');
  });
});

describe('beaten at a game or by a score is a win, even by an adult at home', () => {
  it('reads a dad beating him at golf, or 6-0, as no alarm', () => {
    expectLevel('Y9 says his dad beat him at golf on Sunday, gutted', 'none');
    expectLevel('His stepdad battered him 5-1 on the Xbox last night', 'none');
    expectLevel('Y5 got absolutely battered by her brother at Mario Kart', 'none');
  });

  it('still reads an adult at home beating him, even after a game, as urgent', () => {
    expectLevel('His dad beat him after he lost at golf', 'urgent', 'physical-abuse');
    expectLevel('His dad battered him after the match because they lost 3-0', 'urgent', 'physical-abuse');
  });
});

describe('why people carry knives is a question about people in general', () => {
  it('reads asking why young people carry knives as no alarm', () => {
    expectLevel('After the assembly a Y7 asked why young people carry knives', 'none');
  });

  it('still reads a child or a named person carrying a knife as immediate', () => {
    expectLevel('I asked him why he carries a knife and he said for protection', 'immediate');
    expectLevel('Kids at the park carry knives and he has one in his bag', 'immediate');
  });
});

describe('blood that stopped at once, a bitten tongue, and a missing-person exercise', () => {
  it('reads blood that stopped with a compress, a bitten tongue and a search exercise as no alarm', () => {
    expectLevel('Y1 cut his lip on the slide, lots of blood, stopped with a cold compress', 'none');
    expectLevel('Y4 bit his tongue at lunch, bleeding loads, ice pop given', 'none');
    expectLevel('Scouts did a missing person search exercise with the rescue team tonight', 'none');
  });

  it('still reads bleeding that has not stopped, a seizure, and a child missing beside an exercise', () => {
    expectLevel('He is bleeding heavily and it hasn’t stopped with pressure', 'immediate');
    expectLevel('She bit her tongue in a seizure and is still fitting after 6 minutes', 'immediate');
    expectLevel('Missing person: Y9 girl not seen since the search exercise at 10', 'urgent');
  });

  it('reads blood "not stopped after 20 minutes" as bleeding, and blood that stopped after minutes as no alarm', () => {
    expectLevel('Lots of blood, not stopped after 20 minutes of pressure', 'immediate');
    expectLevel('Deep cut, blood everywhere and it hasnt stopped after 20 minutes', 'immediate');
    expectLevel('Nosebleed in PE, loads of blood, finally stopped after 10 minutes', 'none');
    expectLevel('Cut her finger in DT, bled a lot but it stopped after 5 minutes', 'none');
  });
});

describe('s11-E: a word asked about, and a ceremony named as a rite', () => {
  it('reads a child asking what a risk word means, or a special ceremony that is a communion or a birthday, as none', () => {
    expectLevel('Y7 asked me at lunch what self-harm means, she heard it on the bus.', 'none');
    expectLevel('Y9 boy wanted to know what grooming means for his RE homework.', 'none');
    expectLevel('Y3 girl off to Ireland for a special ceremony: her christening, with a big cake.', 'none');
    expectLevel('Her first holy communion is on Sunday, a special ceremony with all the family.', 'none');
  });

  it('still reads what is told beside the question or the rite', () => {
    expectLevel('She asked me what it means when her uncle touches her down there.', 'urgent');
    expectLevel('Y6 asked what self-harm means. Later she told me she has been cutting her arms.', 'urgent');
    expectLevel('A special ceremony abroad in the summer, where she will be cut to become a woman.', 'urgent');
  });
});

describe('s11-E: a shot that was a jab, and paintballing', () => {
  it('reads a flu jab or a booster called a shot, or shots at paintballing, as none', () => {
    expectLevel('Y1 at news: my daddy got shot yesterday - he had his flu jab at the chemist.', 'none');
    expectLevel('Y9 got shot in the face three times at paintballing on Saturday, welts on his arm.', 'none');
  });

  it('still reads a shooting beside an injection for the pain, or one told apart from a jab, as immediate', () => {
    expectLevel('He got shot outside the shop, he is having an injection for the pain.', 'immediate');
    expectLevel('She got shot on the way home last night. Her booster is not till next week.', 'immediate');
  });
});
