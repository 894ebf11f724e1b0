/**
 * What "look for other help" keeps from a logged report: the age band and area, never the exact age (issue 17 item 3).
 */
import { reportKnowsFrom, signpostingAnswers } from '../../../src/conversation/reportKnows';
import { conversationMemorySchema } from '../../../src/conversation/model';

describe('what a logged report leaves for "look for other help"', () => {
  it('keeps the age as the referral does, a band, and the area; nothing else', () => {
    expect(reportKnowsFrom({ age: 14, area: 'wales', childReference: 'J.B.', noticed: 'words' })).toEqual({
      ageBand: '11-15',
      area: 'wales',
    });
    expect(reportKnowsFrom({ age: 'year-6' })).toEqual({ ageBand: '5-10' });
    expect(reportKnowsFrom({ age: 'reception' })).toEqual({ ageBand: '0-4' });
    expect(reportKnowsFrom({})).toEqual({});
  });

  it('gives the signposting flow the band’s youngest age and the area', () => {
    expect(signpostingAnswers({ ageBand: '16-18', area: 'england' })).toEqual({ age: 16, area: 'england' });
    expect(signpostingAnswers(undefined)).toEqual({});
  });

  it('is stored with the conversation in that shape only', () => {
    expect(conversationMemorySchema.safeParse({ reportKnows: { ageBand: '11-15' } }).success).toBe(true);
    expect(conversationMemorySchema.safeParse({ reportKnows: { ageBand: '14' } }).success).toBe(false);
  });
});
