import type { CollectionName } from '../model/collections.ts';
import { readRoute } from './routes.ts';
import { normalizeBase } from './urls.ts';

/** The content file a page is made from: a collection and the file's id (its name without extension). */
export interface PageSource {
  collection: CollectionName;
  id: string;
}

/**
 * Which content file a page of the site shows, from its URL path (read by `readRoute`, the URL
 * helper read backwards): a briefing's page its briefing, a translation's its translation, a
 * topic's pages (`/topics/<id>/`, `/topics/<id>/2/`…) its topic, a person's pages their person
 * file; listings, feeds and other pages have no file of their own, and a Spanish topic page is
 * named by the topic's `es.slug`, not its file (a topic's errors are shown on every page anyway).
 */
export function pageSource(pathname: string, base?: string): PageSource | undefined {
  const root = normalizeBase(base);
  const path = pathname.split(/[?#]/)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (!path.startsWith(root)) return undefined;
  const route = readRoute(path, root);
  if (route.kind !== 'entry' || (route.collection === 'topics' && route.lang !== 'en')) return undefined;
  return { collection: route.collection, id: route.id };
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
