import { z } from 'astro/zod';
import { idSchema } from './ids.ts';

/**
 * `aliases`: the slugs a briefing was published under before it was renamed. Each old URL
 * (`/briefings/<alias>/`) becomes a page that sends readers on to the briefing. Whether an
 * alias collides with a slug or another alias is a cross-file question, checked by the content
 * checker (rule `alias-collision`).
 */
export const aliasesSchema = z.array(idSchema, {
  error: 'must be a list of former slugs, such as [rubio-mexico-trip]',
});
