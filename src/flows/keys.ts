/**
 * Every i18n key the flow code (interpreter, summary, cards) uses itself, in one place, so the
 * validator can check each exists in every locale. Flow files bring their own keys.
 */
import type { LevelOfNeed } from '../signposting/needs';

/** The i18next namespace of the flows' wording: locales/<lng>/triage.json. */
export const TRIAGE_NAMESPACE = 'triage';

/** A key qualified with the namespace, as i18next's default `ns:key` syntax expects. */
export function qualify(key: string): string {
  return `${TRIAGE_NAMESPACE}:${key}`;
}

export const REASK = {
  empty: 'reask.empty',
  choiceExpected: 'reask.choiceExpected',
  numberExpected: 'reask.numberExpected',
  outOfRange: 'reask.outOfRange',
  staleCard: 'reask.staleCard',
  oldVersionCard: 'reask.oldVersionCard',
  earlierConversation: 'reask.earlierConversation',
  noFullNames: 'reask.noFullNames',
  phoneExpected: 'reask.phoneExpected',
  tooLong: 'reask.tooLong',
  cannotEdit: 'reask.cannotEdit',
  atStart: 'reask.atStart',
  clash: 'reask.clash',
} as const;
export type ReaskReason = (typeof REASK)[keyof typeof REASK];

export const MESSAGES = {
  flowUpdated: 'messages.flowUpdated',
  finished: 'messages.finished',
} as const;

/** The built-in question at the summary: log it, or change an answer (then which one). */
export const SUMMARY_QUESTION = {
  prompt: 'summaryQuestion.prompt',
  confirm: 'summaryQuestion.confirm',
  change: 'summaryQuestion.change',
  pickPrompt: 'summaryQuestion.pickPrompt',
} as const;

export const CARD = {
  progress: 'card.progress',
  next: 'card.next',
  optional: 'card.optional',
  typeHint: 'card.typeHint',
  yearGroupLabel: 'card.yearGroupLabel',
  numberLabel: 'card.numberLabel',
  textLabel: 'card.textLabel',
  answerLabel: 'card.answerLabel',
} as const;

export const SUMMARY = {
  title: 'summary.title',
  reference: 'summary.reference',
  referencePending: 'summary.referencePending',
  sections: {
    child: 'summary.sections.child',
    reporter: 'summary.sections.reporter',
    observation: 'summary.sections.observation',
    childWords: 'summary.sections.childWords',
    opinion: 'summary.sections.opinion',
    context: 'summary.sections.context',
  },
  sectionNotes: {
    observation: 'summary.sectionNotes.observation',
    childWords: 'summary.sectionNotes.childWords',
    opinion: 'summary.sectionNotes.opinion',
  },
  levelTitle: 'summary.levelTitle',
  levelLine: 'summary.levelLine',
  becauseTitle: 'summary.becauseTitle',
  riskTitle: 'summary.riskTitle',
  routeTitle: 'summary.routeTitle',
  nextStepsTitle: 'summary.nextStepsTitle',
  reflectiveTitle: 'summary.reflectiveTitle',
  ageYears: 'summary.ageYears',
  listSeparator: 'summary.listSeparator',
  signpostingTitle: 'summary.signpostingTitle',
} as const;

export const LEVEL_NAMES: Record<LevelOfNeed, string> = {
  1: 'levels.1',
  2: 'levels.2',
  3: 'levels.3',
  4: 'levels.4',
};

export const RISK_LEVEL_NAMES = {
  none: 'riskLevels.none',
  concern: 'riskLevels.concern',
  urgent: 'riskLevels.urgent',
  immediate: 'riskLevels.immediate',
} as const;

/** The route staff are shown instead of a level of need. */
export const ROUTE_KEYS = {
  call999: 'routes.call999',
  dslInPerson: 'routes.dslInPerson',
  dslToday: 'routes.dslToday',
  earlyHelp: 'routes.earlyHelp',
  everyday: 'routes.everyday',
} as const;

