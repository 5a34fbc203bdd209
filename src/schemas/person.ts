import { z } from 'astro/zod';
import { textError } from './messages.ts';
import { translatedText } from './edition.ts';

/** A person who is quoted: `content/people/<id>.yaml`. The id is the file name. */
export const personSchema = z.strictObject({
  name: z
    .string({ error: textError('the full name, such as "Marco Rubio"') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(80, { error: 'must be at most 80 characters' }),
  role: z
    .string({ error: textError('the title readers need, such as "US Secretary of State"') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(120, { error: 'must be at most 120 characters' }),
  /** The role in Spanish; names are the same in both editions. */
  es: z
    .strictObject(
      { role: translatedText('the title in Spanish, such as "Secretario de Estado de Estados Unidos"', 1, 120) },
      { error: 'must be the Spanish block with `role` on its own line' },
    )
    .optional(),
});

export type Person = z.infer<typeof personSchema>;
