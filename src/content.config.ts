import { defineCollection } from 'astro:content';
import { glob as astroGlob } from 'astro/loaders';
import { briefingSchema, personSchema, sourceSchema, topicSchema } from './schemas/index.ts';
import { contentDir } from './content-dir.ts';
import { leaveOutInvalidInDev } from './integrations/preview-loader.ts';

const dir = contentDir();
/** The id is the file name as written, so that what the checker validates is what is served. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');
/** Astro's glob loader; in `astro dev`, a file with errors is left out rather than stopping the preview. */
const glob = (options: Parameters<typeof astroGlob>[0]) => leaveOutInvalidInDev(astroGlob(options));

export const collections = {
  briefings: defineCollection({
    loader: glob({ base: `${dir}/briefings`, pattern: '*.md', generateId: fileName }),
    schema: briefingSchema(),
  }),
  topics: defineCollection({
    loader: glob({ base: `${dir}/topics`, pattern: '*.{yaml,yml}', generateId: fileName }),
    schema: topicSchema,
  }),
  sources: defineCollection({
    loader: glob({ base: `${dir}/sources`, pattern: '*.{yaml,yml}', generateId: fileName }),
    schema: sourceSchema,
  }),
  people: defineCollection({
    loader: glob({ base: `${dir}/people`, pattern: '*.{yaml,yml}', generateId: fileName }),
    schema: personSchema,
  }),
};
