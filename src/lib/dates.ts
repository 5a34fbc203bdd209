const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * How a language writes a calendar day ("23 November 2026", "23 de noviembre de 2026") or a month
 * ("February 2025", "febrero de 2025"). Dates are calendar days in UTC. Made once per language.
 */
export function calendarFormat(locale: string, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) {
    const parts = precision === 'day' ? ({ day: 'numeric', month: 'long' } as const) : ({ month: 'long' } as const);
    format = new Intl.DateTimeFormat(locale, { ...parts, year: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "2026-11-23": the machine-readable day for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
