import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import {
  DATA_FILE_SCHEMAS,
  jsonSchemaPath,
  jsonSchemaText,
  yamlSchemasSetting,
  type DataFileKind,
} from '../../src/schemas/json-schemas.ts';

const KINDS = Object.keys(DATA_FILE_SCHEMAS) as DataFileKind[];

describe('JSON Schemas for the data files', () => {
  it.each(KINDS)(
    'json-schemas/%s.schema.json is what `npm run schemas` writes now (run it after changing a schema)',
    (kind) => {
      expect(readFileSync(jsonSchemaPath(kind), 'utf8')).toBe(jsonSchemaText(kind));
    },
  );

  it('.vscode/settings.json points the YAML extension at each schema for its folder', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'));
    expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting());
    expect(settings['yaml.schemas']['./json-schemas/topic.schema.json']).toEqual([
      'content/topics/*.yaml',
      'content/topics/*.yml',
    ]);
  });

  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  const validators = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(JSON.parse(jsonSchemaText(kind)))]));

  it.each([
    ['topic', 'content/topics'],
    ['source', 'content/sources'],
    ['person', 'content/people'],
  ] as const)('the %s schema accepts every file in %s', (kind, folder) => {
    for (const name of readdirSync(folder)) {
      const data = parseYaml(readFileSync(join(folder, name), 'utf8'));
      expect(validators[kind]!(data), `${folder}/${name}: ${ajv.errorsText(validators[kind]!.errors)}`).toBe(true);
    }
  });

  it.each([
    [
      'topic',
      { name: 'Trade', description: 'Trade between the two countries.', order: 1.5 },
      '/order',
      'must be integer',
    ],
    [
      'topic',
      { name: 'Trade', description: 'Trade between the two countries.', order: 5, color: 'red' },
      '',
      'must NOT have additional properties',
    ],
    [
      'source',
      { outlet: 'AFP', kind: 'wire', description: 'A wire report on the trip.' },
      '/kind',
      'must be equal to one of the allowed values',
    ],
    [
      'source',
      { outlet: 'AFP', kind: 'wire report', description: 'A wire report on the trip.', published: '21/05/2025' },
      '/published',
      'must match format "date"',
    ],
    ['person', { name: 'Marco Rubio' }, '', "must have required property 'role'"],
  ] as const)('the %s schema refuses a mistake the zod schema refuses', (kind, data, path, message) => {
    expect(validators[kind]!(data)).toBe(false);
    expect(validators[kind]!.errors).toContainEqual(expect.objectContaining({ instancePath: path, message }));
    expect(DATA_FILE_SCHEMAS[kind].schema.safeParse(data).success).toBe(false);
  });
});
