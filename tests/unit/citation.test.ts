import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/citation.ts';

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
