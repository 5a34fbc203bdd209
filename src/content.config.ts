import { defineCollection } from 'astro:content';
import { glob as astroGlob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, filePattern, type CollectionName } from './model/collections.ts';
import { COLLECTION_SCHEMAS } from './model/schemas.ts';
import { contentDir } from './content-dir.ts';
import { leaveOutInvalidInDev } from './integrations/preview-loader.ts';

const dir = contentDir();
/** The id is the file name as written, so that what the checker validates is what is served. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');
/** Astro's glob loader; in `astro dev`, a file with errors is left out rather than stopping the preview. */
const glob = (options: Parameters<typeof astroGlob>[0]) => leaveOutInvalidInDev(astroGlob(options));

/** A collection as the registry declares it (src/model/): its folder in CONTENT_DIR, its files, its schema. */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({
    loader: glob({ base: `${dir}/${COLLECTIONS[name].folder}`, pattern: filePattern(name), generateId: fileName }),
    schema,
  });
}

/** One collection per schema, each typed by its own, so that Astro types `getCollection('briefings')` and the rest. */
function collectionsFor<T extends Record<CollectionName, z.ZodType>>(schemas: T) {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name, schemas[name])])) as {
    [K in CollectionName]: ReturnType<typeof collection<T[K]>>;
  };
}

/** Every collection of the registry: adding one there adds it here. */
export const collections = collectionsFor(COLLECTION_SCHEMAS);
