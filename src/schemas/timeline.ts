import { z } from 'astro/zod';
import { anyReference, idSchema, type ReferenceSchemas } from './ids.ts';

export const TIMELINE_STATUSES = ['planned', 'confirmed', 'occurred'] as const;
export type TimelineStatus = (typeof TIMELINE_STATUSES)[number];

/** How precise a calendar date is: the form it is written in says so. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date at the precision the source gives: a year, a month of a year, or a day. */
export interface TimelineDate {
  precision: DatePrecision;
  /** As written: `2025`, `2025-02` or `2025-02-14`. */
  text: string;
  /** The first instant of the period, UTC. */
  start: Date;
  /** The first instant after the period, UTC. */
  end: Date;
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const TIMELINE_DATE_MESSAGE =
  'must be a calendar date at the precision the source gives: a year (2025), a month (2025-02) or a day (2025-02-14)';

/** Parses `2025`, `2025-02` or `2025-02-14`; undefined for anything else, such as 2025-02-30. */
export function parseTimelineDate(text: string): TimelineDate | undefined {
  const match = CALENDAR.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1000) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]) - 1;
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 0 || month > 11)) return undefined;
  const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
  if (month === undefined) return { precision: 'year', text: match[0], start: utc(year), end: utc(year + 1) };
  if (day === undefined)
    return { precision: 'month', text: match[0], start: utc(year, month), end: utc(year, month + 1) };
  const start = utc(year, month, day);
  if (start.getUTCMonth() !== month || start.getUTCDate() !== day) return undefined;
  return { precision: 'day', text: match[0], start, end: utc(year, month, day + 1) };
}

/**
 * `date:` accepts text, a whole number (YAML reads `2025` as one) or a Date (Astro's YAML reads
 * an unquoted `2025-02-14` as one; it is a calendar day in UTC).
 */
const timelineDateSchema = z
  .union([z.string(), z.number(), z.date()], { error: TIMELINE_DATE_MESSAGE })
  .transform((value, ctx) => {
    const text =
      value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value);
    const date = parseTimelineDate(text);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: TIMELINE_DATE_MESSAGE, input: value, params: { rule: 'schema/format' } });
      return z.NEVER;
    }
    return date;
  });

/**
 * One entry of a briefing's `timeline:`. Its time is either a calendar `date` (at the precision
 * the source gives) or `when`, the source's own relative wording ("in the coming weeks"), never both.
 * Where an entry without a date sits is explained in src/lib/timeline.ts and the README.
 */
export function timelineEntrySchema(refs: ReferenceSchemas = anyReference) {
  return z
    .strictObject({
      id: idSchema,
      date: timelineDateSchema.optional(),
      when: z
        .string({ error: 'must be the source’s own words for when, such as "in the coming weeks"' })
        .trim()
        .min(3, { error: 'must be the source’s own words for when, such as "in the coming weeks"' })
        .max(80, { error: 'must be at most 80 characters' })
        .optional(),
      after: idSchema.optional(),
      event: z
        .string({ error: 'is required: what happened or is to happen, in a sentence of your own words' })
        .trim()
        .min(10, { error: 'must be at least 10 characters' })
        .max(200, { error: 'must be at most 200 characters' }),
      status: z.enum(TIMELINE_STATUSES, { error: `must be one of: ${TIMELINE_STATUSES.join(', ')}` }),
      source: refs.source,
    })
    .superRefine((entry, ctx) => {
      const issue = (path: string, message: string, rule: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, input: entry, params: { rule } });
      if (entry.date && entry.when)
        issue(
          'when',
          'must not be given together with `date`: use `date` when the source gives a calendar date, `when` when it does not',
          'timeline/date-and-when',
        );
      else if (!entry.date && !entry.when)
        issue(
          'date',
          'is required, or `when`: a calendar date the source gives (2025-02), or the source’s own words ("in the coming weeks")',
          'timeline/no-time',
        );
      if (entry.date && entry.after)
        issue(
          'after',
          'is only for entries without a calendar date: an entry with `date` is placed by its date',
          'timeline/after-with-date',
        );
      if (entry.after && entry.after === entry.id)
        issue('after', 'must name another entry, not this one', 'timeline/after-self');
    });
}

/**
 * A briefing's timeline. Ids must be unique across the site, which only the checker's pass over
 * every briefing can see (src/lib/timeline.ts `timelineProblems`): a repeat within one briefing is
 * reported there too, once, rather than also here.
 */
export function timelineSchema(refs: ReferenceSchemas = anyReference) {
  return z.array(timelineEntrySchema(refs), { error: 'must be a list of timeline entries' });
}

export type TimelineEntry = z.output<ReturnType<typeof timelineEntrySchema>>;
