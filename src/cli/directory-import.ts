/**
 * npm run --silent directory:import -- FILE [--country england|wales|both] [--scope local|national|school]
 * Converts Open Referral UK service records (one, an array, or a paginated /services body) to our
 * directory JSON on stdout. Defaults chosen and fields left behind are reported on stderr.
 */
import { readFileSync } from 'node:fs';
import { COUNTRIES, SCOPES, type Scope, type ServiceCountry } from '../signposting/directorySchema';
import { checkImported, importOruk, type ImportOptions, type ImportResult } from '../signposting/orukImport';

export interface ImportIo {
  stdout(text: string): void;
  stderr(line: string): void;
  readFile(path: string): string;
  now: Date;
}

const USAGE = 'usage: directory:import -- FILE [--country england|wales|both] [--scope local|national|school]';

function parseArgs(args: readonly string[]): { file: string; options: Omit<ImportOptions, 'today'> } | string {
  let file: string | undefined;
  const options: { country?: ServiceCountry; scope?: Scope } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--country' || arg === '--scope') {
      const value = args[++i] ?? '';
      if (arg === '--country') {
        const country = COUNTRIES.find((c) => c === value);
        if (country === undefined) return `--country must be one of ${COUNTRIES.join(', ')}`;
        options.country = country;
      } else {
        const scope = SCOPES.find((s) => s === value);
        if (scope === undefined) return `--scope must be one of ${SCOPES.join(', ')}`;
        options.scope = scope;
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return 'give one FILE';
  }
  return file === undefined ? 'give the ORUK JSON FILE to import' : { file, options };
}

export function runDirectoryImport(args: readonly string[], io: ImportIo): number {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    io.stderr(USAGE);
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(io.readFile(parsed.file));
  } catch (error) {
    io.stderr(`${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let result: ImportResult;
  try {
    result = importOruk(input, { ...parsed.options, today: io.now });
  } catch (error) {
    io.stderr(`${parsed.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const w of result.warnings) io.stderr(`warning: ${w}`);
  for (const u of result.unmapped) io.stderr(`not mapped: ${u}`);
  const problems = checkImported(result, io.now);
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`problem in the converted directory: ${p}`);
    return 1;
  }
  if (result.directory.services.length === 0) {
    io.stderr(`${parsed.file}: no service could be imported`);
    return 1;
  }
  io.stdout(`${JSON.stringify(result.directory, null, 2)}\n`);
  io.stderr(
    `imported ${result.directory.services.length} service${result.directory.services.length === 1 ? '' : 's'}; check the warnings above before use`,
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = runDirectoryImport(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
    now: new Date(),
  });
}