export const LEVEL_REASONS = {
  immediateDanger: 'levelReasons.immediateDanger',
  urgentRisk: 'levelReasons.urgentRisk',
  disclosure: 'levelReasons.disclosure',
  severalNeedsEducation: 'levelReasons.severalNeedsEducation',
  severalNeedsWorse: 'levelReasons.severalNeedsWorse',
  needEducationWorse: 'levelReasons.needEducationWorse',
  missingEducation: 'levelReasons.missingEducation',
  possibleAbuseNeglect: 'levelReasons.possibleAbuseNeglect',
  emergingNeed: 'levelReasons.emergingNeed',
  concernRisk: 'levelReasons.concernRisk',
  educationDisrupted: 'levelReasons.educationDisrupted',
  deteriorating: 'levelReasons.deteriorating',
  universal: 'levelReasons.universal',
} as const;
export type LevelReason = keyof typeof LEVEL_REASONS;

export const NEXT_STEPS = {
  call999: 'nextSteps.call999',
  dutyAlerted: 'nextSteps.dutyAlerted',
  tellDslNow: 'nextSteps.tellDslNow',
  tellDslToday: 'nextSteps.tellDslToday',
  shareWithDsl: 'nextSteps.shareWithDsl',
  fgmReport101: 'nextSteps.fgmReport101',
  fgmAtRisk: 'nextSteps.fgmAtRisk',
  alertWaiting: 'nextSteps.alertWaiting',
  missingNow: 'nextSteps.missingNow',
  adultConcern: 'nextSteps.adultConcern',
  suicideCrisis: 'nextSteps.suicideCrisis',
  imagesDoNotView: 'nextSteps.imagesDoNotView',
  parentsDslDecides: 'nextSteps.parentsDslDecides',
  tellDslNowEngland: 'nextSteps.tellDslNowEngland',
  tellDslTodayEngland: 'nextSteps.tellDslTodayEngland',
  shareWithDslEngland: 'nextSteps.shareWithDslEngland',
  discussAbuseNeglect: 'nextSteps.discussAbuseNeglect',
  earlyHelpAssessment: 'nextSteps.earlyHelpAssessment',
  earlyHelpAssessmentWales: 'nextSteps.earlyHelpAssessmentWales',
  seekConsent: 'nextSteps.seekConsent',
  consentNotNeeded: 'nextSteps.consentNotNeeded',
  doNotTellParents: 'nextSteps.doNotTellParents',
  recordFacts: 'nextSteps.recordFacts',
  universalSupport: 'nextSteps.universalSupport',
  signposting: 'nextSteps.signposting',
} as const;
export type NextStep = keyof typeof NEXT_STEPS;

export const REFLECTIVE_QUESTIONS = {
  abuseOrNeglect: 'reflective.abuseOrNeglect',
  diagnosticOvershadowing: 'reflective.diagnosticOvershadowing',
  whoElseKnows: 'reflective.whoElseKnows',
  childsVoice: 'reflective.childsVoice',
  gettingWorse: 'reflective.gettingWorse',
  interimSupport: 'reflective.interimSupport',
  educationProtection: 'reflective.educationProtection',
  factsOrAssumptions: 'reflective.factsOrAssumptions',
} as const;
export type ReflectiveQuestion = keyof typeof REFLECTIVE_QUESTIONS;

/**
 * Extra words a person may type for a choice value, per language ("ie" for yes, "y7" for Year 7): typed.<value>,
 * "|"-separated.
 */
export const TYPED_WORDS_PREFIX = 'typed';
/** Words that leave an optional question blank. */
export const SKIP_WORDS_KEY = 'typedSkip';

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** Every key the code uses (relative to the namespace). */
/** The story's confirm card (src/channel/cards/confirmCard.ts). */
export const STORY_CARD = { title: 'story.title', hint: 'story.hint', confirm: 'story.confirm' } as const;
/** The safety questions on one card (src/conversation/story/safetyGroup.ts). */
export const SAFETY_CARD = { title: 'safetyGroup.title', hint: 'safetyGroup.hint', confirm: 'card.next' } as const;

/** Every key the code uses, once each (the safety card reuses `card.next`). */
export const CODE_KEYS: readonly string[] = [
  ...new Set([
    ...leaves(STORY_CARD),
    ...leaves(SAFETY_CARD),
    ...leaves(REASK),
    ...leaves(MESSAGES),
    ...leaves(SUMMARY_QUESTION),
    ...leaves(CARD),
    ...leaves(SUMMARY),
    ...leaves(LEVEL_NAMES),
    ...leaves(RISK_LEVEL_NAMES),
    ...leaves(LEVEL_REASONS),
    ...leaves(ROUTE_KEYS),
    ...leaves(NEXT_STEPS),
    ...leaves(REFLECTIVE_QUESTIONS),
    SKIP_WORDS_KEY,
  ]),
];
