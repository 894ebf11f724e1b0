/**
 * Turns a risk assessment into what the record keeps: level, indicators, reasons and the trigger
 * words. Character offsets are dropped — they point into a message the record does not hold
 * whole — and so is any text around the trigger words beyond what src/risk quoted in its reason.
 */
import { compareLevels, maxLevel } from '../risk/levels';
import type { RiskAssessment, RiskIndicator } from '../risk/types';
import type { ReferralRisk, RiskReasonCode, RiskTrigger } from './model';

export const NO_REFERRAL_RISK: ReferralRisk = Object.freeze({
  level: 'none',
  indicators: [],
  reasons: [],
  triggers: [],
  reasonCodes: [],
}) as unknown as ReferralRisk;

export function riskFromAssessment(assessment: RiskAssessment, questionId?: string): ReferralRisk {
  const triggers: RiskTrigger[] = assessment.matches.map((match) => ({
    indicator: match.indicator,
    level: match.level,
    words: match.text,
    // Rule ids are codes; anything outside the record's code alphabet is replaced rather than refused.
    rule: match.rule.replace(/[^A-Za-z0-9:._-]/g, '-').slice(0, 200) || 'unknown',
    ...(questionId !== undefined ? { questionId } : {}),
  }));
  return {
    level: assessment.level,
    indicators: [...assessment.indicators],
    reasons: [...assessment.reasons],
    triggers,
    reasonCodes: [],
  };
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...a, ...b.filter((item) => !a.includes(item))];
}

/**
 * Adds what a later message or answer revealed. The level never goes down within one referral
 * (a reassuring answer later does not undo a disclosure); indicators are kept most severe first.
 */
export function mergeRisk(current: ReferralRisk, added: ReferralRisk): ReferralRisk {
  const levelOf = new Map<RiskIndicator, number>();
  for (const trigger of [...current.triggers, ...added.triggers]) {
    if (trigger.indicator === null) continue;
    levelOf.set(trigger.indicator, Math.max(levelOf.get(trigger.indicator) ?? 0, compareLevels(trigger.level, 'none')));
  }
  const indicators = union(current.indicators, added.indicators);
  // Stable sort: indicators seen at a higher level first, otherwise in the order src/risk gave.
  indicators.sort((a, b) => (levelOf.get(b) ?? 0) - (levelOf.get(a) ?? 0));
  const sameTrigger = (x: RiskTrigger, y: RiskTrigger) =>
    x.rule === y.rule && x.words === y.words && x.questionId === y.questionId;
  return {
    level: maxLevel(current.level, added.level),
    indicators,
    reasons: union(current.reasons, added.reasons),
    triggers: [...current.triggers, ...added.triggers.filter((t) => !current.triggers.some((c) => sameTrigger(c, t)))],
    reasonCodes: union<RiskReasonCode>(current.reasonCodes, added.reasonCodes),
  };
}
