import { z } from 'astro/zod';
import { calendarDaySchema } from './dates.ts';
import { textError } from './messages.ts';
import { translatedText } from './edition.ts';

export const SOURCE_KINDS = [
  'wire report',
  'news report',
  'testimony',
  'statement',
  'press release',
  'interview',
  'transcript',
  'document',
] as const;

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' });

/** A source briefings are drawn from: `content/sources/<id>.yaml`. The id is the file name. */
export const sourceSchema = z.strictObject({
  outlet: z
    .string({ error: textError('the outlet or agency, such as "AFP"') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(80, { error: 'must be at most 80 characters' }),
  kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
  description: z
    .string({ error: textError('what the source is, in a sentence') })
    .trim()
    .min(10, { error: 'must be at least 10 characters' })
    .max(300, { error: 'must be at most 300 characters' }),
  url: httpUrl.optional(),
  published: calendarDaySchema.optional(),
  note: z
    .string({ error: textError('a note on the source') })
    .trim()
    .max(500, { error: 'must be at most 500 characters' })
    .optional(),
  /** What a Spanish reader sees: the kind in words, the description and the note. */
  es: z
    .strictObject(
      {
        kind: translatedText('the kind of source in Spanish, such as "nota de agencia"', 1, 40),
        description: translatedText('what the source is, in a sentence in Spanish', 10, 300),
        note: translatedText('the note in Spanish', 1, 500).optional(),
      },
      { error: 'must be the Spanish block with kind, description and note, each on its own line' },
    )
    .optional(),
});

export type Source = z.infer<typeof sourceSchema>;
