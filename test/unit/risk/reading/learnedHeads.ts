/**
 * How the learned reader's heads are combined: a level only when the heads below it agree (otherwise
 * the bot asks), the second immediate model for messages already urgent, now-ness cues as frames of
 * immediacy, and the threshold chooser counting only the raises that survive those rules.
 */
import { assessTextWith, RISK_INDICATORS, type RiskLevel } from '../../../../src/risk';
import { extractFeatures } from '../../../../src/risk/features';
import { compileFrames, parseFrames } from '../../../../src/risk/frames';
import {
  agreedLevel,
  encodeHead,
  IMMEDIATE_IF_URGENT,
  LearnedReader,
  type ModelFile,
} from '../../../../src/risk/learnedReader';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { tokensFor } from '../../../../src/risk/matcher';
import { BUDGETS, chooseThresholds } from '../../../../src/riskTraining/thresholds';
import { devScore } from './devScore';
import { DEFAULT_TRAINING, trainHeads, type TrainingExample } from '../../../../src/riskTraining/train';

const compiled = defaultCompiledLexicons();
const tokensOf = (text: string) => tokensFor(compiled, text);
const shipped = shippedModelFile();

type HeadName = 'concern' | 'urgent' | 'immediate' | typeof IMMEDIATE_IF_URGENT;

/** A model whose level heads each say a fixed yes (bias 20) or no (bias -20), whatever the words. */
function fixedModel(yes: readonly HeadName[], thresholds: Partial<ModelFile['thresholds']> = {}): LearnedReader {
  const bias = (name: HeadName) => (yes.includes(name) ? 20 : -20);
  const heads = [
    ...(['concern', 'urgent', 'immediate', IMMEDIATE_IF_URGENT] as const).map((name) =>
      encodeHead(name, 8, bias(name), new Float64Array(256)),
    ),
    ...RISK_INDICATORS.map((name) => encodeHead(name, 8, -20, new Float64Array(256))),
  ];
  return new LearnedReader(
    {
      ...shipped,
      heads,
      thresholds: { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.99, indicator: 0.5, ...thresholds },
    },
    defaultFrames(),
  );
}

const assess = (reader: LearnedReader, text: string) => assessTextWith(compiled, text, 'en-GB', reader);
// No listed phrase in either: what happens is the learned reader's alone.
const PLAIN = 'We talked about the class trip to the museum';
const PLAIN_TONIGHT = 'We talked about the class trip to the museum tonight';

