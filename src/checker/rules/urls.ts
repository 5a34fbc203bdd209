/** Link addresses in a briefing that point at pages the site makes. (Which schemes a link may use
 * is the allowlist's business: src/markdown/allowlist.ts.) */
import { COLLECTIONS, PAGE_COLLECTIONS, type Noun } from '../../model/collections.ts';

export interface InternalTarget {
  kind: Noun;
  id: string;
}

const INTERNAL = /^\/([^/?#]+)\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * The page of an entry (a briefing, a topic, a person: each collection the registry gives pages)
 * a root-relative address points at, written with the site's base path or without it; undefined
 * for any other address, such as a numbered page of an index.
 */
export function internalTarget(url: string, base: string): InternalTarget | undefined {
  const path = base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
  const match = INTERNAL.exec(path);
  const collection = match && PAGE_COLLECTIONS.get(match[1]!);
  if (!collection) return undefined;
  let id = match[2]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed %-escape: compare the text as written
  }
  if (COLLECTIONS[collection].numberedIndex && /^\d+$/.test(id)) return undefined;
  return { kind: COLLECTIONS[collection].noun, id };
}
