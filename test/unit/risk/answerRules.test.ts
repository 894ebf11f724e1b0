import {
  ANSWER_RULE_NAMES,
  assessAnswer,
  isAnswerRuleName,
  type AnswerRuleName,
  type RiskIndicator,
  type RiskLevel,
} from '../../../src/risk';
import { answerRuleValues } from '../../../src/risk/answerRules';

const table: Array<[AnswerRuleName, string, RiskLevel, RiskIndicator[]]> = [
  ['immediateDanger', 'no', 'none', []],
  ['immediateDanger', 'unsure', 'urgent', ['immediate-danger']],
  ['immediateDanger', 'yes', 'immediate', ['immediate-danger']],
  ['selfHarm', 'none', 'none', []],
  ['selfHarm', 'past', 'concern', ['self-harm']],
  ['selfHarm', 'recent', 'urgent', ['self-harm']],
  ['selfHarm', 'medical', 'urgent', ['self-harm']],
  ['selfHarm', 'unknown', 'none', []],
  ['suicidalThoughts', 'none', 'none', []],
  ['suicidalThoughts', 'passive', 'concern', ['suicidal-ideation']],
  ['suicidalThoughts', 'thoughts', 'urgent', ['suicidal-ideation']],
  ['suicidalThoughts', 'plan', 'urgent', ['suicidal-ideation']],
  // An attempt with no time given is not "happening now" (issue 20, point 8): attemptWhen asks when.
  ['suicidalThoughts', 'attempt', 'urgent', ['suicidal-ideation']],
  ['suicidalThoughts', 'unknown', 'none', []],
  ['harmDisclosure', 'none', 'none', []],
  ['harmDisclosure', 'abuse', 'urgent', ['abuse-disclosure']],
  ['harmDisclosure', 'sexual', 'urgent', ['sexual-abuse', 'abuse-disclosure']],
  ['harmDisclosure', 'physical', 'urgent', ['physical-abuse']],
  ['harmDisclosure', 'neglect', 'concern', ['neglect']],
  ['harmDisclosure', 'domestic', 'urgent', ['domestic-abuse']],
  ['harmDisclosure', 'adult-working-with-children', 'urgent', ['abuse-disclosure']],
  ['harmDisclosure', 'peers', 'urgent', ['abuse-disclosure']],
  ['exploitation', 'none', 'none', []],
  ['exploitation', 'criminal', 'urgent', ['exploitation']],
  ['exploitation', 'sexual', 'urgent', ['exploitation', 'sexual-abuse']],
  ['exploitation', 'online', 'urgent', ['online-harm']],
  ['exploitation', 'radicalisation', 'urgent', ['radicalisation']],
  ['exploitation', 'fgm-known', 'urgent', ['fgm']],
  ['exploitation', 'fgm-risk', 'urgent', ['fgm']],
  ['exploitation', 'forced-marriage', 'urgent', ['forced-marriage']],
  ['missing', 'no', 'none', []],
  ['missing', 'past', 'concern', ['missing']],
  // A child missing now is danger now (issue 20, point 7).
  ['missing', 'now', 'immediate', ['missing']],
  ['homeContext', 'none', 'none', []],
  ['homeContext', 'bereavement', 'none', []],
  ['homeContext', 'caring', 'none', []],
  ['homeContext', 'changes', 'none', []],
  ['homeContext', 'neglect', 'concern', ['neglect']],
  ['homeContext', 'domestic-abuse', 'urgent', ['domestic-abuse']],
  ['homeContext', 'substance', 'concern', ['substance-misuse']],
  ['homeContext', 'parent-mental-health', 'none', []],
  ['deterioration', 'worse', 'concern', []],
  ['deterioration', 'same', 'none', []],
  ['deterioration', 'better', 'none', []],
  ['deterioration', 'unknown', 'none', []],
  ['education', 'none', 'none', []],
  ['education', 'part-time', 'none', []],
  ['education', 'exclusion', 'none', []],
  ['education', 'persistent-absence', 'concern', []],
  ['education', 'missing-education', 'concern', ['missing']],
  ['education', 'home-education', 'none', []],
  ['education', 'alternative-provision', 'none', []],
  ['eating', 'none', 'none', []],
  ['eating', 'concern', 'concern', ['eating-disorder']],
  ['eating', 'physical', 'urgent', ['eating-disorder']],
  ['attemptWhen', 'now', 'immediate', ['immediate-danger', 'suicidal-ideation']],
  ['attemptWhen', 'recent', 'urgent', ['suicidal-ideation']],
  ['attemptWhen', 'longer', 'concern', ['suicidal-ideation']],
  ['attemptWhen', 'unknown', 'urgent', ['suicidal-ideation']],
];

