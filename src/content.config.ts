import { defineCollection } from 'astro:content';
import { glob as astroGlob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, filePattern, type CollectionName } from './model/collections.ts';
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

// Listed by name so that Astro can type each collection's entries; `satisfies` makes the list
// follow the registry (a collection missing here, or one the registry lacks, fails `astro check`).
export const collections = {
  briefings: collection('briefings', COLLECTION_SCHEMAS.briefings()),
  translations: collection('translations', COLLECTION_SCHEMAS.translations()),
  topics: collection('topics', COLLECTION_SCHEMAS.topics()),
  sources: collection('sources', COLLECTION_SCHEMAS.sources()),
  people: collection('people', COLLECTION_SCHEMAS.people()),
} satisfies Record<CollectionName, unknown>;
