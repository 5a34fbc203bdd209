import { normalizeBase } from './urls.ts';

/** The content file a page is made from: a collection and the file's id (its name without extension). */
export interface PageSource {
  collection: 'briefings' | 'topics' | 'people';
  id: string;
}

/**
 * Which content file a page of the site shows, from its URL path: a briefing's page its
 * briefing, a topic's pages (`/topics/<id>/`, `/topics/<id>/2/`…) its topic, a person's pages
 * their person file; listings, feeds and other pages have no file of their own. The inverse of
 * `createUrls` for those routes. `/people/2/` is page 2 of the people index, not a person.
 */
export function pageSource(pathname: string, base?: string): PageSource | undefined {
  const root = normalizeBase(base);
  let path: string;
  try {
    path = decodeURIComponent(pathname.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (!path.startsWith(root)) return undefined;
  const parts = path.slice(root.length).split('/').filter(Boolean);
  const [section, id, page, ...rest] = parts;
  if (!id || rest.length || (page !== undefined && !/^\d+$/.test(page))) return undefined;
  if (section === 'briefings' && page === undefined) return { collection: 'briefings', id };
  if (section === 'topics') return { collection: 'topics', id };
  if (section === 'people' && !/^\d+$/.test(id)) return { collection: 'people', id };
  return undefined;
}

/**
 * Whether a URL path asks for a page of the site (`/`, `/briefings/<slug>/`, `/timeline/2/`…)
 * rather than a file (`rss.xml`, `favicon.svg`) or the dev server's own modules (`/@vite/client`).
 */
export function isPagePath(pathname: string, base?: string): boolean {
  const root = normalizeBase(base);
  const path = pathname.split(/[?#]/)[0]!;
  if (!path.startsWith(root) && `${path}/` !== root) return false;
  const rest = path.slice(root.length);
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  return !rest.startsWith('@') && !last.includes('.');
}
