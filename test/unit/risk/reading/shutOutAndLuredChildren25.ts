/**
 * Session 25 (s25-A): three English kinds the phrase reading missed in round 46. A child shut out of home (kicked,
 * chucked, put or locked out, told not to come back) with the cold or with the carer not answering is immediate, unless
 * told of an earlier time and over (tag `while-it-lasts`, context `stillOut`); an adult "boyfriend" of a child of 15
 * or under collecting or taking her today is immediate; drugs or money given to children with jobs, errands or favours
 * asked of them is criminal exploitation, urgent. Each everyday sentence beside its risk twin. The phrase reading alone
 * (the learned reader is not asked). Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');
const below = readsBelowIn('en-GB');

describe('a child shut out of home in the cold or with the carer not answering (combo.shut-out-*)', () => {
  it.each([
    "Y5 girl on the wall by the chip shop, says her stepdad threw her out and won't let her back in, it's freezing and she has no coat",
    "Lad (12) in the bus shelter on Park Rd. Says his dad told him not to come back and dad's phone is off.",
    'She is 10, mum locked her out after tea and is not answering, she is in her pyjamas on the step',
    "Found a Y7 boy in the multistorey, says mum's partner kicked him out, mum not picking up",
    'Y6 still here at 9pm, locked out, no key, his mum not answering and it is freezing',
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'neglect');
  });

  it.each([
    // Over now: told of last night or a day gone, the cold is past; urgent for the DSL.
    'Last night mum locked him out in the garden and it was freezing, he came into school hungry',
    'On tues his dad chucked him out and he slept in the park in the cold. He is staying at his nan’s now.',
  ])('reads the shut-out already over "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'neglect');
  });

  it('keeps one shut out last night with nowhere to go tonight immediate', () => {
    expectLevel(
      "Y9 lad says his mam chucked him out last night. Mam won't answer. He's got nowhere to go tonight and it's minus 3",
      'immediate',
    );
  });

  it.each([
    'Y6 boy says mum kicked him out for an hour after he swore then let him back in, it was freezing',
    'He got kicked out of the group chat and it is freezing in the mobile classroom again',
    "She got locked out of her account and the IT technician isn't answering",
    'Y8 locked out till mum gets home from work, sitting in reception with a hot chocolate, no answer on her mobile yet',
    "Scouts camping on the moor tonight, it's going to be freezing, everyone has a coat and a good sleeping bag",
    'Y10 is kipping at a mate’s tonight, mum knows and dropped him off with his sleeping bag',
  ])('reads the everyday "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });
});

describe("an adult 'boyfriend' of a child of 15 or under collecting her today (combo.adult-partner-collecting-soon)", () => {
  it.each([
    "B (14) says her 'boyfriend' (25) is picking her up in an hour to go to his mate's flat in Preston",
    "Y9 girl says her boyfriend, he's 27, is collecting her at 4 from the car park",
    '13yo says her 21 year old boyfriend is taking her to Skegness tonight, she has a bag with her',
    "She's 14 and her bf who is 20 is meeting her after school today by the retail park",
  ])('reads "%s" immediate', (text) => {
    expectLevel(text, 'immediate', 'exploitation');
  });

  it.each([
    // No time today: a sign of exploitation for the other rules and the learned reader, not a 999 call.
    'Y10 girl (15) says her boyfriend is 23 and picks her up from the corner most days',
    "Y8 girl says her 'boyfriend' is 22 and is taking her to a party on Saturday",
    // A couple of near age, or a school year said as the past.
    'K (16) says her boyfriend (17) is picking her up tonight for the cinema',
    "Y12 girl (17), boyfriend is 18, they're going bowling tonight",
    '15 year old says her boyfriend (16) is collecting her at 6 to go bowling',
    "Y13 girl (18), her boyfriend (19) who she's been with since year 10 is picking her up tonight",
  ])('reads "%s" below immediate', (text) => {
    expect(below(text, 'immediate')).toBe(true);
  });
});

describe('drugs or money given to children and jobs asked of them (combo.drugs-given-for-jobs, combo.adult-money-for-jobs)', () => {
  it.each([
    'Man in a grey van at the skate park handing the Y7s vapes, now he wants a couple of them to run errands for him',
    'Older lads gave him weed for weeks and now say he owes them favours',
    'A guy at the bus station gave them a tenner each and asked them to hold a bag for him till Friday',
    "Bloke by the rec giving 13 year olds gas canisters and asking them to do 'little jobs' for a bit of cash",
  ])('reads "%s" urgent', (text) => {
    expectLevel(text, 'urgent', 'exploitation');
  });

  it.each([
    'The ice cream van was at the park giving the kids free lollies, they loved it',
    'Youth worker handing out leaflets at the park about the summer scheme, some kids offered to do jobs tidying the hut',
    'Grandad gave him £10 for doing odd jobs in the garden at the weekend',
    'The neighbour gave the boys a fiver to wash his car, they want more odd jobs in the holidays',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});
