import { RISK_INDICATORS, RISK_LEVELS, type RiskAssessment, type RiskIndicator, type RiskLevel } from './types';

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, concern: 1, urgent: 2, immediate: 3 };

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareLevels(a: RiskLevel, b: RiskLevel): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return compareLevels(a, b) >= 0 ? a : b;
}

export function minLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return compareLevels(a, b) <= 0 ? a : b;
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}

export function isRiskIndicator(value: unknown): value is RiskIndicator {
  return typeof value === 'string' && (RISK_INDICATORS as readonly string[]).includes(value);
}

/** The assessment of text that says nothing worrying. Frozen so no caller can change it for everyone. */
export const NO_RISK: RiskAssessment = Object.freeze({
  level: 'none',
  indicators: Object.freeze([]) as unknown as RiskIndicator[],
  matches: Object.freeze([]) as unknown as RiskAssessment['matches'],
  reasons: Object.freeze([]) as unknown as string[],
}) as RiskAssessment;

const INDICATOR_ORDER: ReadonlyMap<RiskIndicator, number> = new Map(
  RISK_INDICATORS.map((indicator, index) => [indicator, index]),
);

/**
 * Orders indicators most severe first: by the highest level any of them reached, then by the fixed
 * order of RISK_INDICATORS (which lists the gravest first), so the duty worker reads the worst first.
 */
export function sortIndicators(levels: ReadonlyMap<RiskIndicator, RiskLevel>): RiskIndicator[] {
  return [...levels.keys()].sort((a, b) => {
    const byLevel = compareLevels(levels.get(b) ?? 'none', levels.get(a) ?? 'none');
    return byLevel !== 0 ? byLevel : (INDICATOR_ORDER.get(a) ?? 0) - (INDICATOR_ORDER.get(b) ?? 0);
  });
}
