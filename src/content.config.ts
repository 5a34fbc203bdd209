import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema, personSchema, sourceSchema, topicSchema } from './schemas/index.ts';
import { contentDir } from './content-dir.ts';

const dir = contentDir();
/** The id is the file name as written, so that what the checker validates is what is served. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

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
