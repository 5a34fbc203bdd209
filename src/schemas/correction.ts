import { z } from 'astro/zod';
import { calendarDaySchema } from './dates.ts';

export const CORRECTION_TEXT_MIN = 10;
export const CORRECTION_TEXT_MAX = 500;

/** One correction to a briefing: the day it was made and what was wrong and is now right. */
export const correctionSchema = z.strictObject({
  date: calendarDaySchema,
  text: z
    .string({ error: 'is required: what was wrong and what the briefing now says' })
    .trim()
    .min(CORRECTION_TEXT_MIN, { error: `must be at least ${CORRECTION_TEXT_MIN} characters` })
    .max(CORRECTION_TEXT_MAX, { error: `must be at most ${CORRECTION_TEXT_MAX} characters` }),
});

/** `corrections:` in a briefing's frontmatter: a list of corrections, oldest first. */
export const correctionsSchema = z
  .array(correctionSchema, { error: 'must be a list of corrections, each with `date` and `text`' })
  .min(1, { error: 'must list at least one correction, or be left out' });

export type Correction = z.output<typeof correctionSchema>;

/**
 * A correction cannot come before the briefing it corrects: reports each correction dated
 * before `published`, at its own `date`. Used by briefingSchema's cross-field refinement.
 */
export function checkCorrectionDates(
  briefing: { published: Date; corrections?: readonly Correction[] | undefined },
  ctx: z.RefinementCtx,
): void {
  briefing.corrections?.forEach((correction, index) => {
    if (correction.date < briefing.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: 'must not be before `published`',
        input: correction.date,
        params: { rule: 'correction-before-published' },
      });
    }
  });
}
