import {
  assessAnswer,
  assessText,
  combineAssessments,
  compareLevels,
  maxLevel,
  NO_RISK,
  type RiskAssessment,
} from '../../../../src/risk';

describe('combineAssessments', () => {
  it('keeps the highest level', () => {
    expect(combineAssessments(assessAnswer('selfHarm', 'past'), assessAnswer('immediateDanger', 'yes')).level).toBe(
      'immediate',
    );
  });

  it('never lowers an explicit triage answer, whatever the text says', () => {
    const answer = assessAnswer('suicidalThoughts', 'plan');
    const text = assessText('No suicidal thoughts, she is fine', 'en-GB');
    expect(text.level).toBe('none');
    const combined = combineAssessments(answer, text);
    expect(combined.level).toBe('urgent');
    expect(combined.indicators).toEqual(['suicidal-ideation']);
    expect(combineAssessments(text, answer)).toEqual(combined);
  });

  it('unites indicators, matches and reasons without duplicates, most severe indicator first', () => {
    const text = assessText('She has been cutting herself and her dad hits her', 'en-GB');
    const combined = combineAssessments(
      assessAnswer('eating', 'concern'),
      text,
      text,
      assessAnswer('immediateDanger', 'yes'),
    );
    expect(combined.indicators[0]).toBe('immediate-danger');
    expect(combined.indicators).toEqual(expect.arrayContaining(['self-harm', 'physical-abuse', 'eating-disorder']));
    expect(new Set(combined.indicators).size).toBe(combined.indicators.length);
    expect(combined.matches).toHaveLength(text.matches.length + 2);
    expect(new Set(combined.reasons).size).toBe(combined.reasons.length);
    expect(combined.indicators.indexOf('eating-disorder')).toBeGreaterThan(combined.indicators.indexOf('self-harm'));
  });

  it('returns no risk for nothing, and ranks an indicator with no match at its assessment’s level', () => {
    expect(combineAssessments()).toEqual(NO_RISK);
    const handMade: RiskAssessment = { level: 'urgent', indicators: ['missing'], matches: [], reasons: ['Missing'] };
    const combined = combineAssessments(assessAnswer('eating', 'concern'), handMade);
    expect(combined.indicators).toEqual(['missing', 'eating-disorder']);
  });

  it('does not let anyone change the shared NO_RISK', () => {
    expect(Object.isFrozen(NO_RISK)).toBe(true);
    expect(() => (NO_RISK.indicators as string[]).push('x')).toThrow();
  });
});

describe('compareLevels and maxLevel', () => {
  it('order none < concern < urgent < immediate', () => {
    expect(compareLevels('none', 'concern')).toBeLessThan(0);
    expect(compareLevels('immediate', 'urgent')).toBeGreaterThan(0);
    expect(compareLevels('urgent', 'urgent')).toBe(0);
    expect(maxLevel('concern', 'urgent')).toBe('urgent');
    expect(maxLevel('immediate', 'none')).toBe('immediate');
  });
});
