import { COLLECTIONS } from '../model/collections.ts';
import type { Language } from '../schemas/edition.ts';

/**
 * Where each edition's pages live inside the site: English at the root (its URLs never change),
 * Spanish under `es/` with Spanish path words.
 */
export const EDITION_PATHS = {
  en: {
    home: '',
    briefings: `${COLLECTIONS.briefings.pages}/`,
    topics: `${COLLECTIONS.topics.pages}/`,
    people: `${COLLECTIONS.people.pages}/`,
    timeline: 'timeline/',
    search: 'search/',
  },
  es: {
    home: 'es/',
    briefings: 'es/notas/',
    topics: 'es/temas/',
    people: 'es/personas/',
    timeline: 'es/cronologia/',
    search: 'es/buscar/',
  },
} as const satisfies Record<
  Language,
  Record<'home' | 'briefings' | 'topics' | 'people' | 'timeline' | 'search', string>
>;

/**
 * The one place internal URLs are made. Every link, asset and canonical URL goes through
 * `createUrls(base)`, so that the site works at a domain root and under a subpath.
 * URLs are directory-style with a trailing slash.
 */
export interface SiteUrls {
  /** The base path, always starting and ending with "/". */
  base: string;
  /** An edition's home page: `/` for English, `/es/` for Spanish. */
  home(lang?: Language): string;
  /** A briefing in an edition: `/briefings/<slug>/`, `/es/notas/<slug>/`. */
  briefing(slug: string, lang?: Language): string;
  topics(lang?: Language): string;
  /** A topic's page; in Spanish `id` is the topic's Spanish path word (`es.slug`): `/es/temas/carteles/`. */
  topic(id: string, lang?: Language): string;
  /** An edition's 404 page: `/404.html`, `/es/404/` (Astro writes a nested 404 page as a folder). */
  notFound(lang?: Language): string;
  /** Page `n` of a topic's briefings: the topic's URL for page 1, then `/topics/<id>/2/`, `/es/temas/<es.slug>/2/`… */
  topicPage(id: string, n: number, lang?: Language): string;
  /** The sitemap index @astrojs/sitemap writes, which robots.txt points at. */
  sitemapIndex(): string;
  /**
   * A feed file, such as "rss.xml": an edition's, or a topic's when `topic` is given (in Spanish
   * the topic's path word): `/rss.xml`, `/topics/cartels/rss.xml`, `/es/rss.xml`, `/es/temas/carteles/rss.xml`.
   */
  feed(file: string, topic?: string, lang?: Language): string;
  /** The timeline's first page: `/timeline/`, `/es/cronologia/`. */
  timeline(lang?: Language): string;
  /**
   * Page `n` of the timeline (`/timeline/` for page 1, then `/timeline/2/`…), or one entry on it:
   * an entry's link must name the page that holds it (see `paginateTimeline`).
   */
  timelinePage(n: number, entry?: string, lang?: Language): string;
  /** The search page: `/search/`, `/es/buscar/`. */
  search(lang?: Language): string;
  people(lang?: Language): string;
  /** Page `n` of the people index: `/people/` for page 1, then `/people/2/`, `/es/personas/2/`… */
  peoplePage(n: number, lang?: Language): string;
  /** A person's page: `/people/<id>/`, `/es/personas/<id>/` (people keep their id in both editions). */
  person(id: string, lang?: Language): string;
  /** Page `n` of a person's quotes: the person's URL for page 1, then `/people/<id>/2/`… */
  personPage(id: string, n: number, lang?: Language): string;
  /** Any other path inside the site, such as "favicon.svg" or "/topics/migration/". */
  path(path: string): string;
  /**
   * A link as written in a briefing's Markdown. A root-relative site link (`/topics/migration/`)
   * gets the base path and, for a page, the trailing slash; anything else (another site, a
   * relative path, `#section`, `mailto:`) is returned unchanged.
   */
  fromMarkdown(href: string): string;
  /** An absolute URL for a site path, for canonical links and feeds. */
  absolute(path: string, site: string | URL): string;
}

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative path on this site: one leading "/", not the "//" of another host. */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** "/topics/migration" → "/topics/migration/": a page path gets its trailing slash; a file keeps its name. */
function withTrailingSlash(pathname: string): string {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? pathname : `${pathname}/`;
}

export function createUrls(baseInput: string | undefined): SiteUrls {
  const base = normalizeBase(baseInput);
  const path = (p: string) => {
    const relative = p.replace(/^\/+/, '');
    return base + relative;
  };
  const fromMarkdown = (href: string) => {
    if (!isRootRelative(href)) return href;
    const split = href.search(/[?#]/);
    const [pathname, rest] = split === -1 ? [href, ''] : [href.slice(0, split), href.slice(split)];
    const based = pathname.startsWith(base) || `${pathname}/` === base ? pathname : path(pathname);
    return withTrailingSlash(based) + rest;
  };
  /** A listing's page `n`: the listing's own URL for page 1, then `<listing>/<n>/`. */
  const page = (listing: string, n: number) => path(`${listing}${n > 1 ? `${n}/` : ''}`);
  /** One entry's page in an edition's listing: `/briefings/<slug>/`, `/es/temas/<es.slug>/`. */
  const entry = (lang: Language, listing: 'briefings' | 'topics' | 'people', id: string) =>
    `${EDITION_PATHS[lang][listing]}${encodeURIComponent(id)}/`;
  return {
    base,
    home: (lang = 'en') => path(EDITION_PATHS[lang].home),
    briefing: (slug, lang = 'en') => path(entry(lang, 'briefings', slug)),
    topics: (lang = 'en') => path(EDITION_PATHS[lang].topics),
    topic: (id, lang = 'en') => path(entry(lang, 'topics', id)),
    notFound: (lang = 'en') => path(lang === 'en' ? '404.html' : `${EDITION_PATHS[lang].home}404/`),
    topicPage: (id, n, lang = 'en') => page(entry(lang, 'topics', id), n),
    sitemapIndex: () => path('sitemap-index.xml'),
    feed: (file, topic, lang = 'en') =>
      path(`${topic ? entry(lang, 'topics', topic) : EDITION_PATHS[lang].home}${file}`),
    timeline: (lang = 'en') => path(EDITION_PATHS[lang].timeline),
    timelinePage: (n, id, lang = 'en') =>
      page(EDITION_PATHS[lang].timeline, n) + (id ? `#${encodeURIComponent(id)}` : ''),
    search: (lang = 'en') => path(EDITION_PATHS[lang].search),
    people: (lang = 'en') => path(EDITION_PATHS[lang].people),
    peoplePage: (n, lang = 'en') => page(EDITION_PATHS[lang].people, n),
    person: (id, lang = 'en') => path(entry(lang, 'people', id)),
    personPage: (id, n, lang = 'en') => page(entry(lang, 'people', id), n),
    path,
    fromMarkdown,
    absolute: (p, site) => new URL(p.startsWith(base) ? p : path(p), site).href,
  };
}
