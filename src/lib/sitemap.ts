import { isoDay } from './dates.ts';

/** The meta element by which a page states its last change, for the sitemap's `lastmod`. */
export const LAST_CHANGED_META = 'dcterms.modified';

/** What the sitemap says of a page, read from the page's own head. */
export interface PageSitemapFacts {
  /** False for a page that asks not to be indexed (a redirect, a 404 page). */
  indexable: boolean;
  /** YYYY-MM-DD, from the page's `dcterms.modified`. */
  lastmod?: string;
  /** Its `<link rel="alternate" hreflang>`s: the page in each edition, and x-default. */
  alternates: { lang: string; url: string }[];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');

/**
 * The sitemap facts of a built page, from the markup our layout writes (BaseHead.astro): the
 * pages themselves, built from the content model, are the one reader of it; the sitemap reads
 * what they declare, so that it can never disagree with them.
 */
export function pageSitemapFacts(html: string): PageSitemapFacts {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const tags = head.match(/<(meta|link)\b[^>]*>/g) ?? [];
  const robots = tags.find((t) => t.startsWith('<meta') && attribute(t, 'name') === 'robots');
  const modified = tags.find((t) => t.startsWith('<meta') && attribute(t, 'name') === LAST_CHANGED_META);
  const lastmod = modified && attribute(modified, 'content');
  return {
    indexable: !(robots && /noindex/.test(attribute(robots, 'content') ?? '')),
    ...(lastmod ? { lastmod } : {}),
    alternates: tags
      .filter((t) => t.startsWith('<link') && attribute(t, 'rel') === 'alternate' && attribute(t, 'hreflang'))
      .map((t) => ({ lang: attribute(t, 'hreflang')!, url: attribute(t, 'href')! })),
  };
}

/** The day a page last changed, as its meta states it. */
export function lastChangedMeta(date: Date): { name: string; content: string } {
  return { name: LAST_CHANGED_META, content: isoDay(date) };
}

/** robots.txt: everything may be crawled; the sitemap index is at `sitemapUrl` (absolute, with the base). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
