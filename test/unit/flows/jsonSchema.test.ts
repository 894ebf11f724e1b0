import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowJsonSchemaPath } from '../../../src/cli/json-schemas';
import { renderFlowJsonSchema } from '../../../src/flows/jsonSchema';
import { projectRoot as findProjectRoot } from '../../../src/projectRoot';

const root = findProjectRoot();
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('the JSON Schema for editors (dialogs/flow.schema.json)', () => {
  it('is exactly what the zod schema generates today (regenerate it after changing src/flows/schema.ts)', () => {
    expect(flowJsonSchemaPath()).toBe(join(root, 'dialogs', 'flow.schema.json'));
    expect(readFileSync(flowJsonSchemaPath(), 'utf8')).toBe(renderFlowJsonSchema());
  });

  const validate = new Ajv({ strict: false, allErrors: true }).compile(readJson(flowJsonSchemaPath()) as object);

  it.each(['triage', 'signposting'])('accepts the committed %s flow, as an editor would', (id) => {
    const ok = validate(readJson(join(root, 'dialogs', `${id}.flow.json`)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('flags a node of an unknown kind and prose where a key belongs', () => {
    const broken = {
      id: 'mini',
      version: 1,
      start: 'a',
      nodes: [
        { kind: 'ask', id: 'a' },
        { kind: 'end', id: 'b', message: 'Thank you!' },
      ],
    };
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/nodes/0/kind', '/nodes/1/message']));
  });
});
