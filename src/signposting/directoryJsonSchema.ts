/**
 * The directory format as JSON Schema, generated from the zod schema so the two cannot drift:
 * editors use it to check a directory as it is typed. src/cli/json-schemas.ts writes it to
 * deployment/directory/service-directory.schema.json.
 */
import { z } from 'zod';
import { serviceDirectorySchema } from './directorySchema';

export function serviceDirectoryJsonSchemaText(): string {
  const schema = z.toJSONSchema(serviceDirectorySchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
