import { z } from 'astro/zod';
import { calendarDaySchema } from './dates.ts';
import { anyReference, type ReferenceSchemas } from './ids.ts';
import { aliasesSchema } from './aliases.ts';
import { checkCorrectionDates, correctionsSchema, type Correction } from './correction.ts';
import { languageTagSchema } from './language.ts';
import { timelineSchema } from './timeline.ts';
import { textError } from './messages.ts';
import { idSchema } from './ids.ts';

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

/** A quote of the original, said in English, and our translation of it: the page shows both. */
export const translatedQuoteSchema = z.strictObject(
  {
    quote: z
      .string({ error: textError("the original quote's `text`, character for character") })
      .trim()
      .min(1, { error: "must not be empty: copy the original quote's `text`" }),
    translation: z
      .string({ error: textError('our translation of the quote') })
      .trim()
      .min(1, { error: 'must not be empty: give our translation of the quote' }),
    context: z
      .string({ error: textError("where it was said, in the translation's language") })
      .trim()
      .min(3, { error: 'must say where it was said' })
      .max(200, { error: 'must be at most 200 characters' }),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'must be a translated quote with the fields quote, translation and context, each on its own line'
        : undefined,
  },
);

/** A timeline entry of the original, translated: the same id, its `when` (if it has one) and its event. */
export const translatedTimelineEntrySchema = z.strictObject({
  id: idSchema,
  when: z
    .string({ error: 'must be the source’s words for when, translated' })
    .trim()
    .min(3, { error: 'must be the source’s words for when, translated' })
    .max(80, { error: 'must be at most 80 characters' })
    .optional(),
  event: z
    .string({ error: 'is required: the event, translated' })
    .trim()
    .min(10, { error: 'must be at least 10 characters' })
    .max(200, { error: 'must be at most 200 characters' }),
});

/** The fields both editions write: the headline, the dek, the dates, draft, aliases, corrections. */
function ownFields() {
  return {
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
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    aliases: aliasesSchema.optional(),
    corrections: correctionsSchema.optional(),
  };
}

/** The fields only an original writes: what a translation inherits from it rather than repeats. */
function originalFields(refs: ReferenceSchemas) {
  return {
    kind: z.enum(BRIEFING_KINDS, { error: `must be one of: ${BRIEFING_KINDS.join(', ')}` }),
    topics: uniqueList(refs.topic, 'topic'),
    sources: uniqueList(refs.source, 'source'),
    quotes: z.array(quoteSchema(refs), { error: 'must be a list of quotes' }).optional(),
    timeline: timelineSchema(refs).optional(),
    featured: z.boolean({ error: 'must be true or false' }).default(false),
  };
}

/**
 * The fields only a translation writes: the original it translates (its slug), the original's
 * "last changed" day it follows, and the original's quotes and timeline in its language.
 */
function translationFields() {
  return {
    translationOf: idSchema,
    translatedFrom: calendarDaySchema,
    quotes: z.array(translatedQuoteSchema, { error: 'must be a list of translated quotes' }).optional(),
    timeline: z
      .array(translatedTimelineEntrySchema, { error: 'must be a list of translated timeline entries' })
      .optional(),
  };
}

/**
 * A briefing: `content/briefings/<slug>.md` in English, `content/briefings/<lang>/<slug>.md` for
 * a translation (the folder gives the language). The slug is the file name. A translation names
 * its original and inherits kind, topics, sources, featured and the quotes' speakers and sources
 * from it. References are checked by the schemas passed in (Astro passes plain ids; the checker
 * and tests pass schemas that know every id).
 */
export function briefingSchema(refs: ReferenceSchemas = anyReference) {
  return originalSchema(refs);
}

/** The rules between fields, the same in both editions. */
function withDateRules<S extends z.ZodType<{ published: Date; updated?: Date; corrections?: Correction[] }>>(
  schema: S,
) {
  return schema.superRefine((briefing, ctx) => {
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

function originalSchema(refs: ReferenceSchemas = anyReference) {
  return withDateRules(z.strictObject({ ...ownFields(), ...originalFields(refs) }));
}

/** A translation's frontmatter: its own words and dates; what it inherits is checked against its original. */
export function translationSchema() {
  return withDateRules(z.strictObject({ ...ownFields(), ...translationFields() }));
}

export type BriefingData = z.output<ReturnType<typeof originalSchema>>;
export type Quote = z.output<ReturnType<typeof quoteSchema>>;
export type TranslationData = z.output<ReturnType<typeof translationSchema>>;
