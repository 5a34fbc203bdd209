import { plural, type PluralForms } from './plurals.ts';
import type { AstroGlobal } from 'astro';
import type { Dictionary } from '../i18n/en.ts';

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

/**
 * What the page script says, in the edition's words: the page writes these into the form
 * (`data-messages`), so the script carries no dictionary of its own.
 */
export interface SearchMessages {
  /** The edition's locale, for its plural rules and numbers. */
  locale: string;
  briefings: PluralForms;
  /** Said instead of a count when nothing was found: "No briefings". */
  none: string;
  /** After the count when there is a query; `#` is the query: ' for “#”'. */
  forQuery: string;
  /** After that when topics are chosen; `#` is their names: ' in #'. */
  inTopics: string;
  /** Between topic names: ' or '. */
  or: string;
  searching: string;
  failed: string;
}

/** The search page's messages from an edition's dictionary. */
export function searchMessages(t: Dictionary): SearchMessages {
  const { none, forQuery, inTopics, or, searching, failed } = t.search;
  return { locale: t.locale, briefings: t.counts.briefings, none, forQuery, inTopics, or, searching, failed };
}

/** What the page says about a finished search, in the edition's words. */
export function resultSummary(
  count: number,
  state: SearchState,
  topicNames: ReadonlyMap<string, string>,
  messages: SearchMessages,
): string {
  const found = count === 0 ? messages.none : plural(messages.locale, count, messages.briefings);
  const fill = (template: string, value: string) => template.replace('#', () => value);
  const query = state.query.trim() ? fill(messages.forQuery, state.query.trim()) : '';
  const names = state.topics.map((id) => topicNames.get(id) ?? id).join(messages.or);
  const topics = state.topics.length ? fill(messages.inTopics, names) : '';
  return `${found}${query}${topics}.`;
}

/**
 * A one-line script the search page runs in its head, before the first paint: it marks the page
 * when the URL holds a search, so that the stylesheet keeps room for the results that the page
 * script fills in later, and nothing on screen moves when they arrive (no layout shift).
 */
export const SEARCH_QUERY_FLAG = 'search-has-query';
export const SEARCH_QUERY_FLAG_SCRIPT = `document.documentElement.classList.toggle(${JSON.stringify(SEARCH_QUERY_FLAG)},/[?&](q|topic)=./.test(location.search))`;

/**
 * What the search page's Content-Security-Policy must allow beyond hashes once Astro's
 * `security.csp` is on (each edition's search page adds these through `Astro.csp`, with
 * `allowSearch`; other pages get none of them): `'self'` scripts for the Pagefind bundle the page
 * script imports at run time (pagefind/pagefind.js), `'wasm-unsafe-eval'` for Pagefind's
 * WebAssembly where it runs on the page, a same-origin worker (Pagefind searches in
 * pagefind-worker.js when it can), and same-origin fetches of the index's chunks.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const SEARCH_DIRECTIVES = ["worker-src 'self'", "connect-src 'self'"] as const;

/** A page's `Astro.csp`, when the policy is on. */
type PageCsp = NonNullable<AstroGlobal['csp']>;

/** Adds what a search page needs to its own policy; `hash` is scriptHash() (script-hash.ts). */
export function allowSearch(
  csp: PageCsp | undefined,
  hash: (script: string) => Parameters<PageCsp['insertScriptHash']>[0],
): void {
  if (!csp) return;
  for (const source of SEARCH_SCRIPT_SOURCES) csp.insertScriptResource(source);
  for (const directive of SEARCH_DIRECTIVES) csp.insertDirective(directive);
  csp.insertScriptHash(hash(SEARCH_QUERY_FLAG_SCRIPT));
}
