/**
 * Signed feature hashing (s18-L): each hashed feature's weight is read with the sign its hash's top bit gives, so
 * features that share a bucket cancel on average instead of lending each other their weight. Only a model file that
 * says `signedHashes` is read that way; the trainer writes it and trains the same way.
 */
import { join } from 'node:path';
import { RISK_INDICATORS } from '../../../../src/risk';
import { defaultCompiledLexicons } from '../../../../src/risk/lexiconFile';
import { defaultFrames, shippedModelFile } from '../../../../src/risk/learnedReaderFile';
import { decodeHead, encodeHead, LearnedReader, type ModelFile, scoreHead } from '../../../../src/risk/learnedReader';
import {
  extractFeatures,
  type FeatureVector,
  featureSign,
  SENTENCE_NAMES_RISK_FRAME,
  signBitsOf,
} from '../../../../src/risk/features';
import { tokensFor } from '../../../../src/risk/matcher';
import { loadLabelledFile } from '../../../../src/riskTraining/labelledData';
import { DEFAULT_TRAINING, trainHeads } from '../../../../src/riskTraining/train';

const compiled = defaultCompiledLexicons();
const tokensOf = (text: string) => tokensFor(compiled, text);
const shipped = shippedModelFile();
const sample = loadLabelledFile(join(__dirname, 'trainingSample', 'train-1-in-200.jsonl'));

function decoded(file: ModelFile, name: string) {
  const head = file.heads.find((h) => h.name === name);
  if (!head) throw new Error(name);
  return decodeHead(head);
}

/** Two features: one hash, and the same bucket with the top bit set (its other sign). */
function features(hashes: readonly number[]): FeatureVector {
  return {
    hashes: Int32Array.from(hashes),
    length: hashes.length,
    scale: 1 / Math.sqrt(hashes.length),
    namesImmediacy: false,
    namesNowCue: false,
    namesRiskFrame: true,
    wordsApart: 0,
    words: [],
    // One sentence holding every feature.
    sentences: 1,
    sentenceStarts: {
      hashAt: Int32Array.from([0, hashes.length]),
      wordAt: Int32Array.from([0, 0]),
      countAt: Int32Array.from([0, hashes.length]),
      names: Uint8Array.from([SENTENCE_NAMES_RISK_FRAME, 0]),
    },
  };
}

describe('signed feature hashing', () => {
  it('reads a hash with its top bit set as minus its weight, and every hash as plus in an unsigned model', () => {
    expect(featureSign(0x1234, signBitsOf(true))).toBe(1);
    expect(featureSign(0x1234 | 0x80000000, signBitsOf(true))).toBe(-1);
    expect(featureSign(0x1234 | 0x80000000, signBitsOf(false))).toBe(1);
    expect(featureSign(0x1234 | 0x80000000, signBitsOf(undefined))).toBe(1);
  });

  it('lets two features sharing an alarm bucket cancel when signed, where unsigned they add up', () => {
    // Bucket 7 carries an alarm weight; an everyday feature lands in it with the other sign.
    const weights = new Float64Array(256);
    weights[7] = 4;
    const head = encodeHead('urgent', 8, -2, weights);
    const read = { ...head, mask: 255, weights: new Int8Array(Buffer.from(head.weights, 'base64')) };
    const alarm = 7;
    const sharing = 7 | 0x80000000;
    // The alarm alone reads the same either way (its twin).
    expect(scoreHead(read, features([alarm]), signBitsOf(true))).toBeCloseTo(
      scoreHead(read, features([alarm]), signBitsOf(false)),
      12,
    );
    expect(scoreHead(read, features([alarm]), signBitsOf(true))).toBeGreaterThan(0.8);
    // With the sharer: unsigned, the bucket's weight counts twice; signed, it cancels to the bias.
    expect(scoreHead(read, features([alarm, sharing]), signBitsOf(false))).toBeGreaterThan(0.95);
    expect(scoreHead(read, features([alarm, sharing]), signBitsOf(true))).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
  });

  it("reads a file that says signedHashes with each feature's sign, from the per-word sums as feature by feature", () => {
    // The whole message's reading: windows (s20-L) may read higher, and are tested in learnedRound20.
    const { windows: _windows, ...whole } = shipped;
    const signedFile: ModelFile = { ...whole, signedHashes: true };
    const unsignedFile: ModelFile = { ...whole, signedHashes: false };
    const signedReader = new LearnedReader(signedFile, defaultFrames());
    const unsignedReader = new LearnedReader(unsignedFile, defaultFrames());
    let differing = 0;
    for (const { text } of sample) {
      const tokens = tokensOf(text);
      const signed = signedReader.read(tokens);
      const all = extractFeatures(tokens, defaultFrames());
      expect(signed.concern).toBe(scoreHead(decoded(signedFile, 'concern'), all, -1));
      expect(signed.urgent).toBe(scoreHead(decoded(signedFile, 'urgent'), all, -1));
      const unsigned = unsignedReader.read(tokens);
      expect(unsigned.urgent).toBe(
        scoreHead(decoded(unsignedFile, 'urgent'), extractFeatures(tokens, defaultFrames()), 0),
      );
      if (unsigned.urgent !== signed.urgent) differing += 1;
    }
    expect(differing).toBeGreaterThan(sample.length / 2);
  });

  it('keeps an everyday sentence below urgent and its risk twin urgent with a signed model trained on them', () => {
    const everyday = 'We made secret birthday cards for mum in class today';
    const risk = 'He said his stepdad hits him with a belt and he is scared to go home';
    const examples = [
      ...Array.from({ length: 4 }, () => ({ tokens: tokensOf(everyday), level: 'none' as const, indicators: [] })),
      ...Array.from({ length: 4 }, () => ({ tokens: tokensOf(risk), level: 'urgent' as const, indicators: undefined })),
      ...sample.map((m) => ({ tokens: tokensOf(m.text), level: m.level, indicators: m.indicators })),
    ];
    const heads = trainHeads(examples, defaultFrames(), { ...DEFAULT_TRAINING, epochs: 5, levelBits: 12 });
    expect(heads.map((h) => h.name)).toEqual(expect.arrayContaining([...RISK_INDICATORS]));
    const reader = new LearnedReader(
      {
        ...shipped,
        signedHashes: true,
        heads,
        thresholds: { concern: 0.5, urgent: 0.5, immediate: 0.9, ask: 0.5, indicator: 0.5 },
      },
      defaultFrames(),
    );
    expect(reader.levelOf(reader.read(tokensOf(everyday)))).not.toMatch(/urgent|immediate/);
    expect(reader.levelOf(reader.read(tokensOf(risk)))).toMatch(/urgent|immediate/);
  });
});
