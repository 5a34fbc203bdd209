import { describe, expect, it } from 'vitest';
import {
  homePageData,
  listing,
  peopleIndexPageData,
  personPageData,
  timelinePageData,
  topicPageData,
} from '../../src/lib/listing-pages.ts';
import { peopleIndex } from '../../src/lib/people.ts';
import { passagesBySpeaker } from '../../src/lib/quotations.ts';
import { orderTimeline, paginateTimeline } from '../../src/lib/timeline.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const quote = (speaker: string, text: string) => ({ speaker, text, context: 'Testimony', source: 'afp' });
const rubio = { id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } };
const sources = new Map([['afp', { id: 'afp', data: { outlet: 'AFP', kind: 'wire report' as const } }]]);

/** Pages as Astro's `paginate()` hands them to a page: its slice, its number and the last page's. */
function astroPages<T>(items: readonly T[], size: number) {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastPage }, (_, i) => ({
    data: items.slice(i * size, (i + 1) * size),
    currentPage: i + 1,
    lastPage,
  }));
}

describe('what every listing page shows around its items', () => {
  it('names, places and links page 2 of 3', () => {
    const view = listing('Cartels', { currentPage: 2, lastPage: 3 }, (n) => urls.topicPage('cartels', n));
    expect(view).toMatchObject({
      title: 'Cartels, page 2 of 3',
      path: '/mx/topics/cartels/2/',
      position: 'page 2 of 3',
      paged: true,
    });
    expect([view.links.prev, view.links.next]).toEqual(['/mx/topics/cartels/', '/mx/topics/cartels/3/']);
  });

  it('a list on one page is just its name, with no page links', () => {
    const view = listing('Timeline', { number: 1, total: 1 }, (n) => urls.timelinePage(n));
    expect(view).toMatchObject({ title: 'Timeline', path: '/mx/timeline/', position: '', paged: false });
    expect(view.links.pages).toHaveLength(1);
  });
});

describe('a topic page', () => {
  it('lists its page of briefings with the topic’s feeds', () => {
    const topic = { id: 'cartels', data: { name: 'Cartels', description: 'Cartels, described.', order: 1 } };
    const list = [briefing('a'), briefing('b')];
    const data = topicPageData({ topic, page: astroPages(list, 25)[0]!, urls });
    expect(data.listing.title).toBe('Cartels');
    expect(data.briefings.map((b) => b.id)).toEqual(['a', 'b']);
    expect(data.feeds.map((f) => f.href)).toEqual([
      '/mx/topics/cartels/rss.xml',
      '/mx/topics/cartels/atom.xml',
      '/mx/topics/cartels/feed.json',
    ]);
  });
});

describe('the people index', () => {
  it('counts each person’s quotations and briefings in words', () => {
    const sheinbaum = { id: 'sheinbaum', data: { name: 'Claudia Sheinbaum', role: 'President of Mexico' } };
    const bs = [
      briefing('a', { quotes: [quote('rubio', 'One.'), quote('rubio', 'Two.'), quote('sheinbaum', 'historic')] }),
      briefing('b', { quotes: [quote('rubio', 'One.')] }),
    ];
    const [page] = astroPages(peopleIndex([rubio, sheinbaum], passagesBySpeaker(bs)), 25);
    const data = peopleIndexPageData({ page: page!, urls });
    expect(data.people.map((p) => [p.name, p.href, p.count])).toEqual([
      ['Claudia Sheinbaum', '/mx/people/sheinbaum/', '1 quote in 1 briefing'],
      ['Marco Rubio', '/mx/people/rubio/', '2 quotes in 2 briefings'],
    ]);
  });
});

describe('a person’s page', () => {
  const older = briefing('older', { published: day('2026-01-01'), quotes: [quote('rubio', 'First.')] });
  const newer = briefing('newer', {
    published: day('2026-01-05'),
    quotes: [quote('rubio', 'Second.'), quote('rubio', 'Third.'), quote('rubio', 'First.')],
  });

  it('shows its quotations, each once, and the briefings citing them, on each page', () => {
    const pages = astroPages(passagesBySpeaker([older, newer]).get('rubio')!, 2).map((page) =>
      personPageData({ person: rubio, page, sources, urls }),
    );
    expect(
      pages.map((p) => [
        p.listing.title,
        p.passages.map(({ quote, sourceName }) => `${quote.text} ${sourceName}`),
        p.briefings.map((b) => b.id),
        p.briefingsHeading,
      ]),
    ).toEqual([
      ['Marco Rubio', ['Second. AFP', 'Third. AFP'], ['newer'], 'Briefings that quote Marco Rubio on this page'],
      ['Marco Rubio, page 2 of 2', ['First. AFP'], ['newer', 'older'], 'Briefings that quote Marco Rubio on this page'],
    ]);
  });

  it('a person nobody quotes has one page, with nothing on it', () => {
    const [page] = astroPages([], 25);
    const data = personPageData({ person: rubio, page: page!, sources, urls });
    expect([data.listing.path, data.passages, data.briefings, data.briefingsHeading]).toEqual([
      '/mx/people/rubio/',
      [],
      [],
      'Briefings that quote Marco Rubio',
    ]);
  });
});

describe('a timeline page', () => {
  it('gives each entry its time, status and briefing link, and report lines their label', () => {
    const b = briefing('b', {
      timeline: [
        { id: 'tour', when: 'in February', event: 'Rubio tours Latin America.', status: 'occurred', source: 'afp' },
      ],
    });
    const { pages } = paginateTimeline(orderTimeline([b], sources));
    const data = timelinePageData({ page: pages[0]!, urls });
    expect(data.rows).toEqual([
      {
        kind: 'entry',
        id: 'tour',
        when: { text: 'In February' },
        status: 'occurred',
        statusLabel: 'Occurred',
        event: 'Rubio tours Latin America.',
        briefing: { title: 'A briefing title for tests', href: '/mx/briefings/b/' },
      },
      { kind: 'report', label: 'The AFP wire report (no date given)' },
    ]);
  });
});

describe('the home page', () => {
  const plain = (id: string, published: string, featured = false) =>
    briefing(id, { published: day(published), featured });

  it('leads with the newest featured briefing, not the newest', () => {
    const bs = [plain('new', '2026-01-09'), plain('featured', '2026-01-03', true), plain('old', '2026-01-01')];
    const data = homePageData({ briefings: bs, topics: [] });
    expect(data.lead?.briefing.id).toBe('featured');
    expect(data.latest.map((b) => b.id)).toEqual(['new', 'old']);
  });

  it('leads with the newest when none is featured, and lists the next 8', () => {
    const bs = Array.from({ length: 12 }, (_, i) => plain(`b${i}`, `2026-01-${String(10 + i).padStart(2, '0')}`));
    const data = homePageData({ briefings: bs, topics: [] });
    expect(data.lead?.briefing.id).toBe('b11');
    expect(data.latest.map((b) => b.id)).toEqual(['b10', 'b9', 'b8', 'b7', 'b6', 'b5', 'b4', 'b3']);
  });

  it('shows the lead’s "Updated" day from its corrections', () => {
    const corrected = briefing('c', {
      published: day('2026-01-02'),
      corrections: [{ date: day('2026-01-06'), text: 'A correction.' }],
    });
    expect(homePageData({ briefings: [corrected], topics: [] }).lead?.updated).toEqual(day('2026-01-06'));
  });
});
