import { idSchema, type ReferenceSchemas } from '../../schemas/index.ts';
import type { z } from 'astro/zod';
import { closestId } from '../../schemas/index.ts';
import { locate, type ParsedYaml } from '../yaml-positions.ts';
import { problem, type Position, type Problem } from '../problem.ts';

export type Noun = 'topic' | 'source' | 'person';

/** A reference to another entry, found where the schema expects one. */
export interface Reference {
  noun: Noun;
  id: string;
  /** The field it is written in, such as `topics[1]`. */
  field: string;
  at: Position;
}

/**
 * Reference schemas that accept any well-formed id and record each one as a marked issue,
 * so that the schema itself says which fields are references and where they are written.
 * Whether the id exists is a cross-file question, answered after every file is read.
 */
const recordingReferences: ReferenceSchemas = Object.fromEntries(
  (['topic', 'source', 'person'] as const).map((noun) => [
    noun,
    idSchema.superRefine((id, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'reference', input: id, params: { rule: '@reference', noun, id } });
    }),
  ]),
) as unknown as ReferenceSchemas;

export type SchemaFactory = (refs: ReferenceSchemas) => z.ZodType;

function label(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, seg) => (typeof seg === 'number' ? `${text}[${seg}]` : text ? `${text}.${String(seg)}` : String(seg)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined),
    data,
  );
}

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
}

/** The fields of the object a schema expects at `path` (inside lists and optional fields), if any. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const unwrap = (def: SchemaDef | undefined): SchemaDef | undefined => {
    while (def && (def.innerType || (def.type === 'pipe' && def.in))) def = (def.innerType ?? def.in)!._zod.def;
    return def;
  };
  let def = unwrap((schema as unknown as { _zod: { def: SchemaDef } })._zod.def);
  for (const segment of path) {
    const next = typeof segment === 'number' ? def?.element : def?.shape?.[String(segment)];
    def = unwrap(next?._zod.def);
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

function ruleFor(issue: z.core.$ZodIssue, missing: boolean): string {
  const custom = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
  if (custom) return custom;
  if (missing) return 'schema/required';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      return 'schema/type';
    case 'invalid_value':
      return 'schema/enum';
    case 'too_small':
    case 'too_big':
      return 'schema/length';
    case 'invalid_format':
      return 'schema/format';
    case 'unrecognized_keys':
      return 'schema/unknown-field';
    default:
      return 'schema';
  }
}

/**
 * Validates `data` with a schema from src/schemas and turns each issue into a problem at the
 * line of the key or list item it concerns.
 */
export function checkSchema(
  file: string,
  data: unknown,
  parsed: ParsedYaml,
  schema: SchemaFactory | z.ZodType,
  knownFields: readonly string[],
): { problems: Problem[]; references: Reference[] } {
  const resolved = typeof schema === 'function' ? schema(recordingReferences) : schema;
  const result = resolved.safeParse(data);
  const problems: Problem[] = [];
  const references: Reference[] = [];
  for (const issue of result.success ? [] : result.error.issues) {
    const params = issue.code === 'custom' ? (issue.params as { rule?: string; noun?: Noun; id?: string }) : undefined;
    if (params?.rule === '@reference') {
      references.push({ noun: params.noun!, id: params.id!, field: label(issue.path), at: locate(parsed, issue.path) });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const fields = fieldsAt(resolved, issue.path) ?? knownFields;
      for (const key of issue.keys) {
        const suggestion = closestId(key, fields);
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : `; the fields are: ${fields.join(', ')}`;
        problems.push(
          problem(
            file,
            locate(parsed, [...issue.path, key]),
            'error',
            'schema/unknown-field',
            `\`${label([...issue.path, key])}\` is not a field here${hint}`,
          ),
        );
      }
      continue;
    }
    const missing = valueAt(data, issue.path) === undefined;
    const field = label(issue.path);
    const text =
      missing && !issue.message.startsWith('is required') ? `is required and ${issue.message}` : issue.message;
    problems.push(
      problem(
        file,
        locate(parsed, issue.path),
        'error',
        ruleFor(issue, missing),
        field ? `\`${field}\` ${text}` : text,
      ),
    );
  }
  return { problems, references };
}
