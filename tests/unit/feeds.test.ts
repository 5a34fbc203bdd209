import { describe, expect, it } from 'vitest';
import { buildFeed, describeFeed, feedLinks, renderFeed } from '../../src/lib/feeds.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { briefing } from '../helpers/briefings.ts';
import { parseFeedXml } from '../helpers/xml.ts';

const urls = createUrls('/sub/');
const site = 'https://example.org';
const topics = [
  { id: 'cartels', data: { name: 'Cartels', description: 'Drug cartels and the fight against them.', order: 1 } },
  { id: 'migration', data: { name: 'Migration', description: 'Migration and its enforcement.', order: 2 } },
];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
/** 60 briefings, one a day; every third is about migration too; b-09 was updated later. */
const briefings = Array.from({ length: 60 }, (_, n) =>
  briefing(`b-${String(n).padStart(2, '0')}`, {
    title: `Briefing number ${n} & its <title>`,
    dek: `The dek of briefing ${n}, with “quotes” & an ampersand.`,
    published: day(n),
    topics: n % 3 === 0 ? ['cartels', 'migration'] : ['cartels'],
    ...(n === 9 ? { updated: day(100) } : {}),
  }),
);
const describe_ = (topic?: (typeof topics)[number]) =>
  describeFeed({
    topic,
    briefings,
    topics,
    urls,
    site,
    siteName: 'Test Site',
    siteDescription: 'A site for tests.',
    image: `${site}/sub/logo.png`,
  });

// The README's figure, as a literal: a feed carries the newest 50.
const newest50 = [...briefings].reverse().slice(0, 50);
const under = (url: string) => expect(url).toMatch(/^https:\/\/example\.org\/sub\//);

describe('the RSS 2.0 feed', () => {
  const rss = parseFeedXml(renderFeed(buildFeed(describe_()), 'rss')).rss;

  it('describes the site with absolute URLs under the base path', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('Test Site');
    expect(rss.channel.link).toBe('https://example.org/sub/');
    expect(rss.channel.description).toBe('A site for tests.');
    expect(rss.channel['atom:link']['@href']).toBe('https://example.org/sub/rss.xml');
    // The newest change among the items: b-09's later update is not among the newest 50.
    expect(rss.channel.lastBuildDate).toBe(day(59).toUTCString());
  });

  it('carries the newest 50 briefings, each field by field', () => {
    expect(rss.channel.item).toHaveLength(50);
    rss.channel.item.forEach((item: Record<string, any>, i: number) => {
      const b = newest50[i]!;
      expect(item.title).toBe(b.data.title);
      expect(item.link).toBe(`https://example.org/sub/briefings/${b.id}/`);
      expect(item.guid['#text']).toBe(item.link);
      // Readers take an RSS description for HTML: the dek, which is text, is escaped as HTML.
      expect(item.description).toBe(
        `The dek of briefing ${b.id.slice(2).replace(/^0/, '')}, with “quotes” &amp; an ampersand.`,
      );
      expect(item.pubDate).toBe(b.data.published.toUTCString());
      expect(item.category.map((c: Record<string, string>) => [c['#text'], c['@domain']])).toEqual(
        b.data.topics.map((t) => [t === 'cartels' ? 'Cartels' : 'Migration', `https://example.org/sub/topics/${t}/`]),
      );
    });
  });
});

describe('the Atom feed', () => {
  const feed = parseFeedXml(renderFeed(buildFeed(describe_(topics[1])), 'atom')).feed;
  const inTopic = [...briefings]
    .reverse()
    .filter((b) => b.data.topics.includes('migration'))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime());

  it('follows one topic, with its page and its own address', () => {
    expect(feed.title).toEqual({ '@type': 'text', '#text': 'Migration · Test Site' });
    expect(feed.id).toBe('https://example.org/sub/topics/migration/');
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', 'https://example.org/sub/topics/migration/'],
      ['self', 'https://example.org/sub/topics/migration/atom.xml'],
    ]);
    expect(feed.author.name).toBe('Test Site');
    // The newest change among the items: b-09 was updated after the newest was published.
    expect(feed.updated).toBe(day(100).toISOString());
  });

  it('carries only that topic’s briefings, with published and updated dates and topics as categories', () => {
    expect(feed.entry.map((e: Record<string, string>) => e.id)).toEqual(
      inTopic.map((b) => `https://example.org/sub/briefings/${b.id}/`),
    );
    const updated = feed.entry.find((e: { id: string }) => e.id.endsWith('/b-09/'));
    expect([updated.published, updated.updated]).toEqual([day(9).toISOString(), day(100).toISOString()]);
    for (const entry of feed.entry) {
      under(entry.link[0]['@href']);
      expect(entry.summary['@type']).toBe('text');
      expect(entry.summary['#text']).toMatch(/^The dek of briefing \d+, with “quotes” & an ampersand\.$/);
      expect(entry.category.map((c: Record<string, string>) => [c['@term'], c['@label'], c['@scheme']])).toEqual([
        ['cartels', 'Cartels', 'https://example.org/sub/topics/'],
        ['migration', 'Migration', 'https://example.org/sub/topics/'],
      ]);
    }
  });
});

describe('the JSON Feed', () => {
  const json = JSON.parse(renderFeed(buildFeed(describe_()), 'json'));

  it('is JSON Feed 1.1 with its required and recommended top-level fields', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test Site',
      home_page_url: 'https://example.org/sub/',
      feed_url: 'https://example.org/sub/feed.json',
      language: 'en',
      authors: [{ name: 'Test Site', url: 'https://example.org/sub/' }],
    });
    expect(json).not.toHaveProperty('author');
  });

  it('gives every item an id, a URL, the dek as text and both dates', () => {
    expect(json.items).toHaveLength(50);
    json.items.forEach((item: Record<string, any>, i: number) => {
      const b = newest50[i]!;
      expect(item).toEqual({
        id: `https://example.org/sub/briefings/${b.id}/`,
        url: `https://example.org/sub/briefings/${b.id}/`,
        title: b.data.title,
        content_text: b.data.dek,
        summary: b.data.dek,
        date_published: b.data.published.toISOString(),
        date_modified: (b.data.updated ?? b.data.published).toISOString(),
        tags: b.data.topics.map((t) => (t === 'cartels' ? 'Cartels' : 'Migration')),
      });
    });
  });
});

describe('the well-formedness check the feed tests rely on', () => {
  it('refuses malformed XML, naming what is wrong', () => {
    expect(() => parseFeedXml('<?xml version="1.0"?><rss><channel></rss>')).toThrow(/closing tag/);
    expect(() => parseFeedXml('<?xml version="1.0"?><rss>Q&A</rss>')).toThrow(/&/);
    expect(() => parseFeedXml('<rss></rss>')).toThrow();
  });
});

describe('feed links', () => {
  it('advertise each format of a topic’s feed under the base path', () => {
    expect(feedLinks(urls, 'Test Site', topics[0]).map((l) => [l.href, l.type, l.title])).toEqual([
      ['/sub/topics/cartels/rss.xml', 'application/rss+xml', 'Cartels · Test Site (RSS)'],
      ['/sub/topics/cartels/atom.xml', 'application/atom+xml', 'Cartels · Test Site (Atom)'],
      ['/sub/topics/cartels/feed.json', 'application/feed+json', 'Cartels · Test Site (JSON Feed)'],
    ]);
  });
});
