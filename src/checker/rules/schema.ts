import { closestId } from '../../schemas/index.ts';
import type { z } from 'astro/zod';
import { fieldsAt, referencesIn } from '../../model/schema-reading.ts';
import { locate, type ParsedYaml } from '../yaml-positions.ts';
import { problem, type Position, type Problem } from '../problem.ts';
import { fieldLabel } from '../field-label.ts';
import type { Noun } from '../../model/collections.ts';

/** A reference to another entry, found where the schema expects one. */
export interface Reference {
  noun: Noun;
  id: string;
  /** The field it is written in, in words, such as "`topics` item 2". */
  field: string;
  at: Position;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined),
    data,
  );
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
    default:
      return 'schema/invalid';
  }
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/**
 * Validates `data` with a schema from src/schemas and turns each issue into a problem at the
 * line of the key or list item it concerns, and each reference into a `Reference`.
 */
export function checkSchema(
  file: string,
  data: unknown,
  parsed: ParsedYaml,
  zod: z.ZodType,
): { problems: Problem[]; references: Reference[] } {
  const result = zod.safeParse(data);
  const problems: Problem[] = [];
  const references: Reference[] = [];
  const issues = result.success ? [] : result.error.issues;
  // The schema marks its reference fields; which ids exist is answered after every file is read.
  const found = referencesIn(zod, data);
  for (const ref of found)
    references.push({ noun: ref.noun as Noun, id: ref.id, field: fieldLabel(ref.path), at: locate(parsed, ref.path) });
  const referencePaths = new Set(found.map((ref) => pathKey(ref.path)));

  for (const issue of issues) {
    // A malformed id in a reference field is reported once, as an unknown reference with a suggestion.
    if (issue.code === 'invalid_format' && referencePaths.has(pathKey(issue.path))) continue;
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(zod, issue.path);
      for (const key of issue.keys) {
        const suggestion = closestId(key, known);
        const hint = suggestion ? `did you mean \`${suggestion}\`?` : `the fields are: ${known.join(', ')}`;
        problems.push(
          problem(
            file,
            locate(parsed, [...issue.path, key]),
            'error',
            'schema/unknown-field',
            `${fieldLabel([...issue.path, key])} is not a field here; ${hint}`,
          ),
        );
      }
      continue;
    }
    const missing = valueAt(data, issue.path) === undefined;
    const field = fieldLabel(issue.path);
    const text =
      missing && !issue.message.startsWith('is required') ? `is required and ${issue.message}` : issue.message;
    problems.push(
      problem(file, locate(parsed, issue.path), 'error', ruleFor(issue, missing), field ? `${field} ${text}` : text),
    );
  }
  return { problems, references };
}
