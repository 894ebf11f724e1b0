import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_KEYS } from '../../../src/flows/keys';
import { FlowValidationError, loadFlowResources, loadFlows } from '../../../src/files/flows';
import { projectRoot as findProjectRoot } from '../../../src/projectRoot';
import type { FlowProblem } from '../../../src/flows/validate';

const FIXTURES = join(__dirname, '..', 'flows', 'fixtures');

function problemsOf(dir: string, localesDir?: string): FlowProblem[] {
  try {
    loadFlows(join(FIXTURES, dir), localesDir ? { localesDir } : {});
  } catch (error) {
    if (error instanceof FlowValidationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loading the flows in dialogs/', () => {
  it('loads and validates the triage and signposting flows with no problem', () => {
    const flows = loadFlows();
    expect([...flows.keys()].sort()).toEqual(['signposting', 'triage']);
    expect(flows.get('triage')?.nodeById.get('immediateDanger')?.kind).toBe('choice');
  });

  it('finds the project root from src/ (jest) by walking up to package.json', () => {
    const root = findProjectRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({
      name: 'early-help-navigator',
    });
    expect(findProjectRoot(join(root, 'dist', 'src', 'flows'))).toBe(root);
  });

  it('accepts a small valid flow fixture', () => {
    expect(problemsOf('valid')).toEqual([]);
  });
});

describe('the flow validator rejects broken flow files, naming each problem and where it is', () => {
  type ExpectedProblem = { file?: string; path?: string; message: RegExp };
  const cases: Array<{ fixture: string; expected: ExpectedProblem[] }> = [
    {
      fixture: 'missing-key',
      expected: [
        {
          file: 'mini.flow.json',
          path: 'nodes[0].prompt',
          message: /"q\.nowhere\.prompt" has no wording in locales\/en-GB\/triage\.json/,
        },
        {
          file: 'mini.flow.json',
          path: 'nodes[0].prompt',
          message: /"q\.nowhere\.prompt" has no wording in locales\/cy\/triage\.json/,
        },
      ],
    },
    {
      fixture: 'unreachable',
      expected: [{ path: 'nodes[1]', message: /node "orphan" \(info\) cannot be reached from start "danger"/ }],
    },
    {
      fixture: 'unknown-rule',
      expected: [{ path: 'nodes[0].risk', message: /risk rule "immediateDangerous" is not an answer rule/ }],
    },
    { fixture: 'dangling-next', expected: [{ path: 'nodes[0].next', message: /next node "nowhere" does not exist/ }] },
    {
      fixture: 'cycle',
      expected: [
        { path: 'nodes[1]', message: /from node "loopA" no path leads to an end/ },
        { path: 'nodes[2]', message: /from node "loopB" no path leads to an end/ },
      ],
    },
    { fixture: 'silent-loop', expected: [{ message: /infoA → infoB → infoA loop without asking a question/ }] },
    {
      fixture: 'wrong-values',
      expected: [
        {
          path: 'nodes[1].choices',
          message: /risk rule "selfHarm" needs exactly the values none, past, recent, medical, unknown/,
        },
        { path: 'nodes[1].optional', message: /risk question "selfHarm" must not be optional/ },
        { path: 'nodes[1].next[0].when', message: /"sometimes" is not a value of question "selfHarm"/ },
      ],
    },
    {
      fixture: 'bad-shape',
      expected: [
        { path: 'nodes[0].kind', message: /Invalid discriminator value/ },
        { path: 'nodes[1].message', message: /an i18n key is dotted/ },
        { path: 'nodes[2].next[0]', message: /the last branch is the default: it must have no "when"/ },
      ],
    },
    { fixture: 'not-json', expected: [{ file: 'mini.flow.json', message: /cannot read as JSON/ }] },
  ];

  it.each(cases)('reports every problem in the "$fixture" fixture', ({ fixture, expected }) => {
    const problems = problemsOf(fixture);
    for (const want of expected) {
      expect(problems).toContainEqual(
        expect.objectContaining({ ...want, message: expect.stringMatching(want.message) }),
      );
    }
    expect(problems).toHaveLength(expected.length);
  });

  it('throws one error that lists every problem in every file, each with its file and path', () => {
    let thrown: unknown;
    try {
      loadFlows(join(FIXTURES, 'several'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FlowValidationError);
    const error = thrown as FlowValidationError;
    expect(error.problems.map((item) => `${item.file} ${item.path}`)).toEqual([
      'first.flow.json nodes[0].prompt',
      'first.flow.json nodes[0].prompt',
      'second.flow.json id',
      'second.flow.json nodes[0].next',
    ]);
    expect(error.message).toMatch(/^The conversation flows have 4 problems:/);
    expect(error.message).toContain(
      'second.flow.json id: the id "other-name" must match the file name (other-name.flow.json)',
    );
    expect(error.message).toContain('second.flow.json nodes[0].next: next node "nowhere" does not exist');
  });

  it('reports a folder with no flow files', () => {
    expect(problemsOf('../support')).toEqual([expect.objectContaining({ message: 'no *.flow.json files found' })]);
  });
});

describe('the flow wording in locales/', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'flow-locales-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeLocales(change: (cy: Record<string, unknown>) => void): void {
    const root = findProjectRoot();
    for (const locale of ['en-GB', 'cy']) mkdirSync(join(dir, locale));
    writeFileSync(join(dir, 'en-GB', 'triage.json'), readFileSync(join(root, 'locales', 'en-GB', 'triage.json')));
    const cy = JSON.parse(readFileSync(join(root, 'locales', 'cy', 'triage.json'), 'utf8')) as Record<string, unknown>;
    change(cy);
    writeFileSync(join(dir, 'cy', 'triage.json'), JSON.stringify(cy));
  }

  it('reports a key one language has and the other lacks, and a key the code needs', () => {
    writeLocales((cy) => {
      const card = cy.card as Record<string, unknown>;
      delete card.next;
      cy.extra = 'Ychwanegol';
    });
    const problems: FlowProblem[] = [];
    loadFlowResources(dir, problems);
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'locales/cy/triage.json', path: 'card.next', message: 'key used by src/flows has no wording' },
        { file: 'locales/cy/triage.json', path: 'card.next', message: 'key is in en-GB but not in cy' },
        { file: 'locales/en-GB/triage.json', path: 'extra', message: 'key is in cy but not in en-GB' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('fails loading the real flows when their wording is missing a key in one language', () => {
    writeLocales((cy) => {
      const q = cy.q as Record<string, Record<string, unknown>>;
      delete q.selfHarm.prompt;
    });
    expect(() => loadFlows(undefined, { localesDir: dir })).toThrow(
      /triage\.flow\.json nodes\[\d+\]\.prompt: key "q\.selfHarm\.prompt" has no wording in locales\/cy\/triage\.json/,
    );
  });

  it('has wording for every key the code uses, in every language', () => {
    const problems: FlowProblem[] = [];
    loadFlowResources(join(findProjectRoot(), 'locales'), problems);
    expect(problems).toEqual([]);
    expect(CODE_KEYS.length).toBeGreaterThan(80);
  });
});
