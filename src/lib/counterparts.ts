import type { Language } from '../schemas/edition.ts';
import type { SiteUrls } from './urls.ts';

/**
 * Which page of one edition is the same page in the other: the one source of the header's
 * language link, the `hreflang` alternates and the sitemap's `xhtml:link`s. Pure: it is told what
 * each edition publishes (page counts of each listing, which briefing and topic has a Spanish
 * version) and makes every path with the URL helper, so that a pair only names pages that exist.
 */

/** The same page in both editions, as site paths. */
export type EditionPair = Record<Language, string>;

/** How many pages a listing has in each edition (0 when the edition does not publish it). */
export type PageCounts = Record<Language, number>;

export interface EditionInventory {
  /** Each translated briefing: its original's slug and its own. */
  translations: readonly { original: string; translation: string }[];
  /** Each topic with a Spanish version: its id, Spanish path word and page counts. */
  topics: readonly { id: string; slug: string; pages: PageCounts }[];
  /** Each person: their id and how many pages of quotations each edition gives them. */
  people: readonly { id: string; pages: PageCounts }[];
  /** Pages of the people index and of the timeline in each edition. */
  peopleIndex: PageCounts;
  timeline: PageCounts;
}

/** The pages `n` = 1…k that both editions have, of a listing whose page n is `page(n, lang)`. */
function pagedPairs(counts: PageCounts, page: (n: number, lang: Language) => string): EditionPair[] {
  const both = Math.min(counts.en, counts.es);
  return Array.from({ length: both }, (_, i) => ({ en: page(i + 1, 'en'), es: page(i + 1, 'es') }));
}

/** Every pair of pages the two editions share. */
export function editionPairs(inventory: EditionInventory, urls: SiteUrls): EditionPair[] {
  return [
    { en: urls.home('en'), es: urls.home('es') },
    { en: urls.topics('en'), es: urls.topics('es') },
    { en: urls.search('en'), es: urls.search('es') },
    ...inventory.translations.map(({ original, translation }) => ({
      en: urls.briefing(original, 'en'),
      es: urls.briefing(translation, 'es'),
    })),
    ...inventory.topics.flatMap((topic) =>
      pagedPairs(topic.pages, (n, lang) => urls.topicPage(lang === 'en' ? topic.id : topic.slug, n, lang)),
    ),
    ...pagedPairs(inventory.timeline, (n, lang) => urls.timelinePage(n, undefined, lang)),
    ...pagedPairs(inventory.peopleIndex, (n, lang) => urls.peoplePage(n, lang)),
    ...inventory.people.flatMap((person) => pagedPairs(person.pages, (n, lang) => urls.personPage(person.id, n, lang))),
  ];
}

/** Where the header's link to the other edition goes, and what it says. */
export interface LanguageLink {
  lang: Language;
  href: string;
  /** `counterpart`: the same page; `missing`: none exists yet, so the other edition's home. */
  kind: 'counterpart' | 'missing';
}

export interface Counterparts {
  /** The same page in the other edition, when it exists. */
  of(path: string): string | undefined;
  /** The page's alternates by language (both editions), or undefined for a page without a pair. */
  alternates(path: string): EditionPair | undefined;
  /** The header's link from a page of edition `lang` at `path`. */
  languageLink(path: string, lang: Language): LanguageLink;
  pairs: readonly EditionPair[];
}

/** The lookups of a set of pairs. A path in two pairs is a mistake in the inventory, and throws. */
export function counterparts(pairs: readonly EditionPair[], urls: SiteUrls): Counterparts {
  const byPath = new Map<string, EditionPair>();
  for (const pair of pairs)
    for (const path of Object.values(pair)) {
      if (byPath.has(path)) throw new Error(`${path} is paired twice: with ${JSON.stringify(byPath.get(path))}`);
      byPath.set(path, pair);
    }
  const other = (lang: Language): Language => (lang === 'en' ? 'es' : 'en');
  return {
    pairs,
    alternates: (path) => byPath.get(path),
    of: (path) => {
      const pair = byPath.get(path);
      return pair && Object.values(pair).find((p) => p !== path);
    },
    languageLink: (path, lang) => {
      const to = other(lang);
      const pair = byPath.get(path);
      return pair
        ? { lang: to, href: pair[to], kind: 'counterpart' }
        : { lang: to, href: urls.home(to), kind: 'missing' };
    },
  };
}