describe('the learned reader raises a level only when its heads agree', () => {
  it('reads each head against its threshold and keeps the level the heads below it back', () => {
    const t = { concern: 0.5, urgent: 0.5, immediate: 0.5 };
    const level = (concern: number, urgent: number, immediate: number) =>
      agreedLevel({ concern, urgent, immediate }, t);
    expect(level(0.9, 0.9, 0)).toEqual({ level: 'urgent', unsure: false });
    expect(level(0.9, 0.1, 0)).toEqual({ level: 'concern', unsure: false });
    expect(level(0.1, 0.9, 0)).toEqual({ level: 'none', unsure: true });
    // Immediate needs the urgent head (s21-L): the concern head alone backs no 999 call, and the reader is unsure.
    expect(level(0.9, 0.1, 0.9)).toEqual({ level: 'concern', unsure: true });
    expect(level(0.1, 0.9, 0.9)).toEqual({ level: 'immediate', unsure: false });
    expect(level(0.1, 0.1, 0.9)).toEqual({ level: 'none', unsure: true });
    expect(level(0.1, 0.1, 0.1)).toEqual({ level: 'none', unsure: false });
  });

  it('says urgent with no frame of risk only when urgent is more likely than not', () => {
    const t = { concern: 0.35, urgent: 0.4, immediate: 0.33 };
    const level = (urgent: number, namesRiskFrame: boolean) =>
      agreedLevel({ concern: 0.9, urgent, immediate: 0, namesRiskFrame }, t).level;
    expect(level(0.45, true)).toBe('urgent');
    expect(level(0.45, false)).toBe('concern');
    expect(level(0.5, false)).toBe('urgent');
    // A score without the flag (an older caller) reads as before.
    expect(agreedLevel({ concern: 0.9, urgent: 0.45, immediate: 0 }, t).level).toBe('urgent');
  });

  it('does not raise ordinary Welsh that names no frame of risk to urgent on a middling urgent score, and still asks', () => {
    // Concern says yes; urgent scores 0.45 whatever the words: over its threshold (0.4), under "more likely than not".
    const logit = (p: number) => Math.log(p / (1 - p));
    const heads = [
      encodeHead('concern', 8, 20, new Float64Array(256)),
      encodeHead('urgent', 8, logit(0.45), new Float64Array(256)),
      ...(['immediate', IMMEDIATE_IF_URGENT] as const).map((name) => encodeHead(name, 8, -20, new Float64Array(256))),
      ...RISK_INDICATORS.map((name) => encodeHead(name, 8, -20, new Float64Array(256))),
    ];
    const thresholds = { concern: 0.5, urgent: 0.4, immediate: 0.5, ask: 0.3, indicator: 0.5 };
    const reader = new LearnedReader({ ...shipped, heads, thresholds }, defaultFrames());
    const text = "Dywedodd nad yw hi eisiau mynd i'r clwb";
    const reading = reader.read(tokensOf(text));
    expect(reading.namesRiskFrame).toBe(false);
    expect(reading.urgent).toBeCloseTo(0.45, 6);
    const assessment = assessTextWith(compiled, text, 'cy', reader);
    expect(assessment.level).toBe('concern');
    expect(assessment.ask).toBe(true);
  });

  it('asks the safety question instead of raising when the urgent head fires without the concern head', () => {
    const alone = assess(fixedModel(['urgent']), PLAIN);
    expect(alone.level).toBe('none');
    expect(alone.ask).toBe(true);
    expect(alone.reasons).toEqual([]);
    const backed = assess(fixedModel(['concern', 'urgent']), PLAIN);
    expect(backed.level).toBe('urgent');
    expect(backed.reasons[0]).toMatch(/learned reader/);
  });

  it('asks rather than says immediate when the immediate head fires alone', () => {
    const alone = assess(fixedModel(['immediate']), PLAIN_TONIGHT);
    expect(alone.level).toBe('none');
    expect(alone.ask).toBe(true);
    // The concern head alone backs no immediate (s21-L): the reader raises to concern and asks.
    const concernOnly = assess(fixedModel(['immediate', 'concern']), PLAIN_TONIGHT);
    expect(concernOnly.level).toBe('concern');
    expect(concernOnly.ask).toBe(true);
    expect(assess(fixedModel(['immediate', 'urgent']), PLAIN_TONIGHT).level).toBe('immediate');
    expect(assess(fixedModel(['immediate', 'concern', 'urgent']), PLAIN_TONIGHT).level).toBe('immediate');
  });

  it('never lowers what the phrases found, whatever the heads say', () => {
    const text = 'She told me she wants to kill herself';
    const phrases = assessTextWith(compiled, text, 'en-GB');
    expect(phrases.level).not.toBe('none');
    expect(assess(fixedModel(['urgent']), text).level).toBe(phrases.level);
  });
});

