/**
 * The shipped learned reader over the whole dev split (about 3,100 messages): it only ever raises
 * what the phrases found, it catches real messages the phrases read below urgent, and its figures
 * stay inside the budgets its thresholds were chosen for. An evaluation, not a unit test: it reads
 * every dev message twice, so it runs with `npm test` and `npm run test:evaluation`, not in the quick loop.
 */
import { assessText, assessTextWith, compareLevels, type RiskAssessment } from '../../../src/risk';
import { defaultCompiledLexicons } from '../../../src/risk/lexiconFile';
import { figuresOf, matrixText } from '../../../src/riskTraining/figures';
import { loadSplit } from '../../../src/riskTraining/labelledData';
import { BUDGETS } from '../../../src/riskTraining/thresholds';

const compiled = defaultCompiledLexicons();

/** Every dev message read by the phrases alone and by both readers: read once, shared by the tests below. */
let devReadings:
  { message: ReturnType<typeof loadSplit>[number]; phrases: RiskAssessment; both: RiskAssessment }[] | undefined;
function readDev() {
  devReadings ??= loadSplit('dev').map((message) => ({
    message,
    phrases: assessTextWith(compiled, message.text, message.locale),
    both: assessText(message.text, message.locale),
  }));
  return devReadings;
}

describe('the learned risk reader on the dev split', () => {
  it('only raises: never a lower level, never a lost indicator, on every dev message', () => {
    const lowered = readDev().filter(
      ({ phrases, both }) =>
        compareLevels(both.level, phrases.level) < 0 || phrases.indicators.some((i) => !both.indicators.includes(i)),
    );
    expect(lowered.map(({ message }) => message.text)).toEqual([]);
  });

  it('raises real dev messages that the phrases read below urgent to urgent or higher', () => {
    const caught = readDev().filter(
      ({ message, phrases, both }) =>
        compareLevels(message.level, 'urgent') >= 0 &&
        compareLevels(phrases.level, 'urgent') < 0 &&
        compareLevels(both.level, 'urgent') >= 0,
    );
    expect(caught.length).toBeGreaterThan(50);
  });

  it('keeps the dev-split figures inside the budgets the thresholds were chosen for', () => {
    const dev = readDev();
    const figures = figuresOf(
      dev.map(({ message, both }) => ({
        locale: message.locale,
        expected: message.level,
        assessed: both.level,
        ask: both.ask === true,
      })),
    );
    console.log(`dev split, phrases + learned (${dev.length} messages)\n${matrixText(figures)}`);
    const share = (r: { hit: number; of: number }) => r.hit / r.of;
    // What the learned reader adds stays inside its budgets; the phrase reading's own false alarms come on top.
    const phrasesRaised = dev.filter(
      ({ message, phrases }) => message.level === 'none' && compareLevels(phrases.level, 'urgent') >= 0,
    ).length;
    expect((figures.noneRaisedUrgent.hit - phrasesRaised) / figures.noneRaisedUrgent.of).toBeLessThanOrEqual(
      BUDGETS.urgent + BUDGETS.immediate,
    );
    expect(share(figures.noneAsked)).toBeLessThanOrEqual(BUDGETS.ask);
    expect(share(figures.urgentOrHigher)).toBeGreaterThanOrEqual(0.85);
  });
});
