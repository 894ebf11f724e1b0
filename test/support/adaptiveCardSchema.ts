/**
 * Validates built cards against the official Adaptive Cards 1.5 JSON Schema (vendored in test/schemas).
 * The schema is draft-06 but names itself with the draft-04 keyword `id`: ajv 8 needs the draft-06
 * meta-schema and `$id` (moved on the loaded object; the file itself stays byte for byte).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { readFileSync } from 'node:fs';
import { ADAPTIVE_CARD_SCHEMA_PATH } from './schemas';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(ADAPTIVE_CARD_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false });
  ajv.addMetaSchema(draft06);
  compiled = ajv.compile({ ...rest, ...(typeof id === 'string' ? { $id: id } : {}) });
  return compiled;
}

/** The schema's complaints about a card, as "path message" lines; empty when the card is valid. */
export function adaptiveCardErrors(card: unknown): string[] {
  const validate = validator();
  return validate(card)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
}
