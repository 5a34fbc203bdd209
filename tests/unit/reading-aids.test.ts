import { describe, expect, it } from 'vitest';
import { briefingReadingTime, countWords, readingTime } from '../../src/lib/reading-time.ts';
import { tableOfContents } from '../../src/lib/toc.ts';
import { citation } from '../../src/lib/citation.ts';
import { briefingData } from '../helpers/briefings.ts';

describe('reading time', () => {
  it('counts the words a reader reads, not Markdown, link targets or HTML', () => {
    expect(countWords('## Why it matters\n\nRubio’s trip, in the [coming weeks](https://example.org/a-b-c).')).toBe(9);
    expect(countWords(`Sheinbaum called <span lang='es'>"mano dura"</span> the US-bought guns' route.`)).toBe(8);
    expect(countWords('')).toBe(0);
  });

  it('rounds up to whole minutes, never below one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingTime([words(10)])).toEqual({ words: 10, minutes: 1, label: '1 min read' });
    expect(readingTime([words(460)]).minutes).toBe(2);
    expect(readingTime([words(461)]).minutes).toBe(3);
    expect(readingTime([words(1000), undefined, words(150)], 230)).toEqual({
      words: 1150,
      minutes: 5,
      label: '5 min read',
    });
  });

  it('counts a briefing’s dek, body and quotes', () => {
    const b = {
      body: 'One two three.',
      data: briefingData({
        dek: 'Four five six seven.',
        quotes: [{ speaker: 'x', text: 'Eight nine.', context: 'ctx', source: 's' }],
      }),
    };
    expect(briefingReadingTime(b).words).toBe(9);
  });
});

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

describe('citation', () => {
  const input = {
    title: 'Rubio says US-bought guns arm the cartels in Mexico',
    siteName: 'Rubio in Mexico: Briefings',
    published: new Date('2026-11-23T00:00:00Z'),
    url: 'https://example.org/sub/briefings/rubio-says/',
  };

  it('gives title, site, date and permalink', () => {
    expect(citation(input).text).toBe(
      '“Rubio says US-bought guns arm the cartels in Mexico.” Rubio in Mexico: Briefings, 23 November 2026. https://example.org/sub/briefings/rubio-says/',
    );
  });

  it('adds the last update, and does not double a headline’s own punctuation', () => {
    const cited = citation({ ...input, title: 'What next?', updated: new Date('2026-11-25T00:00:00Z') });
    expect(cited.reference).toBe(
      '“What next?” Rubio in Mexico: Briefings, 23 November 2026, updated 25 November 2026.',
    );
    expect(cited.url).toBe(input.url);
  });
});
