/**
 * The one place internal URLs are made. Every link, asset and canonical URL goes through
 * `createUrls(base)`, so that the site works at a domain root and under a subpath.
 * URLs are directory-style with a trailing slash.
 */
export interface SiteUrls {
  /** The base path, always starting and ending with "/". */
  base: string;
  home(): string;
  briefing(slug: string): string;
  topics(): string;
  topic(id: string): string;
  /** A feed file, such as "rss.xml": the site's, or a topic's when `topic` is given. */
  feed(file: string, topic?: string): string;
  /** The timeline, or one entry on it. */
  timeline(entry?: string): string;
  search(): string;
  people(): string;
  person(id: string): string;
  /** Any other path inside the site, such as "favicon.svg" or "/topics/migration/". */
  path(path: string): string;
  /** An absolute URL for a site path, for canonical links and feeds. */
  absolute(path: string, site: string | URL): string;
}

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function createUrls(baseInput: string | undefined): SiteUrls {
  const base = normalizeBase(baseInput);
  const path = (p: string) => {
    const relative = p.replace(/^\/+/, '');
    return base + relative;
  };
  return {
    base,
    home: () => base,
    briefing: (slug) => path(`briefings/${encodeURIComponent(slug)}/`),
    topics: () => path('topics/'),
    topic: (id) => path(`topics/${encodeURIComponent(id)}/`),
    feed: (file, topic) => path(topic ? `topics/${encodeURIComponent(topic)}/${file}` : file),
    timeline: (entry) => path(entry ? `timeline/#${encodeURIComponent(entry)}` : 'timeline/'),
    search: () => path('search/'),
    people: () => path('people/'),
    person: (id) => path(`people/${encodeURIComponent(id)}/`),
    path,
    absolute: (p, site) => new URL(p.startsWith(base) ? p : path(p), site).href,
  };
}
