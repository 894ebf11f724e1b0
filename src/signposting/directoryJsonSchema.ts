/**
 * The directory format as JSON Schema, generated from the zod schema so the two cannot drift:
 * editors use it to check a directory as it is typed. A test compares the committed file with
 * this output; regenerate with `npm run build && node dist/src/signposting/directoryJsonSchema.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serviceDirectorySchema } from './directorySchema';
import { projectRoot } from '../projectRoot';

export function serviceDirectoryJsonSchemaText(): string {
  const schema = z.toJSONSchema(serviceDirectorySchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function committedSchemaFile(): string {
  return join(projectRoot(), 'deployment', 'directory', 'service-directory.schema.json');
}

if (require.main === module) {
  writeFileSync(committedSchemaFile(), serviceDirectoryJsonSchemaText());
  process.stdout.write(`${committedSchemaFile()}\n`);
}
