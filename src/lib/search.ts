import { EN, plural, SITE_LOCALE } from './plurals.ts';

/**
 * The search page's state and how it is written in the URL (`?q=…&topic=…`), so that a search
 * can be shared. Pure functions: the page script (src/scripts/search.ts) does the DOM work.
 */

/** The Pagefind filter briefing pages tag their topics with (`data-pagefind-filter="topic:<id>"`). */
export const TOPIC_FILTER = 'topic';

/** The value of `data-pagefind-filter` on a briefing's link to one of its topics. */
export function topicFilterAttribute(topicId: string): string {
  return `${TOPIC_FILTER}:${topicId}`;
}

export interface SearchState {
  query: string;
  /** Topic ids to search within; none means every topic. */
  topics: string[];
}

/** Reads `?q=` and `?topic=` (repeatable), keeping only topic ids the site has, in its order. */
export function readSearchState(params: URLSearchParams, knownTopics: readonly string[]): SearchState {
  const wanted = new Set(params.getAll('topic'));
  return { query: (params.get('q') ?? '').trim(), topics: knownTopics.filter((id) => wanted.has(id)) };
}

/** The query string for a state: `?q=extradition&topic=cartels`, or "" for an empty search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const topic of state.topics) params.append('topic', topic);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: briefings in any of the chosen topics. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return state.topics.length ? { [TOPIC_FILTER]: { any: state.topics } } : {};
}

/** Whether there is anything to search for. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && state.topics.length === 0;
}

/** One piece of a result excerpt: plain text, or text Pagefind marked as matching. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into text parts, so the
 * page can show it with text nodes and never parse it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (s: string) =>
    s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const named = ENTITIES[name.toLowerCase()];
      if (named) return named;
      if (!name.startsWith('#')) return whole;
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    if (!piece) return;
    const marked = piece.startsWith('<mark>');
    const text = decode((marked ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, marked });
  });
  return parts;
}

/** What the page says about a finished search. */
export function resultSummary(count: number, state: SearchState, topicNames: ReadonlyMap<string, string>): string {
  const found = count === 0 ? 'No briefings' : plural(SITE_LOCALE, count, EN.briefings);
  const query = state.query.trim() ? ` for “${state.query.trim()}”` : '';
  const topics = state.topics.length ? ` in ${state.topics.map((id) => topicNames.get(id) ?? id).join(' or ')}` : '';
  return `${found}${query}${topics}.`;
}

/**
 * What the search page's Content-Security-Policy must allow beyond hashes once Astro's
 * `security.csp` is on (the page adds these through `Astro.csp`; other pages get none of them):
 * `'self'` scripts for the Pagefind bundle the page script imports at run time
 * (pagefind/pagefind.js), `'wasm-unsafe-eval'` for Pagefind's WebAssembly where it runs on the
 * page, a same-origin worker (Pagefind searches in pagefind-worker.js when it can), and
 * same-origin fetches of the index's chunks.
 */
/**
 * A one-line script the search page runs in its head, before the first paint: it marks the page
 * when the URL holds a search, so that the stylesheet keeps room for the results that the page
 * script fills in later, and nothing on screen moves when they arrive (no layout shift).
 */
export const SEARCH_QUERY_FLAG = 'search-has-query';
export const SEARCH_QUERY_FLAG_SCRIPT = `document.documentElement.classList.toggle(${JSON.stringify(SEARCH_QUERY_FLAG)},/[?&](q|topic)=./.test(location.search))`;

export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const SEARCH_DIRECTIVES = ["worker-src 'self'", "connect-src 'self'"] as const;
