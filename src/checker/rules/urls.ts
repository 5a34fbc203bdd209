/** Link addresses in a briefing: which are unsafe, and which point at pages the site makes. */
import { COLLECTIONS, PAGE_COLLECTIONS, type Noun } from '../../model/collections.ts';

const UNSAFE_SCHEMES = ['javascript', 'data', 'vbscript'];

/** The scheme of an address as a browser reads it: ignoring case, spaces and control characters. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isUnsafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme !== undefined && UNSAFE_SCHEMES.includes(scheme);
}

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
