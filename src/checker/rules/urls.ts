/** Link addresses in a briefing that point at pages the site makes. (Which schemes a link may use
 * is the allowlist's business: src/markdown/allowlist.ts.) */

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
