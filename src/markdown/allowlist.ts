import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/**
 * The one allowlist of a briefing body's HTML. The renderer's sanitizer (sanitize.ts) keeps only
 * what is listed here, and the checker (src/checker/rules/html.ts) reports, as an error at its
 * line, anything the sanitizer would drop: lint and guarantee read the same lists.
 */

/**
 * The HTML an author may write by hand, for what Markdown cannot say: a change of language, an
 * abbreviation's expansion, sub- and superscript, a line break. Tag → allowed attributes.
 */
export const RAW_HTML: Readonly<Record<string, readonly string[]>> = {
  span: ['lang'],
  abbr: ['title', 'lang'],
  sub: [],
  sup: [],
  br: [],
};

/**
 * The HTML that Markdown itself produces (CommonMark and GFM, without footnotes), with the
 * attributes it sets. Written by hand in a body it is an error (write the Markdown instead),
 * but the sanitizer keeps it, as it is what every body is made of.
 */
export const MARKDOWN_HTML: Readonly<Record<string, readonly string[]>> = {
  p: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  pre: [],
  code: ['className'],
  em: [],
  strong: [],
  del: [],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  hr: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
};

/** Schemes a link may use; any other (javascript:, data:, vbscript:, …) is dropped, after entity decoding. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * Elements dropped with everything inside them, rather than unwrapped to their text: what they
 * hold was never meant to be read as part of the briefing.
 */
export const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'select',
  'object',
  'svg',
  'math',
] as const;

const merged: Record<string, string[]> = {};
for (const list of [MARKDOWN_HTML, RAW_HTML])
  for (const [tag, attributes] of Object.entries(list))
    merged[tag] = [...new Set([...(merged[tag] ?? []), ...attributes])];

/** Every element a sanitized body may hold, with its attributes (hast property names). */
export const BODY_HTML: Readonly<Record<string, readonly string[]>> = merged;

/**
 * What the site's own plugins add to a sanitized body (src/lib/markdown.ts; Astro's image
 * processing): heading ids and their self-links, `rel` on links to other sites, an image's size.
 */
export const ADDED_BY_SITE: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, ['id']])),
  a: ['rel', 'className'],
  div: ['className'],
  span: ['className', 'ariaHidden'],
  img: ['width', 'height', 'loading', 'decoding'],
};

/**
 * Every element a built briefing body may hold, with its attributes by their HTML names (`class`,
 * `aria-hidden`): what a test of the built pages compares the DOM with.
 */
export function builtBodyHtml(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const list of [BODY_HTML, ADDED_BY_SITE])
    for (const [tag, properties] of Object.entries(list)) {
      const attributes = out.get(tag) ?? new Set<string>();
      for (const property of properties) attributes.add(find(html, property).attribute);
      out.set(tag, attributes);
    }
  return out;
}

/**
 * The hast-util-sanitize schema of a briefing body: the elements and attributes above, link
 * schemes checked on the decoded value, no comments, no ids (the renderer gives headings theirs
 * after sanitizing), code classes only `language-*`.
 */
export const SANITIZE_SCHEMA: Schema = {
  tagNames: Object.keys(BODY_HTML),
  attributes: Object.fromEntries(
    Object.entries(BODY_HTML).map(([tag, attributes]) => [
      tag,
      attributes.map((a) => (tag === 'code' && a === 'className' ? ['className', /^language-[\w-]+$/] : a)),
    ]),
  ),
  protocols: { href: [...LINK_SCHEMES] },
  strip: [...DROPPED_WITH_CONTENT],
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Whether an image address is a file of this site: a path, never an address with a scheme or a
 * protocol-relative `//host/…`, which the Content-Security-Policy would block (`img-src 'self'`).
 */
export function isSiteImage(src: string): boolean {
  // As a browser reads it: tabs and newlines removed, a backslash taken for a slash.
  const value = src.replace(/[\t\n\r]/g, '').trim();
  if (value === '' || /^[\\/]{2}/.test(value)) return false;
  const colon = value.indexOf(':');
  if (colon === -1) return true;
  // A colon after the first "/", "?" or "#" belongs to the path, not to a scheme.
  const end = value.search(/[/?#]/);
  return end !== -1 && end < colon;
}