describe('the second immediate model', () => {
  const urgentAndSure = (immediateIfUrgent: number | undefined) =>
    fixedModel(['concern', 'urgent', IMMEDIATE_IF_URGENT], { immediateIfUrgent });

  it('turns a message already urgent into immediate when it is sure, with no cue of now-ness needed', () => {
    expect(assess(urgentAndSure(0.5), PLAIN).level).toBe('immediate');
    expect(assess(urgentAndSure(0.5), PLAIN).indicators).toContain('immediate-danger');
    // A model file without its threshold never raises by it.
    expect(assess(urgentAndSure(undefined), PLAIN).level).toBe('urgent');
  });

  it('never raises a message that no reader reads as urgent', () => {
    const concernOnly = fixedModel(['concern', IMMEDIATE_IF_URGENT], { immediateIfUrgent: 0 });
    expect(assess(concernOnly, PLAIN).level).toBe('concern');
    const nothing = fixedModel([IMMEDIATE_IF_URGENT], { immediateIfUrgent: 0 });
    expect(assess(nothing, PLAIN).level).toBe('none');
  });

  it('needs the learned heads themselves to read urgent: urgent by the phrases alone is not enough (s11-L)', () => {
    // "Given urgent, is it immediate?" means nothing where the heads say the message is not urgent.
    const text = 'Her stepdad hit her last week and she has a bruise';
    expect(assessTextWith(compiled, text, 'en-GB').level).toBe('urgent');
    const onlySecond = fixedModel([IMMEDIATE_IF_URGENT], { immediateIfUrgent: 0.5 });
    expect(assess(onlySecond, text).level).toBe('urgent');
    expect(assess(urgentAndSure(0.5), text).level).toBe('immediate');
  });

  it('is trained on urgent and immediate messages only: other messages do not change it', () => {
    const example = (text: string, level: RiskLevel): TrainingExample => ({
      tokens: tokensOf(text),
      level,
      indicators: undefined,
    });
    const risk = [
      example('Her stepdad hit her last week and she has a bruise', 'urgent'),
      example('He says his brother is waiting outside with a knife right now', 'immediate'),
      example('She has been sending pictures to a man she met online', 'urgent'),
      example('She took all of her tablets an hour ago and feels sleepy', 'immediate'),
    ];
    const others = [
      example('He was quiet in maths today and forgot his homework', 'none'),
      example('She seems low since her gran died last month', 'concern'),
    ];
    const options = { ...DEFAULT_TRAINING, epochs: 2, levelBits: 10, indicatorBits: 8 };
    const head = (examples: TrainingExample[]) =>
      trainHeads(examples, defaultFrames(), options).find((h) => h.name === IMMEDIATE_IF_URGENT);
    expect(head(risk)).toBeDefined();
    expect(head([...risk, ...others])).toEqual(head(risk));
    // The immediate head, trained on every message, does change.
    const immediate = (examples: TrainingExample[]) =>
      trainHeads(examples, defaultFrames(), options).find((h) => h.name === 'immediate');
    expect(immediate([...risk, ...others])).not.toEqual(immediate(risk));
  });
});

describe('frames of immediacy', () => {
  it('count a narrow cue of now-ness as naming immediacy, so the immediate head is read', () => {
    const frames = compileFrames(
      parseFrames({
        version: 'test',
        description: 'test',
        frames: { 'urgency-now': ['zorgle'], 'time-now': ['presently'], 'role-child': ['he'] },
      }),
      new Set(),
    );
    expect(extractFeatures(tokensOf('he has a zorgle'), frames).namesImmediacy).toBe(true);
    expect(extractFeatures(tokensOf('he is here presently'), frames).namesImmediacy).toBe(true);
    expect(extractFeatures(tokensOf('he has a pencil'), frames).namesImmediacy).toBe(false);
  });

  it('do not count the broad going-home frame, only a narrow cue of going home (s9-D)', () => {
    const frames = compileFrames(
      parseFrames({
        version: 'test',
        description: 'test',
        frames: { 'time-going-home': ['home'], 'urgency-now': ['gets home'], 'role-child': ['he'] },
      }),
      new Set(),
    );
    expect(extractFeatures(tokensOf('he did not come home last night'), frames).namesImmediacy).toBe(false);
    expect(
      extractFeatures(tokensOf('he is scared of what happens when his dad gets home'), frames).namesImmediacy,
    ).toBe(true);
  });

  it('do not take a bare "just" (only, simply) as now in the shipped frames; "just now" and "just told" are (s10)', () => {
    const frames = defaultFrames();
    expect(extractFeatures(tokensOf('I just feel sick when I think about school'), frames).namesImmediacy).toBe(false);
    expect(extractFeatures(tokensOf('she told me just now'), frames).namesImmediacy).toBe(true);
    expect(extractFeatures(tokensOf('he just told me his dad hit him'), frames).namesImmediacy).toBe(true);
  });

  it('count every frame but the child and the contexts as a frame of risk', () => {
    const frames = compileFrames(
      parseFrames({
        version: 'test',
        description: 'test',
        frames: { 'role-child': ['he'], 'context-negation': ['not'], 'act-violence': ['zapped'], 'time-past': ['ago'] },
      }),
      new Set(),
    );
    expect(extractFeatures(tokensOf('he is not here'), frames).namesRiskFrame).toBe(false);
    expect(extractFeatures(tokensOf('he zapped it'), frames).namesRiskFrame).toBe(true);
    expect(extractFeatures(tokensOf('he left years ago'), frames).namesRiskFrame).toBe(true);
  });
});

