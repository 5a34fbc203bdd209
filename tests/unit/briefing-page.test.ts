import { describe, expect, it } from 'vitest';
import { briefingPageData } from '../../src/lib/briefing-page.ts';
import { indexBriefings } from '../../src/lib/briefing-index.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const image = { url: 'https://example.org/mx/card.png', width: 1200, height: 630, alt: 'The card', type: 'image/png' };
const site = {
  urls,
  url: 'https://example.org',
  name: 'The Site',
  publisher: { name: 'The Site', url: 'https://example.org/mx/', logo: image },
  image,
};
const topic = (id: string, name: string, order: number) => ({
  id,
  data: { name, description: `${name}, described at length.`, order },
});
const topics = [topic('cartels', 'Cartels', 1), topic('migration', 'Migration', 2)];
const sources = new Map([
  ['afp', { id: 'afp', data: { outlet: 'AFP', kind: 'wire report' as const, description: 'A report.' } }],
]);
const people = new Map([['rubio', { id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } }]]);

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const subject = {
  ...briefing('subject', {
    title: 'The briefing under test',
    published: day('2026-01-05'),
    topics: ['migration', 'cartels'],
    sources: ['afp'],
    quotes: [{ speaker: 'rubio', text: 'We want to help.', context: 'Testimony', source: 'afp' }],
    timeline: [
      { id: 'tour', when: 'in February', event: 'Rubio tours the region.', status: 'occurred', source: 'afp' },
    ],
    corrections: [{ date: day('2026-01-07'), text: 'A correction.' }],
  }),
  body: `## What happened\n\n${words(500)}\n`,
};
const others = Array.from({ length: 5 }, (_, i) =>
  briefing(`other-${i}`, { published: day(`2026-01-0${i + 1}`), topics: ['migration'], sources: ['afp'] }),
);
const all = [subject, ...others];

const data = briefingPageData({
  briefing: subject,
  headings: [
    { depth: 2, slug: 'what-happened', text: 'What happened' },
    { depth: 2, slug: 'why', text: 'Why' },
    { depth: 3, slug: 'detail', text: 'Detail' },
    { depth: 2, slug: 'next', text: 'Next' },
  ],
  topics,
  sources,
  people,
  index: indexBriefings(all),
  timelinePageOf: (id) => (id === 'tour' ? 4 : 1),
  site,
});

describe('briefingPageData', () => {
  it('gives the head its title, path and one last-changed day', () => {
    expect(data.head.title).toBe('The briefing under test');
    expect(data.head.path).toBe('/mx/briefings/subject/');
    expect(data.head.article.modified).toEqual(day('2026-01-07'));
    expect(data.updated).toEqual(day('2026-01-07'));
    expect(data.head.jsonLd[0]).toMatchObject({ dateModified: '2026-01-07', datePublished: '2026-01-05' });
  });

  it('reads the reading time from the body: 500 words and a dek are 3 minutes', () => {
    expect(data.readingTime).toBe('3 min read');
  });

  it('suggests at most 3 related briefings, newest first', () => {
    expect(data.related.map((b) => b.id)).toEqual(['other-4', 'other-3', 'other-2']);
  });

  it('orders its topics for display and links the previous and next in its first topic', () => {
    expect(data.topics.map((t) => t.id)).toEqual(['cartels', 'migration']);
    expect(data.sequence).toEqual({
      topic: { name: 'Migration', href: '/mx/topics/migration/' },
      // other-4 shares the subject's day and comes first by slug, so it counts as the newer.
      previous: { title: 'A briefing title for tests', href: '/mx/briefings/other-3/' },
      next: { title: 'A briefing title for tests', href: '/mx/briefings/other-4/' },
    });
  });

  it('names each quote’s speaker and source, and links each timeline entry on its page', () => {
    expect(data.quotes).toEqual([
      {
        quote: expect.objectContaining({ text: 'We want to help.' }),
        speaker: { name: 'Marco Rubio', role: 'US Secretary of State', href: '/mx/people/rubio/' },
        sourceName: 'AFP',
      },
    ]);
    expect(data.timeline).toEqual([
      { when: 'In February', event: 'Rubio tours the region.', status: 'Occurred', href: '/mx/timeline/4/#tour' },
    ]);
  });

  it('has a table of contents, its corrections and a citation with the absolute permalink', () => {
    expect(data.toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['what-happened', []],
      ['why', ['detail']],
      ['next', []],
    ]);
    expect(data.corrections?.latest).toEqual(day('2026-01-07'));
    expect(data.citation.text).toBe(
      '“The briefing under test.” The Site, 5 January 2026, updated 7 January 2026. https://example.org/mx/briefings/subject/',
    );
  });
});
