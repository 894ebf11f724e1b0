import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { directoryJsonSchemaPath as committedSchemaFile } from '../../../src/cli/json-schemas';
import { serviceDirectoryJsonSchemaText } from '../../../src/signposting/directoryJsonSchema';
import { shippedDirectoryFile } from '../../../src/files/serviceDirectory';

describe('the generated JSON Schema of the directory format', () => {
  it('is the committed deployment/directory/service-directory.schema.json (regenerate it after changing the zod schema)', () => {
    expect(readFileSync(committedSchemaFile(), 'utf8')).toBe(serviceDirectoryJsonSchemaText());
  });

  it('accepts the shipped directory and rejects a broken one, as editors will', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true, logger: false }).compile(
      JSON.parse(serviceDirectoryJsonSchemaText()),
    );
    expect(validate(JSON.parse(readFileSync(shippedDirectoryFile(), 'utf8')))).toBe(true);
    expect(validate({ services: [{ id: 1, name: '' }] })).toBe(false);
  });
});
