/**
 * The summary at the end of a triage: what was shared (kept apart as observations, the child's
 * words, opinions and context), an indicative level of need with its reasons, the next steps for
 * this person today and reflective questions chosen for the case (the CSPRP learning).
 *
 * Pure: answers in, data out. Wording is keys; the glue adds the reference number and renders it.
 * The rules below are the documented ones; each has a test.
 */
import { assessAnswer, combineAssessments, isAnswerRuleName, NO_RISK } from '../risk';
import type { RiskAssessment, RiskIndicator, RiskLevel } from '../risk/types';
import { isNeed, type LevelOfNeed, type Need } from '../signposting/needs';
import type { AnswerValue } from './answers';
import type { Flow } from './compile';
import {
  LEVEL_NAMES,
  LEVEL_REASONS,
  NEXT_STEPS,
  qualify,
  REFLECTIVE_QUESTIONS,
  ROUTE_KEYS,
  type LevelReason,
  type NextStep,
  type ReflectiveQuestion,
} from './keys';
import {
  isQuestionNode,
  RECORD_PARTS,
  type FlowChoice,
  type QuestionNode,
  type RecordPart,
  type SummaryField,
} from './schema';
import { levelLabelKeyFor } from './walesLaw';

export type SharedAnswer =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; values: string[]; labelKeys: string[] }
  | { kind: 'number'; value: number };

/** One answer as the record shows it: under its short label, in its part of the record. */
export interface SharedItem {
  nodeId: string;
  labelKey: string;
  field?: SummaryField;
  answer: SharedAnswer;
}

/** What the answers say, in the terms the level-of-need, next-step and reflection rules use. */
export interface TriageSignals {
  /** Need categories ticked, including "something else". */
  needCount: number;
  /** Part-time timetable, exclusion, persistent absence or missing education. */
  educationDisrupted: boolean;
  missingEducation: boolean;
  /** The person says things are getting worse. */
  deteriorating: boolean;
  /** Whether they could say how things are changing (not "don't know", not skipped). */
  deteriorationKnown: boolean;
  /** Any disclosure of harm (abuse, sexual, physical, neglect, domestic). */
  disclosure: boolean;
  /** FGM is known to have happened (the child told them, or they saw signs): the mandatory reporting duty applies. */
  fgmKnown: boolean;
  /** A girl may be at risk of FGM (not known to have happened): the DSL follows local procedures. */
  fgmAtRisk: boolean;
  /** Nude or sexual images, grooming online or sextortion. */
  imagesShared: boolean;
  /** The child is missing now. */
  missingNow: boolean;
  /** Thoughts of ending their life, a plan or an attempt. */
  suicideRisk: boolean;
  /** A concern about a member of staff, a volunteer or another adult who works with children (KCSIE Part 4). */
  adultWorkingWithChildren: boolean;
  /** Abuse or neglect is suspected (a disclosure, signs at home, or the worry at the reflective question). */
  abuseOrNeglectSuspected: boolean;
  /** At the reflective question, the person said abuse or neglect could lie behind the behaviour. */
  possibleAbuseNeglect: boolean;
  /** At the reflective question, the person was not sure: worth talking through with the DSL, not a raised level. */
  unsureAbuseNeglect: boolean;
  /** A diagnosis, neurodivergence or disability was mentioned, so the reflective question was asked. */
  diagnosisMentioned: boolean;
  /** Agencies already involved (GP, CAMHS, social care …). */
  agencies: string[];
  /** Parent or carer awareness and consent. */
  consent?: ConsentAnswer;
  childWordsRecorded: boolean;
  /** Waiting for, or involved with, a specialist (CAMHS, GP, neurodevelopmental pathway): interim support matters. */
  waitingForSpecialist: boolean;
}

export const CONSENT_VALUES = [
  'aware-consents',
  'aware-no-consent',
  'not-aware',
  'may-increase-risk',
  'unknown',
] as const;
export type ConsentAnswer = (typeof CONSENT_VALUES)[number];
export const REFLECTION_VALUES = ['considered', 'unsure', 'possible'] as const;
export const NATION_VALUES = ['england', 'wales'] as const;
export type Nation = (typeof NATION_VALUES)[number];

