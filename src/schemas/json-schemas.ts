import { z } from 'astro/zod';
import { COLLECTIONS } from '../model/collections.ts';
import { calendarDaySchema } from './dates.ts';
import { personSchema } from './person.ts';
import { sourceSchema } from './source.ts';
import { topicSchema } from './topic.ts';

/** The data files editors type by hand, each with the schema Astro and the checker hold it to. */
export const DATA_FILE_SCHEMAS = {
  topic: { schema: topicSchema, folder: 'topics', title: 'A topic: content/topics/<id>.yaml' },
  source: { schema: sourceSchema, folder: 'sources', title: 'A source: content/sources/<id>.yaml' },
  person: { schema: personSchema, folder: 'people', title: 'A person: content/people/<id>.yaml' },
} as const;

export type DataFileKind = keyof typeof DATA_FILE_SCHEMAS;

/** Where the generated schemas are committed, and what .vscode/settings.json points the YAML extension at. */
export const JSON_SCHEMA_DIR = 'json-schemas';
export const jsonSchemaPath = (kind: DataFileKind) => `${JSON_SCHEMA_DIR}/${kind}.schema.json`;

/** The YAML extension's `yaml.schemas` setting: each schema, for the files of its folder. */
export function yamlSchemasSetting(): Record<string, string[]> {
  return Object.fromEntries(
    (Object.keys(DATA_FILE_SCHEMAS) as DataFileKind[]).map((kind) => {
      const { folder } = DATA_FILE_SCHEMAS[kind];
      return [`./${jsonSchemaPath(kind)}`, COLLECTIONS[folder].extensions.map((ext) => `content/${folder}/*${ext}`)];
    }),
  );
}

/**
 * The JSON Schema (draft-07, which the YAML language server reads) of one data file, from its
 * zod schema with `z.toJSONSchema`: what a file may contain as written, so a calendar day is
 * the text `YYYY-MM-DD` (zod's Date branch exists only for Astro's YAML parser).
 */
export function dataFileJsonSchema(kind: DataFileKind): Record<string, unknown> {
  const { schema, title } = DATA_FILE_SCHEMAS[kind];
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    override({ zodSchema, jsonSchema }) {
      if (zodSchema !== calendarDaySchema) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    },
    unrepresentable: ({ zodSchema }) => (zodSchema instanceof z.ZodDate ? { type: 'string' } : 'throw'),
  });
  return { ...json, title };
}

/** A generated file's text, as `npm run schemas` writes it and the staleness test compares it. */
export const jsonSchemaText = (kind: DataFileKind) => `${JSON.stringify(dataFileJsonSchema(kind), null, 2)}\n`;
