import { answersFromAccount, SAFETY_QUESTIONS, STORY_QUESTIONS } from '../../../src/conversation/story/accountAnswers';
import type { AccountFacts } from '../../../src/risk/account';

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
