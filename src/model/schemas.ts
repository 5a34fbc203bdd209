import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections.ts';

/** The schema the registry (collections.ts) names for a collection, with its own type. */
export type SchemaOf<K extends CollectionName> = Awaited<ReturnType<(typeof COLLECTIONS)[K]['schema']>>;

export type CollectionSchemas = { [K in CollectionName]: SchemaOf<K> };

/** Every collection's schema, loaded from the registry's lazy imports. */
export async function loadSchemas(): Promise<CollectionSchemas> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await COLLECTIONS[name].schema()]));
  return Object.fromEntries(loaded) as CollectionSchemas;
}

/**
 * The schemas, loaded once for the modules that validate (the checker's analysis; the content
 * config). Importing this module loads zod and every schema; the registry alone loads nothing.
 */
export const COLLECTION_SCHEMAS: CollectionSchemas = await loadSchemas();
