/**
 * Reads the flows from disk (src/flows itself does no I/O). Loads every dialogs/*.flow.json, validates it (shape with
 * zod, then the structural checks and
 * the wording in every language) and compiles it for the interpreter. Called at start-up and in
 * tests; one error lists every problem, so a broken flow never reaches a conversation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../i18n/locale';
import { compileFlow, type Flow } from '../flows/compile';
import { CODE_KEYS, TRIAGE_NAMESPACE } from '../flows/keys';
import { leafKeys, lookupKey, type FlowResources } from '../flows/resources';
import { projectRoot } from '../projectRoot';
import { flowDefinitionSchema } from '../flows/schema';
import { validateFlow, type FlowProblem } from '../flows/validate';

export class FlowValidationError extends Error {
  readonly problems: readonly FlowProblem[];
  constructor(problems: readonly FlowProblem[]) {
    const lines = problems.map((item) => `  ${item.file}${item.path ? ` ${item.path}` : ''}: ${item.message}`);
    super(
      `The conversation flows have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
    this.name = 'FlowValidationError';
    this.problems = problems;
  }
}

export interface LoadFlowsOptions {
  /** The folder with <lng>/triage.json; defaults to <project>/locales. */
  localesDir?: string;
}

function readJson(file: string, problems: FlowProblem[], label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push({
      file: label,
      path: '',
      message: `cannot read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/**
 * The triage wording in every language, with problems for missing files, missing code keys and keys one language lacks.
 */
export function loadFlowResources(localesDir: string, problems: FlowProblem[]): FlowResources {
  const loaded = {} as Record<SupportedLocale, unknown>;
  for (const locale of SUPPORTED_LOCALES) {
    const label = `locales/${locale}/${TRIAGE_NAMESPACE}.json`;
    const file = join(localesDir, locale, `${TRIAGE_NAMESPACE}.json`);
    loaded[locale] = existsSync(file) ? readJson(file, problems, label) : undefined;
    if (!existsSync(file)) problems.push({ file: label, path: '', message: 'the file is missing' });
    for (const key of CODE_KEYS) {
      if (loaded[locale] !== undefined && lookupKey(loaded[locale], key) === undefined)
        problems.push({ file: label, path: key, message: 'key used by src/flows has no wording' });
    }
  }
  // Both languages must have exactly the same keys.
  for (const locale of SUPPORTED_LOCALES) {
    const own = new Set(leafKeys(loaded[locale]));
    for (const other of SUPPORTED_LOCALES) {
      if (other === locale || loaded[other] === undefined || loaded[locale] === undefined) continue;
      for (const key of leafKeys(loaded[other])) {
        if (!own.has(key))
          problems.push({
            file: `locales/${locale}/${TRIAGE_NAMESPACE}.json`,
            path: key,
            message: `key is in ${other} but not in ${locale}`,
          });
      }
    }
  }
  return loaded;
}

function zodProblems(
  file: string,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): FlowProblem[] {
  return issues.map((issue) => ({
    file,
    path: issue.path
      .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
      .join(''),
    message: issue.message,
  }));
}

/**
 * Reads, validates and compiles every *.flow.json in `dir` (default <project>/dialogs); throws FlowValidationError
 * listing every problem.
 */
export function loadFlows(dir?: string, options: LoadFlowsOptions = {}): ReadonlyMap<string, Flow> {
  const root = projectRoot();
  const dialogsDir = dir ?? join(root, 'dialogs');
  const problems: FlowProblem[] = [];
  const resources = loadFlowResources(options.localesDir ?? join(root, 'locales'), problems);
  const files = existsSync(dialogsDir)
    ? readdirSync(dialogsDir)
        .filter((name) => name.endsWith('.flow.json'))
        .sort()
    : [];
  if (files.length === 0)
    problems.push({ file: relative(root, dialogsDir) || dialogsDir, path: '', message: 'no *.flow.json files found' });
  const flows = new Map<string, Flow>();
  for (const name of files) {
    const raw = readJson(join(dialogsDir, name), problems, name);
    if (raw === undefined) continue;
    const parsed = flowDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(name, parsed.error.issues));
      continue;
    }
    const definition = parsed.data;
    if (basename(name, '.flow.json') !== definition.id)
      problems.push({
        file: name,
        path: 'id',
        message: `the id "${definition.id}" must match the file name (${definition.id}.flow.json)`,
      });
    if (flows.has(definition.id))
      problems.push({ file: name, path: 'id', message: `another file already defines flow "${definition.id}"` });
    const found = validateFlow(definition, resources, name);
    problems.push(...found);
    if (found.length === 0) flows.set(definition.id, compileFlow(definition, resources));
  }
  if (problems.length > 0) throw new FlowValidationError(problems);
  return flows;
}
