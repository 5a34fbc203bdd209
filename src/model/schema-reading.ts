import { z } from 'astro/zod';

/**
 * Reading a zod schema through its public API (`shape`, `element`, `options`, `unwrap()`, a
 * pipe's `in`, `meta()`), never its private `_zod.def`: the fields a schema allows at a path,
 * and the values written in reference fields.
 */

/** What a wrapper (optional, default, nullable, readonly, catch, a pipe) holds. */
function unwrapped(schema: z.ZodType): z.ZodType | undefined {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  )
    return schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

/** The object schemas a schema can be, looking through wrappers and unions. */
function objectsIn(schema: z.ZodType): z.ZodObject[] {
  if (schema instanceof z.ZodObject) return [schema];
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(objectsIn);
  const inner = unwrapped(schema);
  return inner ? objectsIn(inner) : [];
}

function childAt(schema: z.ZodType, segment: PropertyKey): z.ZodType | undefined {
  if (schema instanceof z.ZodArray && typeof segment === 'number') return schema.element as z.ZodType;
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.ZodType>)[String(segment)];
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodType[]) {
      const child = childAt(option, segment);
      if (child) return child;
    }
    return undefined;
  }
  const inner = unwrapped(schema);
  return inner ? childAt(inner, segment) : undefined;
}

/** The field names a schema allows at `path` (such as ["quotes", 0]), for "did you mean" hints. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current && childAt(current, segment);
    if (!current) return [];
  }
  return [...new Set(objectsIn(current).flatMap((object) => Object.keys(object.shape)))];
}

/** A value written in a field the schema marks as a reference (`.meta({ references })`). */
export interface ReferenceValue {
  /** The collection's noun the field refers to, such as "topic". */
  noun: string;
  id: string;
  path: PropertyKey[];
}

/**
 * Every string `data` holds where `schema` marks a reference to another collection, with its
 * path, whether or not it is a well-formed id: which ids exist is a question for the check
 * across files.
 */
export function referencesIn(schema: z.ZodType, data: unknown, path: PropertyKey[] = []): ReferenceValue[] {
  const noun = (schema.meta() as { references?: string } | undefined)?.references;
  if (noun) return typeof data === 'string' ? [{ noun, id: data, path }] : [];
  if (schema instanceof z.ZodObject) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      key in data ? referencesIn(child, (data as Record<string, unknown>)[key], [...path, key]) : [],
    );
  }
  if (schema instanceof z.ZodArray)
    return Array.isArray(data)
      ? data.flatMap((item, i) => referencesIn(schema.element as z.ZodType, item, [...path, i]))
      : [];
  if (schema instanceof z.ZodUnion) {
    const found = new Map<string, ReferenceValue>();
    for (const option of schema.options as z.ZodType[])
      for (const ref of referencesIn(option, data, path)) found.set(ref.path.map(String).join('\u0000'), ref);
    return [...found.values()];
  }
  const inner = unwrapped(schema);
  return inner ? referencesIn(inner, data, path) : [];
}

/** The nouns of the collections a schema's reference fields name, each once, in the order found. */
export function referenceTargets(schema: z.ZodType): string[] {
  const found = new Set<string>();
  const visit = (node: z.ZodType) => {
    const noun = (node.meta() as { references?: string } | undefined)?.references;
    if (noun) {
      found.add(noun);
      return;
    }
    if (node instanceof z.ZodObject) Object.values(node.shape as Record<string, z.ZodType>).forEach(visit);
    else if (node instanceof z.ZodArray) visit(node.element as z.ZodType);
    else if (node instanceof z.ZodUnion) (node.options as z.ZodType[]).forEach(visit);
    else {
      const inner = unwrapped(node);
      if (inner) visit(inner);
    }
  };
  visit(schema);
  return [...found];
}
