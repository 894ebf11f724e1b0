import type { BenchResult } from '../types';

/**
 * Runs a benchmark module on its own (`node dist/bench/<name>.js`): its figures as JSON on stdout,
 * or the error on stderr and exit code 1. Does nothing when the module is loaded by bench/run.ts.
 */
export function runWhenMain(mod: NodeJS.Module, run: () => Promise<BenchResult[]>): void {
  if (require.main !== mod) return;
  run()
    .then((results) => process.stdout.write(`${JSON.stringify(results, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
