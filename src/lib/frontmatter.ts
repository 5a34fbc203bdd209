import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** Where a Markdown file's frontmatter is, as the build reads it. */
export interface Frontmatter {
  /** The YAML text between the fences, starting just after the opening `---`. */
  yaml: string;
  /** The file line `yaml` starts on: the opening fence's (its first line is the rest of that line). */
  yamlLine: number;
  /** Where the body starts, just after the closing fence. */
  bodyOffset: number;
}

/**
 * The one frontmatter reader: Astro's own (what its glob loader uses to build the site), so the
 * checker, the sitemap and the tests read exactly the frontmatter the build reads. A leading
 * byte-order mark is skipped; offsets are in the text without it. Undefined when the file has
 * no frontmatter the build would find.
 */
export function readFrontmatter(input: string): Frontmatter | undefined {
  const text = input.replace(/^\uFEFF/, '');
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return undefined;
  const fence = text.search(/---|\+\+\+/);
  if (fence === -1 || !text.startsWith(yaml, fence + 3)) return undefined;
  return {
    yaml,
    yamlLine: (text.slice(0, fence).match(/\n/g)?.length ?? 0) + 1,
    bodyOffset: fence + 3 + yaml.length + 3,
  };
}

/** Whether a text breaks its lines with carriage returns alone (classic Mac), which no reader here splits on. */
export const hasCrOnlyLineEndings = (text: string) => /\r(?!\n)/.test(text);
