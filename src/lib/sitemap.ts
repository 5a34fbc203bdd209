import { isoDay } from './dates.ts';
import { lastChanged } from './last-changed.ts';
import type { BriefingLike } from './briefings.ts';
import type { SiteUrls } from './urls.ts';

function latest(briefings: readonly BriefingLike[]): Date | undefined {
  return briefings.map((b) => lastChanged(b.data)).reduce<Date | undefined>((a, b) => (!a || b > a ? b : a), undefined);
}

/**
 * `lastmod` (YYYY-MM-DD) for each page path of the sitemap: a briefing's own date; a page that
 * lists briefings (home, topic index, a topic) takes the latest date among them. Pages without
 * briefings get none.
 */
export function sitemapLastmods(briefings: readonly BriefingLike[], urls: SiteUrls): Map<string, string> {
  const days = new Map<string, string>();
  const set = (path: string, date: Date | undefined) => date && days.set(path, isoDay(date));
  set(urls.home(), latest(briefings));
  set(urls.topics(), latest(briefings));
  for (const topic of new Set(briefings.flatMap((b) => b.data.topics)))
    set(urls.topic(topic), latest(briefings.filter((b) => b.data.topics.includes(topic))));
  for (const briefing of briefings) set(urls.briefing(briefing.id), lastChanged(briefing.data));
  return days;
}

/** robots.txt: everything may be crawled; the sitemap index is at `sitemapUrl` (absolute, with the base). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
