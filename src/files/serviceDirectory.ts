/** Reads and validates the service directory at start-up (SERVICE_DIRECTORY, else the shipped example). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkServiceDirectoryText } from '../signposting/checkServiceDirectory';
import type { ServiceDirectory } from '../signposting/directorySchema';
import { projectRoot } from '../projectRoot';

export class ServiceDirectoryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `The service directory ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ServiceDirectoryError';
  }
}

export function shippedDirectoryFile(): string {
  return join(projectRoot(), 'deployment', 'directory', 'service-directory.json');
}

/** Throws ServiceDirectoryError listing every problem with its path. Warnings (stale reviews) do not stop start-up. */
export function loadServiceDirectory(file?: string, now: Date = new Date()): ServiceDirectory {
  const path = file ?? shippedDirectoryFile();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ServiceDirectoryError(path, [
      `(file): cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const report = checkServiceDirectoryText(text, now);
  if (report.directory === undefined) throw new ServiceDirectoryError(path, report.problems);
  return report.directory;
}
