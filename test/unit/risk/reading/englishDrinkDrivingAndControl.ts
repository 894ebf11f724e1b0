/**
 * s13: two kinds round 19's writers told that the phrases did not read (synthetic sentences, none copied from the
 * data): a parent who is drunk or high driving the child, immediate when it is happening now; and a partner who does
 * not let the mother out of the house, domestic abuse.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('s13: a drunk or high adult driving a child', () => {
  // s24-C: a child driven by a drunk adult, told afterwards, is urgent (round 44's writers and the s24 brief), no
  // longer a concern: it was a concern here before combo.intoxicated-driving-child-passenger.
  it('reads it now as immediate, and told afterwards as urgent', () => {
    expectLevel("Dad stinks of drink and is about to drive Y7 home, he's getting his keys out", 'immediate');
    expectLevel('Mum was drunk and drove him to school this morning', 'urgent', 'neglect');
  });

  it('leaves drinking without driving, and driving lessons, alone', () => {
    expectLevel('Dad had a drink at the BBQ so mum drove', 'none');
    expectLevel('PSHE lesson on drink driving for Y11 today', 'none');
    expectLevel('Mum smelled of drink at pick up again, she walked them home', 'concern');
  });
});

describe('s13: a partner who does not let the mother out', () => {
  it('reads it as domestic abuse', () => {
    expectLevel(
      "Mum whispered at pick up that he doesn't let her out of the house, baby is 4 weeks",
      'urgent',
      'domestic-abuse',
    );
    expectLevel("Mum said quietly that he doesn't let me out, the baby is four weeks old", 'urgent', 'domestic-abuse');
  });

  it('leaves a parent keeping a child in on school nights alone', () => {
    expectLevel("My mum won't let me go out on school nights", 'none');
    expectLevel("Dad won't let her go to the party because of her grades", 'none');
  });
});

describe('s14 (branch): not knowing someone denies nothing', () => {
  it('reads what an adult nobody knows did, and a real denial stays one', () => {
    expectLevel('A bloke we dont know was filming in the boys changing room', 'urgent', 'sexual-abuse');
    expectLevel('She says she has no thoughts of harming herself', 'none');
  });
});
