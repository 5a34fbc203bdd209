import GithubSlugger, { slug } from 'github-slugger';

/** The id of the layout's `<main>`, which the skip link targets. */
export const MAIN_ID = 'main';
export const MAIN_HREF = `#${MAIN_ID}`;

/** A heading with a stable id and a link to itself. */
export interface LinkedHeading {
  id: string;
  text: string;
  /** The self-link: `#id`. */
  href: string;
  /** What the self-link says to assistive technology; sighted readers see `HEADING_LINK_SYMBOL`. */
  label: string;
}

export const HEADING_LINK_SYMBOL = '#';
/** Class names of the markup a linked heading renders as: `div.heading-wrapper > (hN#id, a.heading-link)`. */
export const HEADING_WRAPPER_CLASS = 'heading-wrapper';
export const HEADING_LINK_CLASS = 'heading-link';

/** `labelPrefix` is the edition's words for the self-link (src/i18n/), English by default. */
export function linkedHeading(id: string, text: string, labelPrefix = 'Link to this section:'): LinkedHeading {
  const clean = text.trim().replace(/\s+/g, ' ');
  return { id, text: clean, href: `#${id}`, label: `${labelPrefix} ${clean}` };
}

/** The sections a briefing page adds after the body, by the heading readers see. */
const BRIEFING_SECTION_TITLES = {
  toc: 'In this briefing',
  quotes: 'On the record',
  timeline: 'On the timeline',
  corrections: 'Corrections',
  sources: 'Sources',
  related: 'Related briefings',
  cite: 'Cite this briefing',
  sequence: 'More in this topic',
} as const;
export type BriefingSection = keyof typeof BRIEFING_SECTION_TITLES;

/** The page's own sections, each with an id derived from its heading, as body headings are. */
export const BRIEFING_SECTIONS = Object.fromEntries(
  Object.entries(BRIEFING_SECTION_TITLES).map(([key, text]) => [key, linkedHeading(slug(text), text)]),
) as Record<BriefingSection, LinkedHeading>;

/** Ids a briefing page uses outside its Markdown body; body headings never take them. */
export const BRIEFING_PAGE_IDS: readonly string[] = [MAIN_ID, ...Object.values(BRIEFING_SECTIONS).map((s) => s.id)];

/**
 * Ids for one document's headings, in document order: the heading's text slugged as GitHub
 * does ("What’s next" → "whats-next"), with "-1", "-2"… for a repeated heading, and never one
 * of `reserved`. The same text in the same order always gives the same ids.
 */
export function createHeadingIds(reserved: readonly string[] = []): (text: string) => string {
  const slugger = new GithubSlugger();
  for (const id of reserved) slugger.slug(id);
  return (text) => (/[^-]/.test(slug(text.trim())) ? slugger.slug(text.trim()) : slugger.slug('section'));
}
