/**
 * The learned reader has no evidence in a word or two: typed answers such as "13", "none" or
 * "teacher" were read as urgent, or made the bot ask its safety question. Below three words only the
 * phrase reading speaks, so short explicit messages are still caught.
 */
import { assessText } from '../../../../src/risk';

describe('short messages', () => {
  it.each(['13', 'none', 'teacher', 'changes', 'Thistledown Academy', 'no', 'X.Q.'])(
    '"%s" is not risk, and the bot does not ask about it',
    (text) => {
      const assessment = assessText(text, 'en-GB');
      expect(assessment.level).toBe('none');
      expect(assessment.ask).toBeUndefined();
    },
  );

  it.each(['kms', 'self harm', 'he hit her'])('"%s" is still read by the phrases, urgent or higher', (text) => {
    expect(['urgent', 'immediate']).toContain(assessText(text, 'en-GB').level);
  });
});
