import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { HEADING_LINK_CLASS } from './headings.ts';
import { sanitizeBody } from '../markdown/sanitize.ts';

export interface FeedSource {
  outlet: string;
  kind: string;
  description: string;
  url?: string | undefined;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The sources a briefing draws on, as the page lists them: outlet (linked), kind, description. */
function sourceList(heading: string, sources: readonly FeedSource[]): ElementContent[] {
  if (sources.length === 0) return [];
  return [
    element('h2', {}, [text(heading)]),
    element(
      'ul',
      {},
      sources.map((s) =>
        element('li', {}, [
          s.url ? element('a', { href: s.url }, [text(s.outlet)]) : text(s.outlet),
          text(`, ${s.kind}. ${s.description}`),
        ]),
      ),
    ),
  ];
}

/**
 * A briefing's body as a feed reader gets it: the page's rendered body without the headings'
 * self-links, reduced again to the allowlist (src/markdown/allowlist.ts), its sources listed
 * after it, and every link and image made absolute against the briefing's own URL (so under
 * SITE_URL and BASE_PATH, as the page's links and images already carry the base path). An image
 * Astro optimizes has its built address in a body rendered as the page renders it (the feed
 * routes pass that, src/site/feeds.ts); in stored HTML, where it is still a placeholder, it is
 * given by its description.
 */
export function feedContentHtml(
  html: string,
  pageUrl: string,
  sources: readonly FeedSource[] = [],
  sourcesHeading = 'Sources',
): string {
  const page: Root = fromHtml(html, { fragment: true });
  visit(page, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes(HEADING_LINK_CLASS)) {
      parent.children.splice(index, 1);
      return index;
    }
    // An image Astro optimizes is only a placeholder until the body is rendered: its description
    // stands in for it.
    const placeholder = Object.entries(node.properties).find(([key]) => /^__astro_image_$/i.test(key))?.[1];
    if (node.tagName === 'img' && typeof placeholder === 'string') {
      const alt = (JSON.parse(placeholder) as { alt?: unknown }).alt;
      parent.children.splice(index, 1, ...(typeof alt === 'string' && alt ? [text(alt)] : []));
      return index;
    }
  });
  const body = sanitizeBody(page);
  body.children.push(...sourceList(sourcesHeading, sources));
  visit(body, 'element', (node) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value !== 'string') continue;
      if (URL.canParse(value, pageUrl)) node.properties[key] = new URL(value, pageUrl).href;
      else delete node.properties[key];
    }
  });
  return toHtml(body);
}
