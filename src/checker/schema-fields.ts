import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a schema can be, looking through optional, default, pipe and union wrappers. */
function objectsIn(schema: z.ZodType): Def[] {
  const def = defOf(schema);
  if (def.type === 'object') return [def];
  if (def.type === 'union') return (def.options ?? []).flatMap(objectsIn);
  const inner = def.innerType ?? def.in;
  return inner ? objectsIn(inner) : [];
}

function childAt(schema: z.ZodType, segment: PropertyKey): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const child = childAt(option, segment);
      if (child) return child;
    }
    return undefined;
  }
  const inner = def.innerType ?? def.in;
  return inner ? childAt(inner, segment) : undefined;
}

/** The field names a schema allows at `path` (such as ["quotes", 0]), for "did you mean" hints. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current && childAt(current, segment);
    if (!current) return [];
  }
  return [...new Set(objectsIn(current).flatMap((def) => Object.keys(def.shape ?? {})))];
}
