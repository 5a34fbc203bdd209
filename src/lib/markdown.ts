import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import type { SiteUrls } from './urls.ts';
import { dictionary } from '../i18n/index.ts';
import { editionOfFile } from '../model/collections.ts';
import { sanitizeHtml } from '../markdown/sanitize.ts';
import {
  BRIEFING_PAGE_IDS,
  HEADING_LINK_CLASS,
  HEADING_LINK_SYMBOL,
  HEADING_WRAPPER_CLASS,
  createHeadingIds,
  linkedHeading,
  type LinkedHeading,
} from './headings.ts';

/** Headings that get a visible link to themselves. Every heading gets an id. */
export const LINKED_HEADING_TAGS = ['h2', 'h3'] as const;
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A link to another site: an absolute http(s) URL or a protocol-relative one, read as a browser
 * reads it (tabs and newlines removed, a backslash taken for a slash).
 */
export function isExternal(href: string): boolean {
  return /^(https?:)?[\\/]{2}/i.test(href.replace(/[\t\n\r]/g, '').trim());
}

/** The `rel` tokens a link should carry: an external one never gets `window.opener` nor a referrer. */
export function linkRel(href: string, existing: readonly string[] = []): string[] | undefined {
  if (!isExternal(href)) return existing.length ? [...existing] : undefined;
  return [...new Set([...existing, 'noopener', 'noreferrer'])];
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The self-link placed after a heading: a visible "#" and, for screen readers, what it links to. */
export function headingLinkElement(heading: LinkedHeading): Element {
  return element('a', { className: [HEADING_LINK_CLASS], href: heading.href }, [
    element('span', { ariaHidden: 'true' }, [text(HEADING_LINK_SYMBOL)]),
    element('span', { className: ['visually-hidden'] }, [text(heading.label)]),
  ]);
}

/** The wrapper a linked heading moves into: `div.heading-wrapper > (heading, a.heading-link)`. */
export function headingWrapperElement(heading: LinkedHeading): Element {
  return element('div', { className: [HEADING_WRAPPER_CLASS] }, [headingLinkElement(heading)]);
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

export interface BriefingMarkdownOptions {
  /** Ids the page uses outside the body, which body headings must not take. */
  reservedIds?: readonly string[];
}

/**
 * The Sätteri hast plugins for briefing bodies: first the sanitizer (src/markdown/sanitize.ts),
 * which reduces the body to the allowlist, then this one. They run before Astro's own heading-id
 * plugin, which keeps the ids set here:
 * - root-relative links and images (`/topics/migration/`) get the base path (`urls.fromMarkdown`);
 * - links to other sites get `rel="noopener noreferrer"`;
 * - every heading gets a stable id from its text, unique on the page, and each h2 and h3 a
 *   visible, focusable link to itself.
 * It is a factory, so each document starts with fresh heading ids.
 */
export function briefingMarkdown(urls: SiteUrls, options: BriefingMarkdownOptions = {}): HastPluginEntry {
  const reserved = options.reservedIds ?? BRIEFING_PAGE_IDS;
  return [sanitizeHtml, briefingLinksAndHeadings(urls, reserved)];
}

function briefingLinksAndHeadings(urls: SiteUrls, reserved: readonly string[]): HastPluginEntry {
  return (file): HastPluginDefinition => {
    const headingId = createHeadingIds(reserved);
    // A translation's self-links speak its language: the folder it is in says which.
    const labelPrefix = dictionary(editionOfFile(file.fileURL?.pathname ?? '')).headingLink;
    return {
      name: 'briefing-markdown',
      element: {
        filter: ['a', 'img', ...HEADING_TAGS],
        visit(node, ctx) {
          const props = node.properties ?? {};
          if (node.tagName === 'a') {
            if (typeof props.href !== 'string') return;
            const href = urls.fromMarkdown(props.href);
            if (href !== props.href) ctx.setProperty(node, 'href', href);
            const rel = linkRel(href, stringList(props.rel));
            if (rel) ctx.setProperty(node, 'rel', rel);
            return;
          }
          if (node.tagName === 'img') {
            if (typeof props.src === 'string') ctx.setProperty(node, 'src', urls.fromMarkdown(props.src));
            return;
          }
          const title = ctx.textContent(node);
          const id = typeof props.id === 'string' && props.id !== '' ? props.id : headingId(title);
          ctx.setProperty(node, 'id', id);
          if ((LINKED_HEADING_TAGS as readonly string[]).includes(node.tagName)) {
            ctx.wrapNode(node, headingWrapperElement(linkedHeading(id, title, labelPrefix)));
          }
        },
      },
    };
  };
}
