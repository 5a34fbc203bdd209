import { z } from 'astro/zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_MESSAGE = 'must be a date like 2025-05-21';

/** A real calendar day written YYYY-MM-DD, as a Date at midnight UTC. */
export function parseCalendarDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/**
 * A calendar day. Accepts the text `2025-05-21` or a Date (Astro's YAML parser turns
 * unquoted dates into Dates); rejects impossible days such as 2025-02-30.
 */
export const calendarDaySchema = z.union([z.date(), z.string()], { error: DATE_MESSAGE }).transform((value, ctx) => {
  const date =
    value instanceof Date ? (Number.isNaN(value.getTime()) ? undefined : value) : parseCalendarDay(value.trim());
  if (!date) {
    ctx.addIssue({ code: 'custom', message: DATE_MESSAGE, input: value, params: { rule: 'schema/format' } });
    return z.NEVER;
  }
  return date;
});
