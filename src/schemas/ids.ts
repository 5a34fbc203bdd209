import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type Noun } from '../model/collections.ts';

/** Ids and slugs: lowercase letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string({ error: 'must be an id such as "weapons-flow"' }).regex(ID_PATTERN, {
  error: 'must be lowercase letters and digits joined by single hyphens, such as "weapons-flow"',
});

/**
 * What a reference to an entry of each collection must be, by the noun the registry gives it
 * (src/model/collections.ts): by default any well-formed id.
 */
export type ReferenceSchemas = Record<Noun, z.ZodType<string>>;

/**
 * A field that names an entry of another collection, marked as such in the schema itself
 * (`meta({ references })`), which is how the checker finds every reference it must resolve.
 */
export function reference<S extends z.ZodType<string>>(noun: Noun, schema: S): S {
  return schema.meta({ references: noun });
}

export const anyReference: ReferenceSchemas = Object.fromEntries(
  COLLECTION_NAMES.map((name): [Noun, z.ZodType<string>] => [
    COLLECTIONS[name].noun,
    reference(COLLECTIONS[name].noun, idSchema),
  ]),
) as ReferenceSchemas;

/** "did you mean" text for an unknown id: the closest known id when it is near enough. */
export function unknownReferenceMessage(noun: string, id: string, known: readonly string[]): string {
  const suggestion = closestId(id, known);
  const plural = noun === 'person' ? 'people' : `${noun}s`;
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : known.length && known.length <= 12
      ? `; known ${plural}: ${known.join(', ')}`
      : known.length
        ? `; use the id of one of the ${known.length} ${plural} (its file name without the extension)`
        : '';
  return `names an unknown ${noun} "${id}"${hint}`;
}

export function closestId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** The ids of the entries of some collections, by collection name. */
export type KnownIds = Partial<Record<CollectionName, readonly string[]>>;

/**
 * Reference schemas that know every id of the collections given, so that an unknown one is
 * rejected with a suggestion; references to the other collections accept any well-formed id.
 */
export function knownReferences(known: KnownIds): ReferenceSchemas {
  const ref = (noun: Noun, ids: readonly string[]) => {
    const set = new Set(ids);
    const checked = idSchema.superRefine((id, ctx) => {
      if (!set.has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: unknownReferenceMessage(noun, id, ids),
          input: id,
          params: { rule: `unknown-${noun}` },
        });
      }
    });
    return reference(noun, checked);
  };
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const { noun } = COLLECTIONS[name];
      const ids = known[name];
      return [noun, ids ? ref(noun, ids) : anyReference[noun]];
    }),
  ) as ReferenceSchemas;
}
