/** Link addresses in a briefing: which are unsafe, and which point at pages the site makes. */

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
  kind: 'briefing' | 'topic';
  id: string;
}

const INTERNAL = /^\/(briefings|topics)\/([^/?#]+)\/?(?:[?#].*)?$/;

/**
 * The briefing or topic page a root-relative address points at, written with the site's base
 * path or without it; undefined for any other address.
 */
export function internalTarget(url: string, base: string): InternalTarget | undefined {
  const path = base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
  const match = INTERNAL.exec(path);
  if (!match) return undefined;
  let id = match[2]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed %-escape: compare the text as written
  }
  return { kind: match[1] === 'briefings' ? 'briefing' : 'topic', id };
}
