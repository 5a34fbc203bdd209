import { z } from 'astro/zod';
import { textError } from './messages.ts';

/** A topic: `content/topics/<id>.yaml`. The id is the file name. */
export const topicSchema = z.strictObject({
  name: z
    .string({ error: textError('the topic name readers see, such as "Weapons flow"') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(40, { error: 'must be at most 40 characters' }),
  description: z
    .string({ error: textError('one or two sentences on what the topic covers') })
    .trim()
    .min(20, { error: 'must be at least 20 characters' })
    .max(300, { error: 'must be at most 300 characters' }),
  order: z
    .number({ error: 'must be a whole number giving the display order, such as 1' })
    .int({ error: 'must be a whole number giving the display order, such as 1' })
    .min(0, { error: 'must be 0 or more' }),
});

export type Topic = z.infer<typeof topicSchema>;

/** Topics every build must hold: the site's four beats. */
export const REQUIRED_TOPIC_IDS = ['cartels', 'weapons-flow', 'migration', 'extradition'] as const;
