import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment variable names src/config.ts declares, read from its source: the schema itself
 * is private to that module, and the deployment must follow it without it exporting internals.
 */
export function configVariableNames(): string[] {
  const source = readFileSync(join(__dirname, '..', '..', '..', 'src', 'config.ts'), 'utf8');
  const start = source.indexOf('const envSchema = z.object({');
  const end = source.indexOf('\n});', start);
  if (start < 0 || end < 0) throw new Error('Cannot find the envSchema object in src/config.ts');
  const body = source.slice(start, end);
  const names = [...body.matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*):/gm)].map((m) => m[1]);
  if (names.length === 0) throw new Error('No variables found in src/config.ts envSchema');
  return names;
}
