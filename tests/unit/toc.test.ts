import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\W+/g, '-') });

  it('lists sections with their subsections when there are three or more sections', () => {
    const toc = tableOfContents([
      h(2, 'Timing'),
      h(2, 'What to watch'),
      h(3, 'Trade'),
      h(3, 'Migration'),
      h(2, 'Next'),
    ]);
    expect(toc).toEqual([
      { slug: 'timing', text: 'Timing', children: [] },
      {
        slug: 'what-to-watch',
        text: 'What to watch',
        children: [
          { slug: 'trade', text: 'Trade', children: [] },
          { slug: 'migration', text: 'Migration', children: [] },
        ],
      },
      { slug: 'next', text: 'Next', children: [] },
    ]);
  });

  it('is empty for fewer than three sections, however many subsections', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'Two')])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });

  it('leaves out deeper headings and a subsection before any section', () => {
    const toc = tableOfContents([h(3, 'Stray'), h(2, 'A'), h(4, 'Deep'), h(2, 'B'), h(2, 'C')]);
    expect(toc.map((e) => [e.text, e.children.length])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 0],
    ]);
  });
});
