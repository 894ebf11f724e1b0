/**
 * npm run --silent directory:check [file]
 * Checks a service directory (default: the shipped example). Prints every problem with its path
 * and exits 1 if there is any; warnings (stale reviews, values to verify) go to stderr, exit 0.
 */
import { readFileSync } from 'node:fs';
import { checkServiceDirectoryText } from '../signposting/checkServiceDirectory';
import { shippedDirectoryFile } from '../files/serviceDirectory';

export interface CheckIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readFile(path: string): string;
  now: Date;
  defaultFile: string;
}

export function runDirectoryCheck(args: readonly string[], io: CheckIo): number {
  if (args.length > 1 || args.some((a) => a === '--help' || a === '-h')) {
    io.stderr('usage: directory:check [file]   (default: the shipped deployment/directory/service-directory.json)');
    return args.some((a) => a === '--help' || a === '-h') ? 0 : 1;
  }
  const file = args[0] ?? io.defaultFile;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stdout(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const report = checkServiceDirectoryText(text, io.now);
  for (const warning of report.warnings) io.stderr(`warning: ${warning}`);
  for (const problem of report.problems) io.stdout(problem);
  if (report.directory === undefined) {
    io.stdout(`${file}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  io.stdout(
    `${file}: OK, ${report.directory.services.length} services${report.warnings.length > 0 ? ` (${report.warnings.length} warnings)` : ''}`,
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = runDirectoryCheck(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
    now: new Date(),
    defaultFile: shippedDirectoryFile(),
  });
}
