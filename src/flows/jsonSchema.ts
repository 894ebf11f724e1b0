/**
 * The JSON Schema editors use to check dialogs/*.flow.json as it is typed, generated from the zod
 * schema so the two can never drift. src/cli/json-schemas.ts writes it to dialogs/flow.schema.json.
 */
import { z } from 'zod';
import { flowDefinitionSchema } from './schema';

/** draft-07: the dialect editors (VS Code among them) check best. */
export function renderFlowJsonSchema(): string {
  const schema = z.toJSONSchema(flowDefinitionSchema, { target: 'draft-7', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
