/**
 * A member of staff's own account, read once (src/risk/account), as the triage questions it
 * answers. Only what the account states: no safety question is ever among them, so none is
 * answered "no" on the person's behalf because their account was silent.
 */
import type { AnswerValue } from '../../flows';
import type { AccountFacts } from '../../risk/account';

/** The triage questions an account can answer, in the order the confirm card shows them. */
export const STORY_QUESTIONS = [
  'needs',
  'reporterView',
  'childWords',
  'childReference',
  'age',
  'duration',
  'deterioration',
  'education',
  'homeContext',
  'involved',
  'camhsSince',
] as const;
export type StoryQuestion = (typeof STORY_QUESTIONS)[number];

/** The safety questions: always asked, never taken from an account. */
export const SAFETY_QUESTIONS = [
  'immediateDanger',
  'selfHarm',
  'selfHarmTicked',
  'suicidalThoughts',
  'attemptWhen',
  'harmDisclosure',
  'exploitation',
  'missing',
  'eating',
] as const;

export function isStoryQuestion(id: string): id is StoryQuestion {
  return (STORY_QUESTIONS as readonly string[]).includes(id);
}

export function answersFromAccount(facts: AccountFacts): Partial<Record<StoryQuestion, AnswerValue>> {
  const answers: Partial<Record<StoryQuestion, AnswerValue>> = {};
  if (facts.needs) answers.needs = [...facts.needs];
  // "I think…", "probably", "seems": the reporter's own view, recorded as opinion, never as what they saw.
  if (facts.opinions) answers.reporterView = facts.opinions.join('\n');
  // The child's words, each as said, one to a line.
  if (facts.childWords) answers.childWords = facts.childWords.join('\n');
  if (facts.initials) answers.childReference = facts.initials;
  // A year group is what a teacher writes ("Y7"); an age read beside it may be that same number.
  if (facts.yearGroup) answers.age = facts.yearGroup;
  else if (facts.age !== undefined) answers.age = facts.age;
  if (facts.duration) answers.duration = facts.duration;
  if (facts.deterioration) answers.deterioration = facts.deterioration;
  if (facts.education) answers.education = [...facts.education];
  if (facts.homeContext) answers.homeContext = [...facts.homeContext];
  if (facts.involved) answers.involved = [...facts.involved];
  if (facts.camhsWait) answers.camhsSince = facts.camhsWait.text;
  return answers;
}
