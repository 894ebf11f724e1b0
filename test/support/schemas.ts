/** The official schemas the tests validate against, vendored in test/schemas (see its README). */
import { join } from 'node:path';

const SCHEMAS = join(__dirname, '..', 'schemas');

export const ADAPTIVE_CARD_SCHEMA_PATH = join(SCHEMAS, 'adaptive-card-1.5.schema.json');
export const TEAMS_MANIFEST_SCHEMA_PATH = join(SCHEMAS, 'teams-manifest-1.22.schema.json');
export const ORUK_SERVICE_SCHEMA_PATH = join(SCHEMAS, 'oruk-service.schema.json');
export const ORUK_SERVICE_EXAMPLE_PATH = join(SCHEMAS, 'oruk-service.example.json');
