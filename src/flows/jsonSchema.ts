/**
 * The JSON Schema editors use to check dialogs/*.flow.json as it is typed, generated from the zod
 * schema so the two can never drift (a test compares the committed file with a fresh generation).
 * Regenerate: `npx tsc -p tsconfig.json && node dist/src/flows/jsonSchema.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../projectRoot';
import { flowDefinitionSchema } from './schema';

/** draft-07: the dialect editors (VS Code among them) check best. */
export function renderFlowJsonSchema(): string {
  const schema = z.toJSONSchema(flowDefinitionSchema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function flowJsonSchemaPath(): string {
  return join(projectRoot(), 'dialogs', 'flow.schema.json');
}

export function writeFlowJsonSchema(file: string = flowJsonSchemaPath()): string {
  writeFileSync(file, renderFlowJsonSchema(), 'utf8');
  return file;
}

if (require.main === module) {
  process.stdout.write(`${writeFlowJsonSchema()}\n`);
}
