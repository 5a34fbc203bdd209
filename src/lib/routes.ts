import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../model/collections.ts';
import { LANGUAGES, type Language } from '../schemas/edition.ts';
import { FEED_FORMAT_NAMES, FEED_FORMATS } from './feed-formats.ts';
import { EDITION_PATHS } from './urls.ts';

/**
 * Which page of the site a root-relative address names: the URL helper (urls.ts) read backwards,
 * from the same path words (`EDITION_PATHS`) and the registry of collections. Whether the entry
 * or the numbered page exists is for the caller, who knows the content; an address the site
 * never makes, whatever the content, is `none`.
 */
export type SiteRoute =
  | { kind: 'home'; lang: Language }
  | { kind: 'search'; lang: Language }
  /** An index of a collection's entries (`/topics/`, `/people/2/`); `page` 1 is the index's own URL. */
  | { kind: 'index'; lang: Language; collection: CollectionName; page: number }
  /**
   * One entry's page (`/briefings/<slug>/`, `/es/notas/<slug>/`, `/topics/<id>/2/`). `id` is as
   * written: for a Spanish topic, the topic's Spanish path word (`es.slug`).
   */
  | { kind: 'entry'; lang: Language; collection: CollectionName; id: string; page: number }
  /** A page of the timeline, and the entry its fragment names, if any. */
  | { kind: 'timeline'; lang: Language; page: number; entry?: string }
  /** A feed: an edition's, or a topic's (the topic's id; in Spanish its `es.slug`). */
  | { kind: 'feed'; lang: Language; file: string; topic?: string }
  /** A file the build writes besides pages and feeds: robots.txt, the sitemap index, the 404 page. */
  | { kind: 'generated'; path: string }
  /** Any other file (a name with an extension), such as `/logo.png`: served from public/. */
  | { kind: 'file'; path: string }
  /** No page the site makes, with what to write instead when it can be told. */
  | { kind: 'none'; hint?: string };

/** The collection whose entries an edition's `EDITION_PATHS` key lists: an edition's briefings are its translations. */
function collectionAt(key: string, lang: Language): CollectionName | undefined {
  if (key === 'briefings') return lang === 'en' ? 'briefings' : 'translations';
  return COLLECTION_NAMES.find((name) => COLLECTIONS[name].pages === key);
}

/** The files the site writes besides pages and feeds (robots.txt, the sitemap index, the 404 page). */
const GENERATED_FILES = new Set(['robots.txt', 'sitemap-index.xml', '404.html']);

const FEED_FILES = new Set<string>(FEED_FORMAT_NAMES.map((format) => FEED_FORMATS[format].file));

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed %-escape: compare the text as written
  }
}

/** "2" → 2; anything else (including "1", "02" and "0", which no listing makes) → undefined. */
function pageNumber(segment: string | undefined): number | undefined {
  return segment !== undefined && /^[1-9]\d*$/.test(segment) && segment !== '1' ? Number(segment) : undefined;
}

/** The page segments after a listing's own URL: none (page 1), or one page number. */
function listingPage(rest: string[], first: string): number | { hint: string } {
  if (rest.length === 0) return 1;
  if (rest.length === 1) {
    const n = pageNumber(rest[0]);
    if (n) return n;
    if (rest[0] === '1') return { hint: `page 1 is ${first} itself` };
  }
  return { hint: `the pages after the first are ${first}2/, ${first}3/…` };
}

/** Every edition's path words, longest first: the longest that starts an address names the page ("es/temas/" before "es/"). */
const PATH_WORDS = LANGUAGES.flatMap((lang) =>
  Object.entries(EDITION_PATHS[lang]).map(([key, word]) => ({ lang, key, word: word as string })),
).sort((a, b) => b.word.length - a.word.length);

/**
 * The route a root-relative address names, written with the site's `base` or without it; the
 * query is ignored and the fragment kept only for the timeline, whose fragments name entries.
 */
export function readRoute(href: string, base: string): SiteRoute {
  const cut = href.search(/[?#]/);
  const fragment = href.includes('#') ? decode(href.slice(href.indexOf('#') + 1)) : '';
  let path = cut === -1 ? href : href.slice(0, cut);
  if (base !== '/' && (path.startsWith(base) || `${path}/` === base)) path = path.slice(base.length - 1) || '/';
  const segments = path.split('/').slice(1);
  const last = segments[segments.length - 1] ?? '';
  if (last.includes('.')) {
    if (FEED_FILES.has(last)) {
      // The folder the feed is in: an edition's home ("/", "/es/") or one of its topics' pages.
      const folder = path.slice(0, path.length - last.length);
      for (const lang of LANGUAGES) {
        if (folder === `/${EDITION_PATHS[lang].home}`) return { kind: 'feed', lang, file: last };
        const topics = `/${EDITION_PATHS[lang].topics}`;
        const topic = folder.startsWith(topics) ? folder.slice(topics.length, -1) : '';
        if (topic && !topic.includes('/')) return { kind: 'feed', lang, file: last, topic: decode(topic) };
      }
    }
    if (segments.length === 1 && GENERATED_FILES.has(last)) return { kind: 'generated', path };
    return { kind: 'file', path };
  }
  // Read with its trailing slash: "/topics/migration" is served as "/topics/migration/".
  const trail = path.endsWith('/') ? path.slice(1) : `${path.slice(1)}/`;

  const found = PATH_WORDS.find(({ word }) => trail.startsWith(word));
  if (!found) return { kind: 'none' };
  const { lang, key, word } = found;
  const rest = trail.slice(word.length).split('/').filter(Boolean).map(decode);
  const here = `/${word}`;
  const page = (make: (n: number) => SiteRoute) => {
    const n = listingPage(rest, here);
    return typeof n === 'number' ? make(n) : { kind: 'none' as const, hint: n.hint };
  };
  switch (key) {
    case 'home':
      return rest.length === 0 ? { kind: 'home', lang } : { kind: 'none' };
    case 'search':
      return rest.length === 0 ? { kind: 'search', lang } : { kind: 'none' };
    case 'timeline':
      return page((n) => ({ kind: 'timeline', lang, page: n, ...(fragment ? { entry: fragment } : {}) }));
  }
  const collection = collectionAt(key, lang);
  if (!collection) return { kind: 'none' };
  const { index, numberedPages } = COLLECTIONS[collection];
  if (rest.length === 0)
    return index === 'none'
      ? { kind: 'none', hint: `there is no page at ${here}; link to one ${COLLECTIONS[collection].noun}'s page` }
      : { kind: 'index', lang, collection, page: 1 };
  const [first, ...more] = rest as [string, ...string[]];
  if (index === 'numbered' && /^\d+$/.test(first))
    return more.length ? { kind: 'none' } : page((n) => ({ kind: 'index', lang, collection, page: n }));
  if (more.length === 0) return { kind: 'entry', lang, collection, id: first, page: 1 };
  const n = numberedPages && more.length === 1 ? pageNumber(more[0]) : undefined;
  if (n) return { kind: 'entry', lang, collection, id: first, page: n };
  return {
    kind: 'none',
    hint:
      more[0] === '1'
        ? `page 1 is ${here}${first}/ itself`
        : `the page of this ${COLLECTIONS[collection].noun} is ${here}${first}/`,
  };
}