describe('thresholds chosen on dev', () => {
  const score = devScore;

  it('spend the urgent budget only on raises the concern head backs', () => {
    // A tenth of the `none` messages fire the urgent head alone: the agreement rule stops them, so
    // they need not push the urgent threshold up and cost recall.
    const scores = [
      ...Array.from({ length: 10 }, () => score({ urgent: 0.9, concern: 0.02 })),
      ...Array.from({ length: 90 }, () => score({})),
      ...Array.from({ length: 20 }, () => score({ expected: 'urgent', urgent: 0.6, concern: 0.9 })),
    ];
    expect(chooseThresholds(scores).urgent).toBeLessThan(0.6);
    // Backed by the concern head, the same ten are false alarms, and the threshold must rise above them.
    const backed = scores.map((s) => (s.urgent === 0.9 ? { ...s, concern: 0.9 } : s));
    expect(chooseThresholds(backed).urgent).toBeGreaterThan(0.9);
  });

  it('do not count an urgent raise that names no frame of risk below one half', () => {
    // Ten `none` messages with no frame of risk, urgent at 0.45: the level rule never raises them.
    const scores = [
      ...Array.from({ length: 10 }, () => score({ urgent: 0.45, concern: 0.9, namesRiskFrame: false })),
      ...Array.from({ length: 90 }, () => score({})),
    ];
    expect(chooseThresholds(scores).urgent).toBeLessThanOrEqual(0.45);
    const framed = scores.map((s) => ({ ...s, namesRiskFrame: true }));
    expect(chooseThresholds(framed).urgent).toBeGreaterThan(0.45);
  });

  it('choose the second immediate model threshold within its budget of urgent messages raised', () => {
    const urgentOnes = Array.from({ length: 200 }, (_, i) =>
      score({ expected: 'urgent', byPhrases: 'urgent', concern: 0.9, urgent: 0.9, immediateIfUrgent: (i + 0.5) / 300 }),
    );
    const { immediateIfUrgent } = chooseThresholds([...urgentOnes, ...Array.from({ length: 50 }, () => score({}))]);
    expect(immediateIfUrgent).toBeDefined();
    const raised = urgentOnes.filter((s) => s.immediateIfUrgent >= (immediateIfUrgent ?? 1)).length;
    expect(raised / urgentOnes.length).toBeLessThanOrEqual(BUDGETS.immediateIfUrgent);
    expect(raised).toBeGreaterThan(0);
  });

  it('count a `none` message the second immediate model would raise against its budget, not only urgent ones (s11-L)', () => {
    const urgentOnes = Array.from({ length: 200 }, () =>
      score({ expected: 'urgent', byPhrases: 'urgent', concern: 0.9, urgent: 0.9, immediateIfUrgent: 0.01 }),
    );
    // Ten `none` messages the phrases and the heads read urgent, the second model at 0.5: 5 % of the urgent count.
    const noneReadUrgent = Array.from({ length: 10 }, () =>
      score({ byPhrases: 'urgent', concern: 0.9, urgent: 0.9, immediateIfUrgent: 0.5 }),
    );
    const plain = Array.from({ length: 100 }, () => score({}));
    expect(chooseThresholds([...urgentOnes, ...noneReadUrgent, ...plain]).immediateIfUrgent).toBeGreaterThan(0.5);
    // The same messages with heads that do not read urgent are never raised by it, so they cost nothing.
    const headsSayNo = noneReadUrgent.map((s) => ({ ...s, concern: 0.01, urgent: 0.01 }));
    expect(chooseThresholds([...urgentOnes, ...headsSayNo, ...plain]).immediateIfUrgent).toBeLessThan(0.5);
  });
});
