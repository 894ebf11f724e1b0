/**
 * The layer rules: only src/channel/ speaks the Bot Framework (so a move to the Microsoft 365
 * Agents SDK and the Teams SDK is a rewrite of one folder, src/channel/README.md), and only
 * src/observability/telemetry.ts loads OpenTelemetry (so nothing of it loads when it is off), and the
 * pure folders do no I/O: the risk reading's lexicons, frames and model are imported as JSON modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports or requires, static or dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)'([^']+)'/g)].map((m) => m[1] as string);
}

const relative = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

describe('the layer rules', () => {
  const files = sourceFiles(SRC);

  it('let only src/channel/ import the Bot Framework SDK and teams-ai', () => {
    const offenders = files
      .filter((file) => !relative(file).startsWith('channel/'))
      .filter((file) => importsOf(file).some((m) => /^(botbuilder|botframework-|@microsoft\/teams-ai)/.test(m)));
    expect(offenders.map(relative)).toEqual([]);
    expect(
      files
        .filter((file) => relative(file).startsWith('channel/'))
        .some((file) => importsOf(file).includes('botbuilder')),
    ).toBe(true);
  });

  it('let only src/observability/telemetry.ts import OpenTelemetry and the Azure Monitor distro', () => {
    const offenders = files
      .filter((file) => importsOf(file).some((m) => /^(@opentelemetry\/|@azure\/monitor-opentelemetry)/.test(m)))
      .map(relative);
    expect(offenders).toEqual(['observability/telemetry.ts']);
  });

  it('load telemetry only by a dynamic import, from src/index.ts', () => {
    const importers = files
      .filter((file) => importsOf(file).some((m) => m.endsWith('observability/telemetry')))
      .map(relative);
    expect(importers).toEqual(['index.ts']);
    expect(readFileSync(path.join(SRC, 'index.ts'), 'utf8')).toMatch(/await import\('\.\/observability\/telemetry'\)/);
  });

  it('keep src/risk, src/flows and src/signposting free of file, network and process access', () => {
    const io = /^(node:)?(fs|http|https|net|child_process)(\/|$)|projectRoot$/;
    const offenders = files
      .filter((file) => /^(risk|flows|signposting)\//.test(relative(file)))
      .filter((file) => importsOf(file).some((m) => io.test(m)))
      .map(relative);
    expect(offenders).toEqual([]);
    expect(importsOf(path.join(SRC, 'risk', 'lexiconFile.ts'))).toContain('../../locales/en-GB/risk-lexicon.json');
  });
});
