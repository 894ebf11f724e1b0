/**
 * "Look for other help" after a report does not ask again what the report already said (issue 17
 * item 3): the child's area, and their age as the referral keeps it — a band, never the exact age
 * or year group (the conversation keeps no more of the child than the record does). The band
 * becomes the signposting flow's age by its youngest age: an approximation, since a service that
 * starts later in the band is then not matched.
 */
import type { AnswerValue } from '../flows';
import { ageBandForAge, ageBandForYearGroup, type AgeBand } from '../referrals/ageBand';
import type { ConversationMemory } from './model';

export type ReportKnows = NonNullable<ConversationMemory['reportKnows']>;

/** What to keep from a logged report's answers. */
export function reportKnowsFrom(answers: Record<string, AnswerValue>): ReportKnows {
  const band = ageBandOf(answers.age);
  const area = answers.area;
  return { ...(band ? { ageBand: band } : {}), ...(typeof area === 'string' ? { area } : {}) };
}

/** The signposting flow's pre-filled answers. */
export function signpostingAnswers(known: ReportKnows | undefined): Record<string, AnswerValue> {
  if (!known) return {};
  const youngest = known.ageBand ? Number(known.ageBand.split('-')[0]) : undefined;
  return { ...(youngest !== undefined ? { age: youngest } : {}), ...(known.area ? { area: known.area } : {}) };
}

function ageBandOf(age: AnswerValue | undefined): AgeBand | undefined {
  if (typeof age === 'number') return ageBandForAge(age);
  if (age === 'reception') return ageBandForYearGroup(0);
  const year = typeof age === 'string' ? /^year-(\d{1,2})$/.exec(age) : null;
  return year ? ageBandForYearGroup(Number(year[1])) : undefined;
}
