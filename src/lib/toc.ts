/** A heading as Astro's render() returns it. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** A briefing gets a table of contents when its body has at least this many sections (## headings). */
export const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of a briefing's body: its `##` sections, each with its `###`
 * subsections. Empty when the body has fewer than `minSections` sections.
 */
export function tableOfContents(
  headings: readonly MarkdownHeading[],
  { minSections = TOC_MIN_SECTIONS }: { minSections?: number } = {},
): TocEntry[] {
  const sections: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { slug: heading.slug, text: heading.text.trim(), children: [] };
    if (heading.depth === 2) sections.push(entry);
    else if (heading.depth === 3) sections.at(-1)?.children.push(entry);
  }
  return sections.length >= minSections ? sections : [];
}
