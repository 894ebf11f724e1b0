import { answersFromAccount, SAFETY_QUESTIONS, STORY_QUESTIONS } from '../../../src/conversation/story/accountAnswers';
import { confirmQuestions, readStory, withoutOpinions } from '../../../src/conversation/story/storyReading';
import { readAccount, type AccountFacts } from '../../../src/risk/account';
import { realFlow } from '../flows/support/conversation';

describe('an account as triage answers (story first, issue 17)', () => {
  it('maps what the account states to the questions it answers', () => {
    const facts: AccountFacts = {
      needs: ['anxiety-low-mood'],
      deterioration: 'worse',
      education: ['part-time'],
      involved: ['camhs-waiting'],
      camhsWait: { text: 'nine months', months: 9 },
      childWords: ['I just want to stay in my room', 'nobody listens'],
      yearGroup: 'year-9',
      initials: 'AB',
      evidence: [],
    };
    expect(answersFromAccount(facts)).toEqual({
      needs: ['anxiety-low-mood'],
      deterioration: 'worse',
      education: ['part-time'],
      involved: ['camhs-waiting'],
      camhsSince: 'nine months',
      childWords: 'I just want to stay in my room\nnobody listens',
      age: 'year-9',
      childReference: 'AB',
    });
  });

  it('prefers the year group to an age read beside it ("JT (Y7)" is not seven years old)', () => {
    expect(answersFromAccount({ age: 7, yearGroup: 'year-7', evidence: [] }).age).toBe('year-7');
    expect(answersFromAccount({ age: 13, evidence: [] }).age).toBe(13);
  });

  it('never answers a safety question: silence is not a no', () => {
    for (const safety of SAFETY_QUESTIONS) expect(STORY_QUESTIONS as readonly string[]).not.toContain(safety);
    expect(Object.keys(answersFromAccount({ needs: ['self-harm'], evidence: [] }))).toEqual(['needs']);
  });
});

describe("the reporter's own view (issue 17, item 1)", () => {
  const triage = realFlow('triage');

  it('maps opinions to the opinion question, one to a line', () => {
    expect(
      answersFromAccount({ opinions: ['I think he needs a CAMHS referral.', 'It seems worse.'], evidence: [] }),
    ).toEqual({ reporterView: 'I think he needs a CAMHS referral.\nIt seems worse.' });
  });

  it.each([
    [
      'en-GB',
      'JT (Y7) keeps walking out of lessons and throwing chairs, every day for the last few weeks. I think he needs a CAMHS referral.',
      'I think he needs a CAMHS referral.',
    ],
    [
      'cy',
      "Mae JT (blwyddyn 7) yn cerdded allan o wersi ac yn taflu cadeiriau bob dydd ers wythnosau. Dw i'n meddwl bod angen atgyfeiriad CAMHS arno fe.",
      "Dw i'n meddwl bod angen atgyfeiriad CAMHS arno fe.",
    ],
  ] as const)('keeps "I think…" out of what they saw or heard, as their opinion (%s)', (locale, account, opinion) => {
    const story = readStory(triage, account, locale, readAccount);
    expect(story?.answers.reporterView).toBe(opinion);
    expect(story?.observation).not.toContain(opinion);
    expect(story?.observation).toContain(locale === 'cy' ? 'taflu cadeiriau' : 'throwing chairs');
    const shown = confirmQuestions(triage, story as NonNullable<typeof story>, new Date(0)).map((q) => q.nodeId);
    expect(shown).toContain('reporterView');
  });

  it('leaves nothing as observation when the account was only opinion, so that question is asked', () => {
    expect(withoutOpinions('I think she is struggling.', ['I think she is struggling.'])).toBe('');
    expect(withoutOpinions('She cried. I think she is struggling.', ['I think she is struggling.'])).toBe('She cried.');
  });
});
