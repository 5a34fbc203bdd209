/**
 * npm run schemas: writes json-schemas/{topic,source,person}.schema.json from the zod schemas,
 * for the YAML language server (.vscode/settings.json). Run after changing a schema in
 * src/schemas/; a unit test fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  DATA_FILE_SCHEMAS,
  JSON_SCHEMA_DIR,
  jsonSchemaPath,
  jsonSchemaText,
  type DataFileKind,
} from '../src/schemas/json-schemas.ts';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
for (const kind of Object.keys(DATA_FILE_SCHEMAS) as DataFileKind[]) {
  writeFileSync(jsonSchemaPath(kind), jsonSchemaText(kind));
  console.log(jsonSchemaPath(kind));
}
