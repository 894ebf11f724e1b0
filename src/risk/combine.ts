import { maxLevel, NO_RISK, sortIndicators } from './levels';
import type { RiskAssessment, RiskIndicator, RiskLevel, RiskMatch } from './types';

function matchKey(match: RiskMatch): string {
  return `${match.indicator ?? ''}|${match.level}|${match.start}|${match.end}|${match.rule}|${match.text}`;
}

/**
 * Joins assessments of one conversation: the highest level wins and nothing is ever lowered, so an
 * explicit triage answer keeps its level whatever the text around it says.
 */
export function combineAssessments(...assessments: RiskAssessment[]): RiskAssessment {
  if (assessments.length === 0) return NO_RISK;
  let level: RiskLevel = 'none';
  const indicatorLevels = new Map<RiskIndicator, RiskLevel>();
  const matches: RiskMatch[] = [];
  const seenMatches = new Set<string>();
  const reasons: string[] = [];
  const seenReasons = new Set<string>();
  for (const assessment of assessments) {
    level = maxLevel(level, assessment.level);
    for (const match of assessment.matches) {
      const key = matchKey(match);
      if (seenMatches.has(key)) continue;
      seenMatches.add(key);
      matches.push(match);
      if (match.indicator)
        indicatorLevels.set(match.indicator, maxLevel(indicatorLevels.get(match.indicator) ?? 'none', match.level));
    }
    // An indicator with no match of its own (a hand-built assessment) ranks at its assessment's level.
    for (const indicator of assessment.indicators) {
      if (!indicatorLevels.has(indicator)) indicatorLevels.set(indicator, assessment.level);
    }
    for (const reason of assessment.reasons) {
      if (seenReasons.has(reason)) continue;
      seenReasons.add(reason);
      reasons.push(reason);
    }
  }
  return { level, indicators: sortIndicators(indicatorLevels), matches, reasons };
}
