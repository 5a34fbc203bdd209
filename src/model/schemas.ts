import type { z } from 'astro/zod';
import { anyReference, briefingSchema, personSchema, sourceSchema, topicSchema } from '../schemas/index.ts';
import type { CollectionName } from './collections.ts';

/**
 * Each collection's schema, wired to the registry (collections.ts). A schema marks its reference
 * fields itself (`reference()` in schemas/ids.ts), so adding a reference field is editing the
 * schema alone.
 */
export const COLLECTION_SCHEMAS = {
  briefings: () => briefingSchema(),
  translations: () => briefingSchema(anyReference, 'es'),
  topics: () => topicSchema,
  sources: () => sourceSchema,
  people: () => personSchema,
} as const satisfies Record<CollectionName, () => z.ZodType>;
