import { z } from 'astro/zod';
import { textError } from './messages.ts';
import { idSchema } from './ids.ts';
import { translatedText } from './edition.ts';

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
  /** The Spanish edition's name, description and path word (`/es/temas/<slug>/`). */
  es: z
    .strictObject(
      {
        name: translatedText('the topic name in Spanish, such as "Tráfico de armas"', 1, 40),
        description: translatedText('one or two sentences in Spanish on what the topic covers', 20, 300),
        slug: idSchema,
      },
      { error: 'must be the Spanish block with name, description and slug, each on its own line' },
    )
    .optional(),
});

export type Topic = z.infer<typeof topicSchema>;

/** Topics every build must hold: the site's four beats. */
export const REQUIRED_TOPIC_IDS = ['cartels', 'weapons-flow', 'migration', 'extradition'] as const;
