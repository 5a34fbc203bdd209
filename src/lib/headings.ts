import GithubSlugger, { slug } from 'github-slugger';
import { dictionary, type Dictionary } from '../i18n/index.ts';
import { LANGUAGES, type Language } from '../schemas/edition.ts';

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

/** The sections a briefing page adds after the body, by the heading readers see (src/i18n/). */
export type BriefingSection = keyof Dictionary['briefingSections'];

/** An edition's own sections of a briefing page, each with an id derived from its heading, as body headings are. */
export function briefingSections(lang: Language): Record<BriefingSection, LinkedHeading> {
  const t = dictionary(lang);
  return Object.fromEntries(
    Object.entries(t.briefingSections).map(([key, text]) => [key, linkedHeading(slug(text), text, t.headingLink)]),
  ) as Record<BriefingSection, LinkedHeading>;
}

/** The English edition's sections. */
export const BRIEFING_SECTIONS = briefingSections('en');

/** Ids a briefing page (in any edition) uses outside its Markdown body; body headings never take them. */
export const BRIEFING_PAGE_IDS: readonly string[] = [
  MAIN_ID,
  ...new Set(LANGUAGES.flatMap((lang) => Object.values(briefingSections(lang)).map((s) => s.id))),
];

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
