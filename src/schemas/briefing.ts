import { z } from 'astro/zod';
import { calendarDaySchema } from './dates.ts';
import { anyReference, type ReferenceSchemas } from './ids.ts';
import { aliasesSchema } from './aliases.ts';
import { checkCorrectionDates, correctionsSchema } from './correction.ts';
import { languageTagSchema } from './language.ts';
import { timelineSchema } from './timeline.ts';
import { textError } from './messages.ts';

export const BRIEFING_KINDS = ['news', 'explainer', 'analysis', 'context'] as const;
export type BriefingKind = (typeof BRIEFING_KINDS)[number];

export const TITLE_MAX = 120;
export const DEK_MIN = 30;
export const DEK_MAX = 220;
/** A quote block holds a sentence or two, not a transcript: quote the words that matter. */
export const QUOTE_TEXT_MAX = 500;

function uniqueList<T extends z.ZodType<string>>(item: T, noun: string) {
  return z
    .array(item, {
      error: `must be a list of ${noun} ids, such as [${noun === 'topic' ? 'migration' : 'afp-rubio-mexico-trip'}]`,
    })
    .min(1, { error: `must name at least one ${noun}` })
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index)
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `names the ${noun} "${id}" a second time: remove this one`,
            input: id,
            params: { rule: 'duplicate-reference' },
          });
      });
    });
}

/** A verbatim quotation, attributed to a person, where it was said, and from which source. */
export function quoteSchema(refs: ReferenceSchemas = anyReference) {
  return z.strictObject(
    {
      speaker: refs.person,
      text: z
        .string({ error: textError('the exact words, as the source has them') })
        .trim()
        .max(QUOTE_TEXT_MAX, {
          error: `must be at most ${QUOTE_TEXT_MAX} characters: quote the words that matter, and report the rest in your own words`,
        })
        .refine((text) => text.length > 0, {
          error: 'must not be empty: give the exact words, as the source has them',
          params: { rule: 'empty-quote' },
        }),
      context: z
        .string({ error: textError('where it was said, such as "testimony to the House Foreign Affairs Committee"') })
        .trim()
        .min(3, { error: 'must say where it was said' })
        .max(200, { error: 'must be at most 200 characters' }),
      source: refs.source,
      /** The language of `text` when it is not English, such as `es` for "mano dura". */
      lang: languageTagSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'must be a quote with the fields speaker, text, context and source, each on its own line'
          : undefined,
    },
  );
}

/**
 * A briefing: `content/briefings/<slug>.md`. The slug is the file name.
 * References are checked by the schemas passed in (Astro passes plain ids; the checker
 * and tests pass schemas that know every id).
 */
export function briefingSchema(refs: ReferenceSchemas = anyReference) {
  return z
    .strictObject({
      title: z
        .string({ error: textError('the headline') })
        .trim()
        .min(10, { error: 'must be at least 10 characters' })
        .max(TITLE_MAX, { error: `must be at most ${TITLE_MAX} characters` }),
      dek: z
        .string({ error: textError('a one-sentence summary under the headline') })
        .trim()
        .min(DEK_MIN, { error: `must be at least ${DEK_MIN} characters` })
        .max(DEK_MAX, { error: `must be one sentence of at most ${DEK_MAX} characters` }),
      published: calendarDaySchema,
      updated: calendarDaySchema.optional(),
      kind: z.enum(BRIEFING_KINDS, { error: `must be one of: ${BRIEFING_KINDS.join(', ')}` }),
      topics: uniqueList(refs.topic, 'topic'),
      sources: uniqueList(refs.source, 'source'),
      quotes: z.array(quoteSchema(refs), { error: 'must be a list of quotes' }).optional(),
      timeline: timelineSchema(refs).optional(),
      featured: z.boolean({ error: 'must be true or false' }).default(false),
      draft: z.boolean({ error: 'must be true or false' }).default(false),
      aliases: aliasesSchema.optional(),
      corrections: correctionsSchema.optional(),
    })
    .superRefine((briefing, ctx) => {
      if (briefing.updated && briefing.updated < briefing.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: 'must not be before `published`',
          input: briefing.updated,
          params: { rule: 'updated-before-published' },
        });
      }
      checkCorrectionDates(briefing, ctx);
    });
}

export type BriefingData = z.output<ReturnType<typeof briefingSchema>>;
export type Quote = z.output<ReturnType<typeof quoteSchema>>;
