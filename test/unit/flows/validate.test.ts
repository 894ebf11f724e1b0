import { join } from 'node:path';
import { loadFlowResources } from '../../../src/files/flows';
import { projectRoot as findProjectRoot } from '../../../src/projectRoot';
import { flowDefinitionSchema, type FlowNode } from '../../../src/flows/schema';
import { validateFlow, type FlowProblem } from '../../../src/flows/validate';

const problems: FlowProblem[] = [];
const resources = loadFlowResources(join(findProjectRoot(), 'locales'), problems);

const choice = (id: string, values: string[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'choice',
  id,
  prompt: 'q.role.prompt',
  label: 'q.role.label',
  choices: values.map((value) => ({ value, label: 'q.role.choices.other' })),
  record: 'context',
  next: 'done',
  ...extra,
});

function check(nodes: Array<Record<string, unknown>>, wordLists?: Record<string, string[]>): string[] {
  const definition = flowDefinitionSchema.parse({
    id: 'mini',
    version: 1,
    start: String(nodes[0].id),
    nodes: [...nodes, { kind: 'end', id: 'done', message: 'end.logged' }],
    ...(wordLists ? { wordLists } : {}),
  });
  return validateFlow(definition, resources, 'mini.flow.json').map((problem) => `${problem.path}: ${problem.message}`);
}

describe('checks that tie a flow to the code that reads its answers', () => {
  it('starts from real wording with no problem', () => expect(problems).toEqual([]));

  it('accepts only need categories from src/signposting/needs.ts for the needs field', () => {
    const needs = { ...choice('needs', ['sleep', 'dragons']), kind: 'multiChoice', field: 'needs' };
    expect(check([needs])).toEqual(['nodes[0].choices: "dragons" is not a need category (src/signposting/needs.ts)']);
  });

  it('needs exactly the consent values the next-step rules read', () => {
    expect(check([choice('consent', ['yes', 'no'], { field: 'consent' })])).toEqual([
      'nodes[0].choices: field "consent" needs exactly the values aware-consents, aware-no-consent, not-aware, may-increase-risk, unknown',
    ]);
  });

  it('gives each field to one question only, on the right kind of node', () => {
    expect(
      check([
        choice('a', ['x', 'y'], { field: 'role', next: 'b' }),
        choice('b', ['x', 'y'], { field: 'role', next: 'c' }),
        choice('c', ['x', 'y'], { field: 'age' }),
      ]),
    ).toEqual([
      'nodes[1].field: field "role" is already given by "a"',
      'nodes[2].field: field "age" needs a number node',
    ]);
  });

  it('checks that a risk rule and the kind of question agree (one value or several)', () => {
    const node = {
      ...choice('harm', [
        'none',
        'abuse',
        'sexual',
        'physical',
        'neglect',
        'domestic',
        'adult-working-with-children',
        'peers',
      ]),
      risk: 'harmDisclosure',
    };
    expect(check([node])).toEqual(['nodes[0].kind: risk rule "harmDisclosure" takes several values: use multiChoice']);
  });

  it('checks what a condition refers to: the question, its values, the word list', () => {
    const text: FlowNode = {
      kind: 'text',
      id: 'words',
      prompt: 'q.noticed.prompt',
      label: 'q.noticed.label',
      record: 'observation',
      next: 'pick',
    };
    const pick = choice('pick', ['x', 'y'], {
      next: [
        { when: { answer: 'nowhere', equals: 'x' }, goto: 'done' },
        { when: { answer: 'words', mentionsAny: 'missingList' }, goto: 'done' },
        {
          when: {
            any: [
              { answer: 'pick', includesAny: ['z'] },
              { answer: 'pick', mentionsAny: 'known' },
            ],
          },
          goto: 'done',
        },
        { goto: 'done' },
      ],
    });
    expect(check([text, pick], { known: ['adhd'] })).toEqual([
      'nodes[1].next[0].when.answer: "nowhere" is not a question in this flow',
      'nodes[1].next[1].when.mentionsAny: word list "missingList" is not in this flow\'s wordLists',
      'nodes[1].next[2].when.any[0]: "z" is not a value of question "pick" (values: x, y)',
      'nodes[1].next[2].when.any[1].answer: mentionsAny needs a free-text question, but "pick" is choice',
    ]);
  });

  it('rejects duplicate ids and values, a start that does not exist, and min above max', () => {
    const definition = flowDefinitionSchema.parse({
      id: 'mini',
      version: 1,
      start: 'nowhere',
      nodes: [
        choice('a', ['x', 'x']),
        choice('a', ['x', 'y']),
        {
          kind: 'number',
          id: 'n',
          prompt: 'q.age.prompt',
          label: 'q.age.label',
          min: 9,
          max: 1,
          record: 'child',
          next: 'done',
        },
        { kind: 'end', id: 'done', message: 'end.logged' },
      ],
    });
    expect(validateFlow(definition, resources, 'mini.flow.json').map((problem) => problem.message)).toEqual([
      'node id "a" is used more than once',
      'start node "nowhere" does not exist',
      'choice value "x" is used twice in "a"',
      'min 9 is greater than max 1',
    ]);
  });
});
