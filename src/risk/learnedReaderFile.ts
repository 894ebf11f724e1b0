/**
 * The frames table (locales/risk-frames.json) and the learned reader (src/risk/model/risk-reader.json)
 * that ship with the code, imported as modules like the lexicons: no file access in src/risk, and
 * nothing downloaded. Validated and compiled once, at first use.
 */
import framesJson from '../../locales/risk-frames.json';
import { type CompiledFrames, compileFrames, parseFrames } from './frames';
import { LearnedReader, type ModelFile, modelFileSchema } from './learnedReader';
import modelJson from './model/risk-reader.json';
import { mutationCollisions } from './welshCollisions';

export const FRAMES_SOURCE = 'locales/risk-frames.json';
/** Where `npm run risk:train` writes the model, relative to the project's root. */
export const MODEL_SOURCE = 'src/risk/model/risk-reader.json';

let frames: CompiledFrames | undefined;
let reader: LearnedReader | undefined;

export function defaultFrames(): CompiledFrames {
  if (!frames) frames = compileFrames(parseFrames(framesJson, FRAMES_SOURCE), mutationCollisions());
  return frames;
}

export function parseModelFile(value: unknown, source: string): ModelFile {
  const result = modelFileSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    `${source} is not a valid risk reader model:\n  ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n  ')}`,
  );
}

/** The shipped model file, validated. */
export function shippedModelFile(): ModelFile {
  return parseModelFile(modelJson, MODEL_SOURCE);
}

export function defaultLearnedReader(): LearnedReader {
  if (!reader) reader = new LearnedReader(shippedModelFile(), defaultFrames());
  return reader;
}
