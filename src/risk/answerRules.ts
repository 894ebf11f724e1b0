/**
 * Levels for structured triage answers. A flow names one of these rules on a question; the flow
 * loader checks the name with isAnswerRuleName. The values are the flow's choice values.
 */
import type { SupportedLocale } from '../i18n/locale';
import { combineAssessments } from './combine';
import { loadLexicon } from './lexiconFile';
import { NO_RISK } from './levels';
import type { RiskAssessment, RiskIndicator, RiskLevel, RiskMatch } from './types';

export const ANSWER_RULE_NAMES = [
  'immediateDanger',
  'selfHarm',
  'suicidalThoughts',
  'harmDisclosure',
  'exploitation',
  'missing',
  'homeContext',
  'deterioration',
  'education',
  'eating',
  'attemptWhen',
] as const;
export type AnswerRuleName = (typeof ANSWER_RULE_NAMES)[number];

export function isAnswerRuleName(name: string): name is AnswerRuleName {
  return (ANSWER_RULE_NAMES as readonly string[]).includes(name);
}

interface Outcome {
  readonly level: RiskLevel;
  readonly indicators: readonly RiskIndicator[];
}

interface Rule {
  /** Several values may be chosen together. */
  readonly multi: boolean;
  readonly values: Readonly<Record<string, Outcome>>;
}

const NONE: Outcome = { level: 'none', indicators: [] };
const of = (level: RiskLevel, ...indicators: RiskIndicator[]): Outcome => ({ level, indicators });

const RULES: Readonly<Record<AnswerRuleName, Rule>> = {
  immediateDanger: {
    multi: false,
    values: { no: NONE, unsure: of('urgent', 'immediate-danger'), yes: of('immediate', 'immediate-danger') },
  },
  selfHarm: {
    multi: false,
    values: {
      none: NONE,
      past: of('concern', 'self-harm'),
      recent: of('urgent', 'self-harm'),
      medical: of('urgent', 'self-harm'),
      unknown: NONE,
    },
  },
  suicidalThoughts: {
    multi: false,
    values: {
      none: NONE,
      passive: of('concern', 'suicidal-ideation'),
      thoughts: of('urgent', 'suicidal-ideation'),
      plan: of('urgent', 'suicidal-ideation'),
      // An attempt with no time given is not danger now: the flow asks when (attemptWhen).
      attempt: of('urgent', 'suicidal-ideation'),
      unknown: NONE,
    },
  },
  harmDisclosure: {
    multi: true,
    values: {
      none: NONE,
      abuse: of('urgent', 'abuse-disclosure'),
      sexual: of('urgent', 'sexual-abuse', 'abuse-disclosure'),
      physical: of('urgent', 'physical-abuse'),
      neglect: of('concern', 'neglect'),
      domestic: of('urgent', 'domestic-abuse'),
      'adult-working-with-children': of('urgent', 'abuse-disclosure'),
      peers: of('urgent', 'abuse-disclosure'),
    },
  },
  exploitation: {
    multi: true,
    values: {
      none: NONE,
      criminal: of('urgent', 'exploitation'),
      sexual: of('urgent', 'exploitation', 'sexual-abuse'),
      online: of('urgent', 'online-harm'),
      radicalisation: of('urgent', 'radicalisation'),
      'fgm-known': of('urgent', 'fgm'),
      'fgm-risk': of('urgent', 'fgm'),
      'forced-marriage': of('urgent', 'forced-marriage'),
    },
  },
  missing: { multi: false, values: { no: NONE, past: of('concern', 'missing'), now: of('immediate', 'missing') } },
  homeContext: {
    multi: true,
    values: {
      none: NONE,
      bereavement: NONE,
      caring: NONE,
      changes: NONE,
      neglect: of('concern', 'neglect'),
      'domestic-abuse': of('urgent', 'domestic-abuse'),
      substance: of('concern', 'substance-misuse'),
      'parent-mental-health': NONE,
    },
  },
  deterioration: { multi: false, values: { worse: of('concern'), same: NONE, better: NONE, unknown: NONE } },
  education: {
    multi: true,
    values: {
      none: NONE,
      'part-time': NONE,
      exclusion: NONE,
      'persistent-absence': of('concern'),
      'missing-education': of('concern', 'missing'),
      'home-education': NONE,
      'alternative-provision': NONE,
    },
  },
  eating: {
    multi: false,
    values: { none: NONE, concern: of('concern', 'eating-disorder'), physical: of('urgent', 'eating-disorder') },
  },
  attemptWhen: {
    multi: false,
    values: {
      now: of('immediate', 'immediate-danger', 'suicidal-ideation'),
      recent: of('urgent', 'suicidal-ideation'),
      longer: of('concern', 'suicidal-ideation'),
      unknown: of('urgent', 'suicidal-ideation'),
    },
  },
};

/** The values a rule accepts, for the flow loader to check a flow's choices against. */
export function answerRuleValues(rule: AnswerRuleName): readonly string[] {
  return Object.keys(RULES[rule].values);
}

export function isMultiAnswerRule(rule: AnswerRuleName): boolean {
  return RULES[rule].multi;
}

/** The reason for an answer, from the lexicon of the language asked for, else the other one. */
function reasonFor(rule: AnswerRuleName, value: string, locale: SupportedLocale): string {
  const order: SupportedLocale[] = locale === 'cy' ? ['cy', 'en-GB'] : ['en-GB', 'cy'];
  for (const lng of order) {
    const reason = loadLexicon(lng).answers[rule]?.[value];
    if (reason) return reason;
  }
  return `${rule}=${value}`;
}

function assessOne(rule: AnswerRuleName, value: string, locale: SupportedLocale): RiskAssessment {
  const outcome = Object.prototype.hasOwnProperty.call(RULES[rule].values, value)
    ? RULES[rule].values[value]
    : undefined;
  if (!outcome) {
    throw new Error(
      `Answer rule ${rule} has no value "${value}"; expected one of: ${answerRuleValues(rule).join(', ')}`,
    );
  }
  if (outcome.level === 'none') return NO_RISK;
  const reason = reasonFor(rule, value, locale);
  const base = { level: outcome.level, start: 0, end: 0, text: value, rule: `answer:${rule}.${value}` };
  const matches: RiskMatch[] =
    outcome.indicators.length > 0
      ? outcome.indicators.map((indicator) => ({ ...base, indicator }))
      : [{ ...base, indicator: null }];
  return { level: outcome.level, indicators: [...outcome.indicators], matches, reasons: [reason] };
}

/**
 * Assesses a triage answer. An unknown rule or value is a programming error in a flow, so it throws
 * rather than guess a level. `locale` chooses the language of the reasons (default English).
 */
export function assessAnswer(
  rule: AnswerRuleName,
  answer: string | readonly string[],
  locale: SupportedLocale = 'en-GB',
): RiskAssessment {
  if (!isAnswerRuleName(rule))
    throw new Error(`Unknown answer rule "${String(rule)}"; expected one of: ${ANSWER_RULE_NAMES.join(', ')}`);
  const values = typeof answer === 'string' ? [answer] : answer;
  if (!RULES[rule].multi && values.length > 1)
    throw new Error(`Answer rule ${rule} takes one value, got ${values.length}`);
  return combineAssessments(NO_RISK, ...values.map((value) => assessOne(rule, value, locale)));
}