export interface LevelOfNeedResult {
  level: LevelOfNeed;
  labelKey: string;
  /** Why, for the level given (qualified keys). */
  reasonKeys: string[];
  reasons: LevelReason[];
}

export interface TriageSummary {
  flowId: string;
  flowVersion: number;
  purpose: 'triage' | 'signposting';
  /** Assigned by the glue when the referral is logged. */
  reference?: string;
  sections: Record<RecordPart, SharedItem[]>;
  levelOfNeed: LevelOfNeedResult;
  /** What staff are shown instead of a level: the statutory levels are the local authority's decision. */
  route: Route;
  routeKey: string;
  riskLevel: RiskLevel;
  riskIndicators: RiskIndicator[];
  nextSteps: NextStep[];
  nextStepKeys: string[];
  reflectiveQuestions: ReflectiveQuestion[];
  reflectiveQuestionKeys: string[];
  /** Needs as ticked. */
  needs: Need[];
  /** Needs ticked plus needs the answers imply (recent self-harm → self-harm), for signposting. */
  signpostingNeeds: Need[];
  /** Age in years, when given as a number. */
  age?: number;
  /** School year (0 = reception), when given as a year group. */
  yearGroup?: number;
  /** The ages the child may be: the age given, or the two ages found in a year group. */
  ageRange?: { min: number; max: number };
  nation?: Nation;
  wales: boolean;
  suggestEarlyHelpAssessment: boolean;
  signals: TriageSignals;
  startedAt: string;
  preparedAt: string;
}

const EDUCATION_DISRUPTION = ['part-time', 'exclusion', 'persistent-absence', 'missing-education'];
const DISCLOSURES = ['abuse', 'sexual', 'physical', 'neglect', 'domestic', 'adult-working-with-children', 'peers'];
const HOME_ABUSE_OR_NEGLECT = ['neglect', 'domestic-abuse'];
const SUICIDE_RISK = ['thoughts', 'plan', 'attempt'];

