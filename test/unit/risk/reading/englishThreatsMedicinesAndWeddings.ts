/**
 * s11-E2: the English second pass (issue 22): a threat against a parent, essential medicines withheld, a "now" that
 * says a thing is over, and everyday kinds that looked like risk. Synthetic sentences, none copied from the data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('s11-E2: a threat to kill or hurt a parent', () => {
  it('reads a threat to shoot, stab, kill or hurt a parent, told by the child, as at least urgent', () => {
    expectLevel("Y4 boy told me he said he'd shoot mum", 'urgent', 'physical-abuse');
    expectLevel('She says her stepdad said he would kill her mum if she ever left', 'urgent');
    expectLevel("The older lads told him they'll stab his mum if he doesn't pay", 'urgent');
    expectLevel('He keeps saying his uncle will hurt my family if he tells', 'urgent');
  });

  it('still reads a brother or sister "killed" over a chocolate egg, and a parent cross about a vase, as none', () => {
    expectLevel("Y3: 'I'm going to kill my brother, he ate my Easter egg'", 'none');
    expectLevel('Dad will kill mum if she breaks the good vase again, he said laughing', 'none');
    expectLevel("She said her dad would kill her if she didn't get into the netball squad", 'none');
  });
});

describe('s11-E2: essential medicines withheld, and other medication not given', () => {
  it('reads insulin, an inhaler, an EpiPen or epilepsy medication not given at home for days as urgent neglect', () => {
    expectLevel("Y2 boy's insulin hasn't been given at home for 3 days", 'urgent', 'neglect');
    expectLevel("Her epilepsy medication hasn't been given since Friday, mum says it ran out", 'urgent', 'neglect');
    expectLevel('Mum stopped giving him his inhaler two weeks ago and he is wheezing', 'urgent', 'neglect');
    expectLevel('Dad has withheld his EpiPen for a week since he lost the last one', 'urgent', 'neglect');
  });

  it('reads ADHD medication not given for over a week as a concern, not an urgent alert', () => {
    expectLevel("Y6 (ADHD) hasn't had his meds for over a week, mum can't get the prescription", 'concern', 'neglect');
    expectLevel('His ADHD medication has not been given for ten days and behaviour is escalating', 'concern');
  });
});

describe('s11-E2: a "now" that says it is back or fine says nothing is real', () => {
  it('lets a weapon or blood said to be harmless stand when the sentence ends "back now" or "fine now"', () => {
    expectLevel("Found a gun by the hall, turned out to be one of the Nerf guns from the club, it's back now.", 'none');
    expectLevel('Found blood on the toilet floor, turned out it was a nosebleed, she is fine now.', 'none');
  });

  it('still reads a sentence that says the danger is there right now, or a real weapon, as immediate', () => {
    expectLevel(
      "He had a gun in the playground, it's a BB gun and he is pointing it at people right now.",
      'immediate',
    );
    expectLevel("He had a gun in the playground, it's a Nerf gun but he's got a real knife now.", 'immediate');
  });
});

describe("s11-E2: 'getting married' that is a parent's wedding", () => {
  it('reads a child "getting married" because her mum is remarrying as no alarm', () => {
    expectLevel(
      "Y8 girl says she's 'getting married' on Saturday - her mum is remarrying and she's bridesmaid.",
      'none',
    );
  });

  it("still reads a child taken to be married, even when she thought it was a cousin's wedding, as immediate", () => {
    expectLevel(
      "Y11 texted from the airport: they're taking me to get married, I thought it was my cousins wedding, help",
      'immediate',
    );
    expectLevel('Y9 girl says she is getting married this summer to a man she has never met', 'urgent');
  });
});
