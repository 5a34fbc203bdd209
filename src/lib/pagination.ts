import { dictionary, fill } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';

/** How many items a listing page shows (briefings, timeline entries, quotes, people); a longer list continues on numbered pages. */
export const PAGE_SIZE = 25;

export interface ListingPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, so that an empty list still has its page). */
  total: number;
  items: T[];
}

/** Splits a list into pages of `size`, so that no page grows with the corpus. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number above 0, not ${size}`);
  const total = pageCount(items.length, size);
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

export type PageLink = { number: number; href: string; current: boolean } | { gap: true };

export interface PageLinks {
  prev?: string | undefined;
  next?: string | undefined;
  /** The first and last pages and those near the current one, with gaps between: a bounded list. */
  pages: PageLink[];
}

/** How many pages either side of the current one get a link of their own. */
const NEAR = 2;

/** The links of one page of a listing, given how its page URLs are made. */
export function pageLinks(
  page: Pick<ListingPage<unknown>, 'number' | 'total'>,
  href: (number: number) => string,
): PageLinks {
  const shown = [...new Set([1, page.total, ...Array.from({ length: 2 * NEAR + 1 }, (_, i) => page.number - NEAR + i)])]
    .filter((n) => n >= 1 && n <= page.total)
    .sort((a, b) => a - b);
  const pages: PageLink[] = [];
  shown.forEach((number, i) => {
    if (i > 0 && number > shown[i - 1]! + 1) pages.push({ gap: true });
    pages.push({ number, href: href(number), current: number === page.number });
  });
  return {
    prev: page.number > 1 ? href(page.number - 1) : undefined,
    next: page.number < page.total ? href(page.number + 1) : undefined,
    pages,
  };
}

type PagePosition = Pick<ListingPage<unknown>, 'number' | 'total'>;

/** The `[...page]` route parameter of a page: none for page 1 (the listing's own URL), then "2", "3"… */
export function pageParam(page: PagePosition): string | undefined {
  return page.number === 1 ? undefined : String(page.number);
}

/** "page 2 of 5" ("página 2 de 5"), or "" for a listing that fits on one page. */
export function pagePosition(page: PagePosition, lang: Language = 'en'): string {
  return page.total > 1 ? fill(dictionary(lang).pagination.position, page) : '';
}

/** A listing page's title: its name on page 1, then "Cartels, page 2 of 5". */
export function pageTitle(name: string, page: PagePosition, lang: Language = 'en'): string {
  return page.number === 1 ? name : `${name}, ${pagePosition(page, lang)}`;
}

/** How many pages a list of `count` items fills: at least 1, as an empty list still has its page. */
export function pageCount(count: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}
