/** The dates of a briefing's frontmatter that say when it changed. */
export interface ChangeDates {
  published: Date;
  updated?: Date | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}

/**
 * The one definition of when a briefing last changed: the latest of `published`, `updated` and
 * its corrections' dates. The page's "Updated" line, the citation, JSON-LD `dateModified`,
 * `article:modified_time`, every feed and the sitemap's `lastmod` all read it.
 */
export function lastChanged(data: ChangeDates): Date {
  let latest = data.published;
  for (const day of [data.updated, ...(data.corrections ?? []).map((c) => c.date)])
    if (day && day.getTime() > latest.getTime()) latest = day;
  return latest;
}

/**
 * The "Updated" day a page and its citation show: `lastChanged` once the briefing has been
 * changed after publication (it has `updated` or a correction), else none.
 */
export function updatedDay(data: ChangeDates): Date | undefined {
  return data.updated || data.corrections?.length ? lastChanged(data) : undefined;
}

/** The latest "last changed" day among `items` (briefings or translations), for a page listing them. */
export function latestChange(items: readonly { data: ChangeDates }[]): Date | undefined {
  return items
    .map((item) => lastChanged(item.data))
    .reduce<Date | undefined>((a, b) => (!a || b > a ? b : a), undefined);
}
