import { describe, expect, it } from 'vitest';
import { createUrls, normalizeBase } from '../../src/lib/urls.ts';
import {
  briefingsForTopic,
  leadBriefing,
  newestFirst,
  relatedBriefings,
  visibleBriefings,
} from '../../src/lib/briefings.ts';
import { sortTopics, topicIndex, topicsOf } from '../../src/lib/topics.ts';
import { formatDate, isoDay } from '../../src/lib/dates.ts';
import { kindLabel } from '../../src/lib/kinds.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('urls', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['briefings-mx', '/briefings-mx/'],
    ['/briefings-mx', '/briefings-mx/'],
    ['/a/b/', '/a/b/'],
  ])('normalizes base %s to %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it('makes directory URLs with a trailing slash at the root', () => {
    const urls = createUrls('/');
    expect([
      urls.home(),
      urls.briefing('a-b'),
      urls.topics(),
      urls.topic('weapons-flow'),
      urls.path('favicon.svg'),
    ]).toEqual(['/', '/briefings/a-b/', '/topics/', '/topics/weapons-flow/', '/favicon.svg']);
  });

  it('puts every URL under a subpath base', () => {
    const urls = createUrls('/briefings-mx');
    expect([urls.home(), urls.briefing('a-b'), urls.topic('migration'), urls.path('/topics/migration/')]).toEqual([
      '/briefings-mx/',
      '/briefings-mx/briefings/a-b/',
      '/briefings-mx/topics/migration/',
      '/briefings-mx/topics/migration/',
    ]);
  });

  it('makes absolute URLs from a site and a path, without doubling the base', () => {
    const urls = createUrls('/sub/');
    expect(urls.absolute(urls.topic('cartels'), 'https://example.org')).toBe('https://example.org/sub/topics/cartels/');
    expect(urls.absolute('topics/', 'https://example.org')).toBe('https://example.org/sub/topics/');
  });
});

describe('briefings', () => {
  const a = briefing('a', { published: day('2026-01-01'), topics: ['cartels', 'weapons-flow'] });
  const b = briefing('b', { published: day('2026-01-03'), topics: ['migration'] });
  const c = briefing('c', { published: day('2026-01-02'), topics: ['cartels'], featured: true });
  const d = briefing('d', {
    published: day('2026-01-02'),
    topics: ['weapons-flow', 'cartels'],
    updated: day('2026-01-05'),
  });
  const draft = briefing('e', { published: day('2026-02-01'), topics: ['cartels'], draft: true });

  it('orders newest first, then most recently updated, then by slug', () => {
    expect(newestFirst([a, b, c, d]).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
    const twin = briefing('aa', { published: day('2026-01-02'), topics: ['cartels'] });
    expect(newestFirst([c, twin]).map((x) => x.id)).toEqual(['aa', 'c']);
  });

  it('leaves drafts out unless asked', () => {
    expect(visibleBriefings([a, draft], { includeDrafts: false }).map((x) => x.id)).toEqual(['a']);
    expect(visibleBriefings([a, draft], { includeDrafts: true }).map((x) => x.id)).toEqual(['a', 'e']);
  });

  it('leads with the newest featured briefing, else the newest', () => {
    expect(leadBriefing([a, b, c, d])?.id).toBe('c');
    expect(leadBriefing([a, b])?.id).toBe('b');
    expect(leadBriefing([])).toBeUndefined();
  });

  it('lists a topic newest first', () => {
    expect(briefingsForTopic([a, b, c, d], 'cartels').map((x) => x.id)).toEqual(['d', 'c', 'a']);
    expect(briefingsForTopic([a, b, c, d], 'extradition')).toEqual([]);
  });

  it('relates briefings by shared topics, then recency, never itself', () => {
    expect(relatedBriefings(a, [a, b, c, d]).map((x) => x.id)).toEqual(['d', 'c']);
    expect(relatedBriefings(b, [a, b, c, d])).toEqual([]);
    expect(relatedBriefings(a, [a, b, c, d], 1).map((x) => x.id)).toEqual(['d']);
  });
});

describe('topics', () => {
  const topic = (id: string, order: number) => ({
    id,
    data: { name: id, description: `${id} description text`, order },
  });
  const topics = [topic('migration', 3), topic('cartels', 1), topic('extradition', 3), topic('weapons-flow', 2)];

  it('sorts by display order, then id', () => {
    expect(sortTopics(topics).map((t) => t.id)).toEqual(['cartels', 'weapons-flow', 'extradition', 'migration']);
  });

  it('indexes each topic with its briefings, newest first', () => {
    const x = briefing('x', { published: day('2026-01-01'), topics: ['cartels'] });
    const y = briefing('y', { published: day('2026-01-02'), topics: ['cartels', 'migration'] });
    const index = topicIndex(topics, [x, y]);
    expect(index.map((e) => [e.topic.id, e.briefings.map((b) => b.id)])).toEqual([
      ['cartels', ['y', 'x']],
      ['weapons-flow', []],
      ['extradition', []],
      ['migration', ['y']],
    ]);
    expect(topicsOf(y, topics).map((t) => t.id)).toEqual(['cartels', 'migration']);
  });
});

describe('dates and labels', () => {
  it('formats calendar days in UTC', () => {
    expect(formatDate(day('2026-11-23'))).toBe('23 November 2026');
    expect(isoDay(day('2026-11-23'))).toBe('2026-11-23');
  });

  it('labels analysis as analysis', () => {
    expect(kindLabel('analysis')).toBe('Analysis');
  });
});
