const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026": how dates read on the page. Dates are calendar days in UTC. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2026-11-23": the machine-readable day for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