describe('assessAnswer', () => {
  it.each(table)('assesses %s = %s as %s %j', (rule, value, level, indicators) => {
    const assessment = assessAnswer(rule, value);
    expect(assessment.level).toBe(level);
    expect([...assessment.indicators].sort()).toEqual([...indicators].sort());
    expect(assessment.reasons).toHaveLength(level === 'none' ? 0 : 1);
  });

  it('covers every value of every rule in this table (so a new value needs a test)', () => {
    const tested = new Set(table.map(([rule, value]) => `${rule}=${value}`));
    for (const rule of ANSWER_RULE_NAMES)
      for (const value of answerRuleValues(rule)) expect(tested).toContain(`${rule}=${value}`);
  });

  it('gives "Things are getting worse" for deterioration, with a level-only match', () => {
    const assessment = assessAnswer('deterioration', 'worse');
    expect(assessment.reasons).toEqual(['Things are getting worse']);
    expect(assessment.matches).toEqual([
      expect.objectContaining({ indicator: null, level: 'concern', rule: 'answer:deterioration.worse' }),
    ]);
  });

  it('has a reason in English and in Welsh for every value that raises a level', () => {
    for (const rule of ANSWER_RULE_NAMES) {
      for (const value of answerRuleValues(rule)) {
        const english = assessAnswer(rule, value, 'en-GB');
        const welsh = assessAnswer(rule, value, 'cy');
        if (english.level === 'none') continue;
        expect(english.reasons[0]).not.toContain('=');
        expect(welsh.reasons[0]).not.toContain('=');
        expect(welsh.reasons[0]).not.toBe(english.reasons[0]);
      }
    }
  });

  it('combines several chosen values of a multi-choice rule, highest level first', () => {
    const assessment = assessAnswer('homeContext', ['caring', 'substance', 'domestic-abuse']);
    expect(assessment.level).toBe('urgent');
    expect(assessment.indicators).toEqual(['domestic-abuse', 'substance-misuse']);
    expect(assessment.reasons).toHaveLength(2);
  });

  it('throws for a value the rule does not know: a flow bug, not a level to guess', () => {
    expect(() => assessAnswer('selfHarm', 'sometimes')).toThrow(
      /selfHarm has no value "sometimes"; expected one of: none, past, recent, medical, unknown/,
    );
  });

  it('throws for an unknown rule name', () => {
    expect(() => assessAnswer('selfHarmm' as AnswerRuleName, 'none')).toThrow(/Unknown answer rule "selfHarmm"/);
  });

  it('throws when a single-choice rule gets several values', () => {
    expect(() => assessAnswer('missing', ['no', 'now'])).toThrow(/takes one value/);
  });

  it('does not treat inherited object keys as values', () => {
    expect(() => assessAnswer('selfHarm', 'toString')).toThrow(/has no value/);
  });

  it('recognises rule names for the flow loader', () => {
    expect(isAnswerRuleName('suicidalThoughts')).toBe(true);
    expect(isAnswerRuleName('suicidal-thoughts')).toBe(false);
    expect(ANSWER_RULE_NAMES).toHaveLength(11);
  });
});
