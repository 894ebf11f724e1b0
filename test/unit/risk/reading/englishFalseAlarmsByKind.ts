/**
 * s9-E: English false 999s of the phrase reading, fixed by kind (issue 22). A weapon, bleeding or collapse word is
 * immediate when it is about a child now; a story, the past, someone else, a game or a harmless object explains only
 * the span it sits in. Each test has the innocent sentence and the real one beside it. Synthetic sentences, none
 * copied from the labelled data.
 */
import { assessTextWith, type RiskLevel } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';

// The phrase reading alone: these behaviours must not depend on the learned reader.
function expectLevel(text: string, level: RiskLevel): void {
  const assessment = assessTextWith(defaultCompiledLexicons(), text, 'en-GB');
  expect({ text, level: assessment.level }).toEqual({ text, level });
}

describe('a weapon in a story is the story’s (contexts.fiction, scene dangers)', () => {
  it('reads a shooting in a set text or a film about a stabbing as no alarm', () => {
    expectLevel('Y11 are reading Of Mice and Men, the bit where Candy’s dog is shot', 'none');
    expectLevel('They showed the film about the lad from Leeds who was stabbed.', 'none');
  });

  it('still reads a weapon named with the child in the same sentence', () => {
    expectLevel('We were reading Of Mice and Men when he pulled a knife on T', 'immediate');
    expectLevel('In the novel lesson she said she has a knife in her bag', 'immediate');
  });

  it('never lets a story explain a body in danger', () => {
    expectLevel('During the lesson on Of Mice and Men a Y9 girl collapsed and is not breathing', 'immediate');
  });
});
