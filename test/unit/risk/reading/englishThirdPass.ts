/**
 * s11-E3: the English false alarms of session 11's writers (issue 22), by kind: a lost tooth's blood, a blow to a pest,
 * a wish to die said and laughed off, and not eating explained by an illness. Synthetic sentences, none copied from
 * the data.
 */
import { expectPhraseLevelIn } from './phraseLevel';

const expectLevel = expectPhraseLevelIn('en-GB');

describe('s11-E3: the blood of a lost tooth', () => {
  it('reads blood everywhere from a tooth a child lost as no alarm', () => {
    expectLevel('Y2 lost a tooth during PE, blood everywhere for a minute, she is delighted', 'none');
    expectLevel('Blood all down his jumper after he lost his front tooth on the apple at snack', 'none');
  });

  it('still reads a blow that knocked a tooth out as urgent, and blood with no lost tooth as immediate', () => {
    expectLevel('His stepdad punched him in the mouth and he lost a tooth, blood everywhere', 'urgent', 'physical-abuse');
    expectLevel('Y2 fell off the climbing frame, blood everywhere, he lost his shoe', 'immediate');
  });
});
