/**
 * Loads the frames table (locales/risk-frames.json) and the learned reader
 * (src/risk/model/risk-reader.json) once, synchronously, at first use — like the lexicons, the only file
 * access in src/risk. Nothing is downloaded: both files ship with the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { type CompiledFrames, compileFrames, parseFrames } from './frames';
import { LearnedReader, type ModelFile, modelFileSchema } from './learnedReader';
import { mutationCollisions } from './welshCollisions';

export function framesPath(): string {
  return join(projectRoot(), 'locales', 'risk-frames.json');
}

export function modelPath(): string {
  return join(projectRoot(), 'src', 'risk', 'model', 'risk-reader.json');
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

let frames: CompiledFrames | undefined;
let reader: LearnedReader | undefined;

export function defaultFrames(): CompiledFrames {
  if (!frames)
    frames = compileFrames(
      parseFrames(readJson(framesPath(), 'risk frames table'), framesPath()),
      mutationCollisions(),
    );
  return frames;
}

export function parseModelFile(value: unknown, source: string): ModelFile {
  const result = modelFileSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    `${source} is not a valid risk reader model:\n  ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n  ')}`,
  );
}

export function defaultLearnedReader(): LearnedReader {
  if (!reader)
    reader = new LearnedReader(
      parseModelFile(readJson(modelPath(), 'risk reader model'), modelPath()),
      defaultFrames(),
    );
  return reader;
}
