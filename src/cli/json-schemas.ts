/**
 * Regenerates the JSON Schemas editors use to check the data files as they are typed, from the zod
 * schemas, so the two cannot drift (tests compare the committed files with a fresh generation):
 * dialogs/flow.schema.json and deployment/directory/service-directory.schema.json.
 * Run: `npm run build && node dist/src/cli/json-schemas.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFlowJsonSchema } from '../flows/jsonSchema';
import { projectRoot } from '../projectRoot';
import { serviceDirectoryJsonSchemaText } from '../signposting/directoryJsonSchema';

export function flowJsonSchemaPath(): string {
  return join(projectRoot(), 'dialogs', 'flow.schema.json');
}

export function directoryJsonSchemaPath(): string {
  return join(projectRoot(), 'deployment', 'directory', 'service-directory.schema.json');
}

if (require.main === module) {
  for (const [file, text] of [
    [flowJsonSchemaPath(), renderFlowJsonSchema()],
    [directoryJsonSchemaPath(), serviceDirectoryJsonSchemaText()],
  ] as const) {
    writeFileSync(file, text, 'utf8');
    process.stdout.write(`${file}\n`);
  }
}