/** The routes staff are shown, most urgent first (issue 20, point 12). */
export const ROUTES = ['call999', 'dslInPerson', 'dslToday', 'earlyHelp', 'everyday'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * The route for this concern: 999, the DSL in person now, the DSL today, early help with the DSL's agreement, or
 * everyday support.
 */
export function chooseRoute(signals: TriageSignals, riskLevel: RiskLevel, level: LevelOfNeed): Route {
  if (riskLevel === 'immediate' || signals.missingNow) return 'call999';
  if (riskLevel === 'urgent' || signals.disclosure || signals.adultWorkingWithChildren) return 'dslInPerson';
  if (level >= 3 || riskLevel === 'concern' || signals.abuseOrNeglectSuspected) return 'dslToday';
  if (level === 2) return 'earlyHelp';
  return 'everyday';
}
const SPECIALIST_AGENCIES = ['camhs', 'camhs-waiting', 'gp'];

/**
 * Needs implied by answers to the direct questions, so signposting covers what was disclosed as well as what was
 * ticked.
 */
const IMPLIED_NEEDS: ReadonlyArray<{ rule: string; values: readonly string[]; need: Need }> = [
  { rule: 'selfHarm', values: ['past', 'recent', 'medical'], need: 'self-harm' },
  { rule: 'suicidalThoughts', values: ['passive', 'thoughts', 'plan', 'attempt'], need: 'suicidal-thoughts' },
  { rule: 'eating', values: ['concern', 'physical'], need: 'eating' },
  { rule: 'exploitation', values: ['criminal', 'sexual', 'radicalisation'], need: 'exploitation' },
  { rule: 'exploitation', values: ['online'], need: 'online-harm' },
  { rule: 'harmDisclosure', values: ['peers'], need: 'relationships-bullying' },
  { rule: 'homeContext', values: ['bereavement'], need: 'bereavement' },
  { rule: 'homeContext', values: ['caring'], need: 'young-carer' },
  { rule: 'homeContext', values: ['changes', 'neglect', 'domestic-abuse', 'substance'], need: 'family-support' },
  { rule: 'education', values: ['persistent-absence', 'part-time'], need: 'attendance-ebsa' },
];

function asList(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}

function choiceList(node: QuestionNode): readonly FlowChoice[] {
  if (node.kind === 'choice' || node.kind === 'multiChoice') return node.choices;
  if (node.kind === 'reflect') return node.choices ?? [];
  if (node.kind === 'number') return node.alternatives ?? [];
  return [];
}

function shareAnswer(node: QuestionNode, value: AnswerValue): SharedAnswer {
  if (typeof value === 'number') return { kind: 'number', value };
  const choices = choiceList(node);
  const values = asList(value);
  const labelled = values.map((item) => choices.find((choice) => choice.value === item));
  if (choices.length > 0 && labelled.every((choice) => choice !== undefined)) {
    return { kind: 'choices', values, labelKeys: labelled.map((choice) => qualify(choice?.label ?? '')) };
  }
  return { kind: 'text', text: values.join(', ') };
}

/** The answered questions on the path actually taken, in order (answers left on an abandoned branch do not count). */
export function answeredOnPath(
  flow: Flow,
  path: readonly string[],
  answers: Readonly<Record<string, AnswerValue>>,
): Array<{ node: QuestionNode; value: AnswerValue }> {
  const seen = new Set<string>();
  const result: Array<{ node: QuestionNode; value: AnswerValue }> = [];
  for (const id of path) {
    if (seen.has(id)) continue;
    seen.add(id);
    const node = flow.nodeById.get(id);
    const value = answers[id];
    if (node && isQuestionNode(node) && value !== undefined) result.push({ node, value });
  }
  return result;
}

/** Level of need on the continuum (Working Together 2023). The highest level any rule reaches wins. */
export function assessLevelOfNeed(signals: TriageSignals, riskLevel: RiskLevel): LevelOfNeedResult {
  const fired: Array<{ level: LevelOfNeed; reason: LevelReason }> = [];
  // 4, child protection: danger now, a same-day risk, or a disclosure of harm.
  if (riskLevel === 'immediate') fired.push({ level: 4, reason: 'immediateDanger' });
  if (riskLevel === 'urgent') fired.push({ level: 4, reason: 'urgentRisk' });
  if (signals.disclosure) fired.push({ level: 4, reason: 'disclosure' });
  // 3, child in need: needs compounded by education disruption or deterioration (CSPRP learning), a child missing
  // education, or a worry about abuse or neglect.
  if (signals.needCount >= 2 && signals.educationDisrupted) fired.push({ level: 3, reason: 'severalNeedsEducation' });
  if (signals.needCount >= 2 && signals.deteriorating) fired.push({ level: 3, reason: 'severalNeedsWorse' });
  if (signals.needCount === 1 && signals.educationDisrupted && signals.deteriorating)
    fired.push({ level: 3, reason: 'needEducationWorse' });
  if (signals.missingEducation) fired.push({ level: 3, reason: 'missingEducation' });
  if (signals.possibleAbuseNeglect) fired.push({ level: 3, reason: 'possibleAbuseNeglect' });
  // 2, early help — an emerging need, a concern-level risk, disrupted education or things getting worse.
  if (signals.needCount >= 1) fired.push({ level: 2, reason: 'emergingNeed' });
  if (riskLevel === 'concern') fired.push({ level: 2, reason: 'concernRisk' });
  if (signals.educationDisrupted) fired.push({ level: 2, reason: 'educationDisrupted' });
  if (signals.deteriorating) fired.push({ level: 2, reason: 'deteriorating' });
  const level = fired.reduce<LevelOfNeed>((highest, rule) => (rule.level > highest ? rule.level : highest), 1);
  const reasons: LevelReason[] =
    level === 1 ? ['universal'] : fired.filter((rule) => rule.level === level).map((rule) => rule.reason);
  return {
    level,
    labelKey: qualify(LEVEL_NAMES[level]),
    reasons,
    reasonKeys: reasons.map((reason) => qualify(LEVEL_REASONS[reason])),
  };
}

/**
 * An Early Help assessment / Team Around the Family when more than one need or another agency appears, unless it is a
 * child protection matter.
 */
export function suggestsEarlyHelpAssessment(signals: TriageSignals, level: LevelOfNeed): boolean {
  return level < 4 && (signals.needCount >= 2 || signals.agencies.length > 0);
}

/** What this person should do today, most urgent first. `indicators` adds what typed text raised. */
export function chooseNextSteps(
  signals: TriageSignals,
  riskLevel: RiskLevel,
  level: LevelOfNeed,
  wales: boolean,
  indicators: readonly RiskIndicator[] = [],
): NextStep[] {
  const steps: NextStep[] = [];
  const urgentOrMore = riskLevel === 'immediate' || riskLevel === 'urgent';
  if (riskLevel === 'immediate') steps.push('call999', 'dutyAlerted');
  if (riskLevel === 'urgent') steps.push('dutyAlerted', 'tellDslNow');
  if (signals.missingNow) steps.push('missingNow');
  if (signals.adultWorkingWithChildren) steps.push('adultConcern');
  if (signals.suicideRisk || (urgentOrMore && indicators.includes('suicidal-ideation'))) steps.push('suicideCrisis');
  if (signals.imagesShared || indicators.includes('online-harm')) steps.push('imagesDoNotView');
  if (signals.fgmKnown) steps.push('fgmReport101');
  else if (signals.fgmAtRisk) steps.push('fgmAtRisk');
  if (!urgentOrMore) {
    if (level >= 3 || riskLevel === 'concern' || signals.abuseOrNeglectSuspected) steps.push('tellDslToday');
    else steps.push('shareWithDsl');
  }
  if (signals.possibleAbuseNeglect || signals.unsureAbuseNeglect) steps.push('discussAbuseNeglect');
  const earlyHelp = suggestsEarlyHelpAssessment(signals, level);
  if (earlyHelp) steps.push(wales ? 'earlyHelpAssessmentWales' : 'earlyHelpAssessment');
  // Never send the member of staff to the parents when abuse or neglect is suspected or education is missed: the DSL
  // decides.
  const protective =
    level === 4 ||
    urgentOrMore ||
    signals.abuseOrNeglectSuspected ||
    signals.missingEducation ||
    signals.adultWorkingWithChildren;
  if (signals.consent === 'may-increase-risk') steps.push('doNotTellParents');
  else if (protective) steps.push('parentsDslDecides');
  else if (signals.consent !== undefined && signals.consent !== 'aware-consents') steps.push('seekConsent');
  if (level === 1 && riskLevel === 'none') steps.push('universalSupport');
  steps.push('recordFacts', 'signposting');
  return steps;
}

/** Someone who said England is not told "(in Wales, your DSP)" (issue 20, point 17). */
const ENGLAND_WORDING: Partial<Record<NextStep, NextStep>> = {
  tellDslNow: 'tellDslNowEngland',
  tellDslToday: 'tellDslTodayEngland',
  shareWithDsl: 'shareWithDslEngland',
};

export function forNation(steps: readonly NextStep[], nation: Nation | undefined): NextStep[] {
  return nation === 'england' ? steps.map((step) => ENGLAND_WORDING[step] ?? step) : [...steps];
}

const MAX_REFLECTIVE_QUESTIONS = 5;

/** Reflective questions from the CSPRP learning, in priority order, chosen for this case. */
export function chooseReflectiveQuestions(signals: TriageSignals): ReflectiveQuestion[] {
  const chosen: ReflectiveQuestion[] = [];
  // Not asked again when abuse or neglect has already been reported; not "is it getting worse?" after they said it is.
  if (!signals.disclosure) chosen.push('abuseOrNeglect');
  if (signals.diagnosisMentioned) chosen.push('diagnosticOvershadowing');
  if (!signals.deteriorating && !signals.deteriorationKnown) chosen.push('gettingWorse');
  if (signals.educationDisrupted) chosen.push('educationProtection');
  if (signals.waitingForSpecialist) chosen.push('interimSupport');
  if (signals.agencies.length === 0) chosen.push('whoElseKnows');
  if (!signals.childWordsRecorded) chosen.push('childsVoice');
  chosen.push('factsOrAssumptions');
  return chosen.slice(0, MAX_REFLECTIVE_QUESTIONS);
}

interface Facts {
  byRule: Map<string, AnswerValue>;
  byField: Map<SummaryField, { node: QuestionNode; value: AnswerValue }>;
  reflectionAsked: boolean;
  assessments: RiskAssessment[];
}

function gatherFacts(flow: Flow, path: readonly string[], answers: Readonly<Record<string, AnswerValue>>): Facts {
  const byRule = new Map<string, AnswerValue>();
  const byField = new Map<SummaryField, { node: QuestionNode; value: AnswerValue }>();
  const assessments: RiskAssessment[] = [];
  for (const { node, value } of answeredOnPath(flow, path, answers)) {
    if ((node.kind === 'choice' || node.kind === 'multiChoice') && node.risk && isAnswerRuleName(node.risk)) {
      byRule.set(node.risk, value);
      assessments.push(assessAnswer(node.risk, typeof value === 'number' ? String(value) : value));
    }
    if (node.field) byField.set(node.field, { node, value });
  }
  const reflectionAsked = path.some((id) => flow.nodeById.get(id)?.kind === 'reflect');
  return { byRule, byField, reflectionAsked, assessments };
}

function deriveSignals(facts: Facts): TriageSignals {
  const rule = (name: string) => asList(facts.byRule.get(name));
  const field = (name: SummaryField) => asList(facts.byField.get(name)?.value);
  const needs = field('needs');
  const education = rule('education');
  const deterioration = rule('deterioration');
  const consent = field('consent')[0];
  // Support already in place in school is not another agency (it is on the same question since issue 20, point 15).
  const agencies = field('involved').filter((value) => value !== 'none' && value !== 'school-support');
  const disclosure = rule('harmDisclosure').some((value) => DISCLOSURES.includes(value));
  const possibleAbuseNeglect = field('communicationReflection').includes('possible');
  return {
    needCount: needs.length,
    educationDisrupted: education.some((value) => EDUCATION_DISRUPTION.includes(value)),
    missingEducation: education.includes('missing-education'),
    deteriorating: deterioration.includes('worse'),
    deteriorationKnown: deterioration.length > 0 && !deterioration.includes('unknown'),
    disclosure,
    fgmKnown: rule('exploitation').includes('fgm-known'),
    fgmAtRisk: rule('exploitation').includes('fgm-risk'),
    imagesShared: rule('exploitation').includes('online'),
    missingNow: rule('missing').includes('now'),
    suicideRisk: rule('suicidalThoughts').some((value) => SUICIDE_RISK.includes(value)),
    adultWorkingWithChildren: rule('harmDisclosure').includes('adult-working-with-children'),
    abuseOrNeglectSuspected:
      disclosure || possibleAbuseNeglect || rule('homeContext').some((value) => HOME_ABUSE_OR_NEGLECT.includes(value)),
    possibleAbuseNeglect,
    unsureAbuseNeglect: field('communicationReflection').includes('unsure'),
    diagnosisMentioned: facts.reflectionAsked,
    agencies,
    consent: (CONSENT_VALUES as readonly string[]).includes(consent ?? '') ? (consent as ConsentAnswer) : undefined,
    childWordsRecorded: field('childWords').length > 0,
    waitingForSpecialist:
      agencies.some((agency) => SPECIALIST_AGENCIES.includes(agency)) || needs.includes('neurodevelopmental'),
  };
}

function combineRisk(assessments: readonly RiskAssessment[]): { level: RiskLevel; indicators: RiskIndicator[] } {
  const combined = combineAssessments(NO_RISK, ...assessments);
  return { level: combined.level, indicators: [...combined.indicators] };
}

function ageFields(facts: Facts): Pick<TriageSummary, 'age' | 'yearGroup' | 'ageRange'> {
  const value = facts.byField.get('age')?.value;
  if (typeof value === 'number') return { age: value, ageRange: { min: value, max: value } };
  // Year-group alternatives are named "reception" or "year-N"; a year-N class holds children aged N+4 and N+5.
  const year =
    value === 'reception'
      ? 0
      : typeof value === 'string' && /^year-(\d{1,2})$/.test(value)
        ? Number(value.slice(5))
        : undefined;
  return year === undefined ? {} : { yearGroup: year, ageRange: { min: year + 4, max: year + 5 } };
}

function signpostingNeedsFrom(needs: readonly Need[], facts: Facts): Need[] {
  const result = [...needs];
  for (const implied of IMPLIED_NEEDS) {
    const given = asList(facts.byRule.get(implied.rule));
    if (given.some((value) => implied.values.includes(value)) && !result.includes(implied.need))
      result.push(implied.need);
  }
  return result;
}

/** Rebuilds the rule-derived parts (level, next steps, reflective questions) from signals, risk and nation. */
function withDerived(
  base: Omit<
    TriageSummary,
    | 'levelOfNeed'
    | 'route'
    | 'routeKey'
    | 'nextSteps'
    | 'nextStepKeys'
    | 'reflectiveQuestions'
    | 'reflectiveQuestionKeys'
    | 'suggestEarlyHelpAssessment'
  >,
): TriageSummary {
  const assessed = assessLevelOfNeed(base.signals, base.riskLevel);
  const levelOfNeed = { ...assessed, labelKey: levelLabelKeyFor(assessed.level, assessed.labelKey, base.wales) };
  const nextSteps =
    base.purpose === 'signposting'
      ? (['signposting'] satisfies NextStep[])
      : forNation(
          chooseNextSteps(base.signals, base.riskLevel, levelOfNeed.level, base.wales, base.riskIndicators),
          base.nation,
        );
  const route = chooseRoute(base.signals, base.riskLevel, levelOfNeed.level);
  const reflectiveQuestions = base.purpose === 'signposting' ? [] : chooseReflectiveQuestions(base.signals);
  return {
    ...base,
    levelOfNeed,
    route,
    routeKey: qualify(ROUTE_KEYS[route]),
    nextSteps,
    nextStepKeys: nextSteps.map((step) => qualify(NEXT_STEPS[step])),
    reflectiveQuestions,
    reflectiveQuestionKeys: reflectiveQuestions.map((question) => qualify(REFLECTIVE_QUESTIONS[question])),
    suggestEarlyHelpAssessment: suggestsEarlyHelpAssessment(base.signals, levelOfNeed.level),
  };
}

export interface SummaryInput {
  path: readonly string[];
  answers: Readonly<Record<string, AnswerValue>>;
  startedAt: string;
}

export function buildSummary(
  flow: Flow,
  purpose: TriageSummary['purpose'],
  input: SummaryInput,
  now: Date,
): TriageSummary {
  const facts = gatherFacts(flow, input.path, input.answers);
  const sections = Object.fromEntries(RECORD_PARTS.map((part) => [part, [] as SharedItem[]])) as Record<
    RecordPart,
    SharedItem[]
  >;
  for (const { node, value } of answeredOnPath(flow, input.path, input.answers)) {
    sections[node.record].push({
      nodeId: node.id,
      labelKey: qualify(node.label),
      ...(node.field ? { field: node.field } : {}),
      answer: shareAnswer(node, value),
    });
  }
  const needs = asList(facts.byField.get('needs')?.value).filter(isNeed);
  const nationValue = asList(facts.byField.get('nation')?.value)[0];
  const nation = (NATION_VALUES as readonly string[]).includes(nationValue ?? '') ? (nationValue as Nation) : undefined;
  const risk = combineRisk(facts.assessments);
  return withDerived({
    flowId: flow.id,
    flowVersion: flow.version,
    purpose,
    sections,
    riskLevel: risk.level,
    riskIndicators: risk.indicators,
    needs,
    signpostingNeeds: signpostingNeedsFrom(needs, facts),
    ...ageFields(facts),
    ...(nation ? { nation } : {}),
    wales: nation === 'wales',
    signals: deriveSignals(facts),
    startedAt: input.startedAt,
    preparedAt: now.toISOString(),
  });
}

/**
 * The glue also assesses every typed message (free text can say more than the answers did). A higher
 * level from there raises the summary's risk, level of need and next steps before it is shown or logged.
 */
export function withAdditionalRisk(summary: TriageSummary, assessments: readonly RiskAssessment[]): TriageSummary {
  const combined = combineRisk([
    { ...NO_RISK, level: summary.riskLevel, indicators: summary.riskIndicators },
    ...assessments,
  ]);
  return withDerived({ ...summary, riskLevel: combined.level, riskIndicators: combined.indicators });
}
