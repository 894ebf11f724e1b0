/**
 * The triage flow's option ids that an account can pre-fill (dialogs/triage.flow.json): the confirm
 * card shows them as that flow's choices, so they must stay the same strings (a test checks them). `none` of education
 * is "in school as usual".
 */
/** The `needs` question's ids are the product's needs (the directory and the matcher use them too). */
export { NEEDS as NEED_IDS, type Need as NeedId } from '../../signposting/needs';

/** The `duration` question: how long and how often in one answer. */
export const DURATION_IDS = [
  'once',
  'days',
  'weeks-sometimes',
  'weeks-often',
  'months-sometimes',
  'months-often',
  'year',
] as const;
export type DurationId = (typeof DURATION_IDS)[number];

export const DETERIORATION_IDS = ['worse', 'same', 'better'] as const;
export type DeteriorationId = (typeof DETERIORATION_IDS)[number];

export const EDUCATION_IDS = [
  'none',
  'part-time',
  'exclusion',
  'persistent-absence',
  'missing-education',
  'home-education',
  'alternative-provision',
] as const;
export type EducationId = (typeof EDUCATION_IDS)[number];

export const HOME_CONTEXT_IDS = [
  'bereavement',
  'caring',
  'changes',
  'neglect',
  'domestic-abuse',
  'substance',
  'parent-mental-health',
] as const;
export type HomeContextId = (typeof HOME_CONTEXT_IDS)[number];

export const INVOLVED_IDS = [
  'gp',
  'camhs',
  'camhs-waiting',
  'social-care',
  'early-help',
  'school-nurse',
  'youth-justice',
] as const;
export type InvolvedId = (typeof INVOLVED_IDS)[number];

/** The age question's year-group alternatives. */
export const YEAR_GROUP_IDS = [
  'reception',
  'year-1',
  'year-2',
  'year-3',
  'year-4',
  'year-5',
  'year-6',
  'year-7',
  'year-8',
  'year-9',
  'year-10',
  'year-11',
  'year-12',
  'year-13',
] as const;
export type YearGroupId = (typeof YEAR_GROUP_IDS)[number];
