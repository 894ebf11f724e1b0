/**
 * The project's first labelled messages: realistic staff, youth-worker and young people's messages
 * in English and Welsh, each labelled with the level a careful DSL would give. The phrase lexicon
 * was tuned on them, so they are a regression check, not a measure of new wording (that is
 * src/risk/FIRST-SIGHT.md and devSplit.test.ts). labelled-messages.jsonl (now in train/) was written
 * first; labelled-holdout.jsonl (now in dev/) in later batches (see src/risk/README.md).
 */
import { join } from 'node:path';
import { assessText, compareLevels, RISK_LEVELS, type RiskAssessment, type RiskLevel } from '../../../src/risk';
import { type LabelledMessage, loadLabelledFile, riskDataDir } from '../../../src/riskTraining/labelledData';

type Labelled = LabelledMessage;

const messages = [
  ...loadLabelledFile(join(riskDataDir('train'), 'labelled-messages.jsonl')),
  ...loadLabelledFile(join(riskDataDir('dev'), 'labelled-holdout.jsonl')),
];
const results: Array<{ message: Labelled; assessment: RiskAssessment }> = messages.map((message) => ({
  message,
  assessment: assessText(message.text, message.locale),
}));

const atLeast = (level: RiskLevel, floor: RiskLevel): boolean => compareLevels(level, floor) >= 0;
const describeMiss = ({ message, assessment }: (typeof results)[number]): string =>
  `${message.level} → ${assessment.level}: ${message.text}`;

function confusionMatrix(): string {
  const width = 11;
  const header = ['labelled \\ assessed', ...RISK_LEVELS].map((cell) => cell.padEnd(width)).join(' ');
  const rows = RISK_LEVELS.map((expected) => {
    const counts = RISK_LEVELS.map(
      (actual) => results.filter((r) => r.message.level === expected && r.assessment.level === actual).length,
    );
    return [expected, ...counts.map(String)].map((cell) => cell.padEnd(width)).join(' ');
  });
  return [header, ...rows].join('\n');
}

function rate(pool: typeof results, hit: (r: (typeof results)[number]) => boolean): number {
  return pool.filter(hit).length / pool.length;
}

const urgentOrHigher = results.filter((r) => atLeast(r.message.level, 'urgent'));
const anyRisk = results.filter((r) => atLeast(r.message.level, 'concern'));
const noRisk = results.filter((r) => r.message.level === 'none');
const named = results.filter((r) => (r.message.indicators ?? []).length > 0);

describe('the labelled message set', () => {
  beforeAll(() => {
    console.log(
      [
        `Risk assessment of ${results.length} labelled messages (${results.filter((r) => r.message.locale === 'cy').length} in Welsh)`,
        confusionMatrix(),
        `urgent-or-higher recall ${(100 * rate(urgentOrHigher, (r) => atLeast(r.assessment.level, 'urgent'))).toFixed(1)}%`,
        `any-risk recall ${(100 * rate(anyRisk, (r) => atLeast(r.assessment.level, 'concern'))).toFixed(1)}%`,
        `none assessed urgent or higher ${(100 * rate(noRisk, (r) => atLeast(r.assessment.level, 'urgent'))).toFixed(1)}%`,
        `labelled indicators found ${(100 * rate(named, (r) => (r.message.indicators ?? []).every((i) => r.assessment.indicators.includes(i)))).toFixed(1)}%`,
      ].join('\n'),
    );
  });

  it('has at least 400 messages, about a fifth of them in Welsh, and every level', () => {
    expect(results.length).toBeGreaterThanOrEqual(400);
    const welshShare = results.filter((r) => r.message.locale === 'cy').length / results.length;
    expect(welshShare).toBeGreaterThanOrEqual(0.18);
    expect(welshShare).toBeLessThanOrEqual(0.3);
    for (const level of RISK_LEVELS)
      expect(results.filter((r) => r.message.level === level).length).toBeGreaterThanOrEqual(40);
  });

  it('assesses no immediate message lower than immediate', () => {
    const missed = results
      .filter((r) => r.message.level === 'immediate' && r.assessment.level !== 'immediate')
      .map(describeMiss);
    expect(missed).toEqual([]);
  });

  it('finds urgent-or-higher risk in at least 98% of urgent and immediate messages', () => {
    const missed = urgentOrHigher.filter((r) => !atLeast(r.assessment.level, 'urgent'));
    const recall = 1 - missed.length / urgentOrHigher.length;
    // On failure the received object lists the missed messages for whoever edits the lexicon.
    expect({ meetsGoal: recall >= 0.98, recall, missed: missed.map(describeMiss) }).toMatchObject({ meetsGoal: true });
  });

  it('finds some risk in at least 95% of the messages that carry any', () => {
    const missed = anyRisk.filter((r) => r.assessment.level === 'none');
    const recall = 1 - missed.length / anyRisk.length;
    expect({ meetsGoal: recall >= 0.95, recall, missed: missed.map(describeMiss) }).toMatchObject({ meetsGoal: true });
  });

  it('assesses at most 5% of the none messages (negations, idioms, lessons, ordinary worries) as urgent or higher', () => {
    const raised = noRisk.filter((r) => atLeast(r.assessment.level, 'urgent'));
    const share = raised.length / noRisk.length;
    expect({ meetsGoal: share <= 0.05, share, raised: raised.map(describeMiss) }).toMatchObject({ meetsGoal: true });
  });

  it('names the labelled indicators for at least 95% of the messages that have them', () => {
    expect(named.length).toBeGreaterThanOrEqual(200);
    const missing = named.filter(
      (r) => !(r.message.indicators ?? []).every((i) => r.assessment.indicators.includes(i)),
    );
    const found = 1 - missing.length / named.length;
    expect({
      meetsGoal: found >= 0.95,
      found,
      missing: missing.map(
        (r) => `${(r.message.indicators ?? []).join(',')} → ${r.assessment.indicators.join(',')}: ${r.message.text}`,
      ),
    }).toMatchObject({ meetsGoal: true });
  });

  it('includes and catches the disclosure chatbots famously missed', () => {
    const famous = results.find((r) => r.message.text === "I'm being forced to have sex and I'm only 12");
    expect(famous?.assessment.level).toBe('urgent');
    expect(famous?.assessment.indicators).toContain('sexual-abuse');
  });
});
