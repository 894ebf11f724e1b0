/**
 * `npm run risk:train`: trains the learned risk reader on test/risk-data/train, chooses its
 * thresholds on test/risk-data/dev, and writes src/risk/model/risk-reader.json. Seeded and ordered, so a
 * re-run on the same data writes the same bytes. Prints the dev figures (never a message).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCompiledLexicons } from '../risk/lexiconFile';
import { assessTextWith } from '../risk/assessText';
import { explanationFeaturesOf } from '../risk/explanationFeatures';
import { defaultFrames, MODEL_SOURCE } from '../risk/learnedReaderFile';
import { projectRoot } from '../projectRoot';
import { agreedLevel, LearnedReader, type ModelFile } from '../risk/learnedReader';
import { tokensFor } from '../risk/matcher';
import { writtenTokens } from '../risk/tokenize';
import { FIGURES_HEADER, figuresOf, figuresRow, matrixText } from '../riskTraining/figures';
import { loadSplit } from '../riskTraining/labelledData';
import {
  chooseAskWithWindows,
  chooseThresholds,
  chooseUrgentConfirm,
  chooseWindowThresholds,
  type DevScore,
} from '../riskTraining/thresholds';
import { DEFAULT_TRAINING, trainHeads, type TrainingExample } from '../riskTraining/train';

export const MODEL_VERSION = '1.3.0';

/** Windows of 1 to 3 sentences in messages of 4 or more (src/risk/README.md, s20-L). */
const WINDOWS = { fromSentences: 4, span: 3 } as const;

function main(): void {
  const compiled = defaultCompiledLexicons();
  const frames = defaultFrames();
  // The words as written: a word added for the phrases ("L (8)" → "8 yo") is not the writer's.
  const toTokens = (text: string) => [...writtenTokens(tokensFor(compiled, text))];
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const explains = DEFAULT_TRAINING.urgentConfirm?.explanations === true;
  const examples: TrainingExample[] = train.map((m) => ({
    tokens: toTokens(m.text),
    level: m.level,
    indicators: m.indicators,
    ...(explains ? { explanations: explanationFeaturesOf(compiled, m.text).map((feature) => feature.hash) } : {}),
  }));
  const heads = trainHeads(examples, frames, DEFAULT_TRAINING);
  const draft: ModelFile = {
    format: 'early-help-risk-reader',
    version: MODEL_VERSION,
    description: `Logistic regression over hashed word 1-2-grams, character 3-5-grams and frame features (locales/risk-frames.json)${DEFAULT_TRAINING.signedHashes ? ', signed hashes' : ''}. Rebuilt by \`npm run risk:train\`; only ever raises the phrase reading. See src/risk/README.md.`,
    signedHashes: DEFAULT_TRAINING.signedHashes,
    training: {
      seed: DEFAULT_TRAINING.seed,
      epochs: DEFAULT_TRAINING.epochs,
      l2: DEFAULT_TRAINING.l2,
      noneWeight: DEFAULT_TRAINING.noneWeight,
      ...(DEFAULT_TRAINING.urgentConfirm ? { urgentConfirm: DEFAULT_TRAINING.urgentConfirm } : {}),
      framesVersion: '',
      messages: { train: train.length, dev: dev.length },
    },
    thresholds: { concern: 0.5, urgent: 0.5, immediate: 0.5, ask: 0.5, indicator: 0.5 },
    // Window thresholds of 1 read no window, but the reading still reports the windows' own scores for the chooser.
    windows: { ...WINDOWS, thresholds: { concern: 1, urgent: 1 } },
    heads,
  };
  const reader = new LearnedReader(draft, frames);
  const devScores: DevScore[] = dev.map((m) => {
    const reading = reader.read(toTokens(m.text));
    // Read at once: the next reading reuses the reader's feature buffers.
    const urgentConfirm = reader.urgentConfirmScore(reading, () => explanationFeaturesOf(compiled, m.text));
    const byPhrases = assessTextWith(compiled, m.text, m.locale);
    return {
      expected: m.level,
      byPhrases: byPhrases.level,
      phrasesAsk: byPhrases.ask === true,
      concern: reading.concern,
      urgent: reading.urgent,
      immediate: reading.immediate,
      immediateIfUrgent: reading.immediateIfUrgent,
      nowCue: reading.nowCue,
      namesRiskFrame: reading.namesRiskFrame,
      ...(reading.windows ? { windows: reading.windows } : {}),
      ...(DEFAULT_TRAINING.urgentConfirm ? { urgentConfirm } : {}),
    };
  });
  const chosen = chooseThresholds(devScores);
  const windows = { ...WINDOWS, thresholds: chooseWindowThresholds(devScores, chosen) };
  const withAsk = { ...chosen, ask: chooseAskWithWindows(devScores, chosen, windows.thresholds) };
  // The second urgent head's threshold last, on the others (s25-L); a file without the head has none.
  const thresholds = DEFAULT_TRAINING.urgentConfirm
    ? { ...withAsk, urgentConfirm: chooseUrgentConfirm(devScores, withAsk, windows.thresholds) }
    : withAsk;
  const modelPath = join(projectRoot(), MODEL_SOURCE);
  const model: ModelFile = {
    ...draft,
    thresholds,
    windows,
    training: { ...draft.training, framesVersion: frames.version },
  };
  writeFileSync(modelPath, `${JSON.stringify(model, null, 1)}\n`);

  const final = new LearnedReader(model, frames);
  const report = (label: string, messages: typeof dev): string[] => {
    const scored = messages.map((m) => {
      const a = assessTextWith(compiled, m.text, m.locale, final);
      return { locale: m.locale, expected: m.level, assessed: a.level, ask: a.ask === true };
    });
    const f = figuresOf(scored);
    return [figuresRow(label, f), `\n${label}\n${matrixText(f)}\n`];
  };
  const phrasesOnly = figuresOf(
    dev.map((m) => ({
      locale: m.locale,
      expected: m.level,
      assessed: assessTextWith(compiled, m.text, m.locale).level,
      ask: false,
    })),
  );
  const modelOnly = figuresOf(
    devScores.map((s, i) => ({
      locale: dev[i].locale,
      expected: s.expected,
      assessed: agreedLevel(s, thresholds).level,
      ask: false,
    })),
  );
  const [devRow, devMatrix] = report('dev (phrases + learned)', dev);
  process.stdout.write(
    [
      `wrote ${MODEL_SOURCE} (${train.length} train, ${dev.length} dev messages)`,
      `thresholds ${JSON.stringify(thresholds)}`,
      `window thresholds ${JSON.stringify(windows.thresholds)}`,
      FIGURES_HEADER,
      figuresRow('dev (phrases only)', phrasesOnly),
      figuresRow('dev (learned only)', modelOnly),
      devRow,
      devMatrix,
    ].join('\n') + '\n',
  );
}

if (require.main === module) main();
