import { describe, expect, it } from 'vitest';
import {
  buildFeed,
  describeFeed,
  feedBriefings,
  feedLinks,
  renderFeed,
  translatedFeedBriefing,
} from '../../src/lib/feeds.ts';
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
    // In the edition's order, newest first, as the site passes them.
    briefings: [...briefings].reverse(),
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

describe('the order of a feed', () => {
  it('keeps its edition’s order, so that briefings of one day come as the pages list them, not by slug', () => {
    const sameDay = ['z-first', 'a-second', 'm-third'].map((id) =>
      briefing(id, { published: day(5), topics: ['cartels'] }),
    );
    const feed = buildFeed(
      describeFeed({ briefings: sameDay, topics, urls, site, siteName: 'Test Site', siteDescription: 'A site.' }),
    );
    expect(feedBriefings(sameDay).map((b) => b.id)).toEqual(['z-first', 'a-second', 'm-third']);
    const links = parseFeedXml(renderFeed(feed, 'rss')).rss.channel.item.map((i: { link: string }) => i.link);
    expect(links).toEqual(['z-first', 'a-second', 'm-third'].map((id) => `https://example.org/sub/briefings/${id}/`));
  });
});

describe('feed links', () => {
  it('advertise each format of a topic’s feed under the base path, named as the edition is', () => {
    expect(feedLinks(urls, topics[0]).map((l) => [l.href, l.type, l.title])).toEqual([
      ['/sub/topics/cartels/rss.xml', 'application/rss+xml', 'Cartels · Rubio in Mexico: Briefings (RSS)'],
      ['/sub/topics/cartels/atom.xml', 'application/atom+xml', 'Cartels · Rubio in Mexico: Briefings (Atom)'],
      ['/sub/topics/cartels/feed.json', 'application/feed+json', 'Cartels · Rubio in Mexico: Briefings (JSON Feed)'],
    ]);
  });
});

describe('the Spanish edition’s feeds', () => {
  const esTopics = [
    {
      id: 'cartels',
      data: {
        name: 'Cartels',
        description: 'Drug cartels and the fight against them.',
        order: 1,
        es: { name: 'Cárteles', description: 'Los cárteles y la lucha contra ellos.', slug: 'carteles' },
      },
    },
    {
      id: 'migration',
      data: {
        name: 'Migration',
        description: 'Migration and its enforcement.',
        order: 2,
        es: { name: 'Migración', description: 'La migración y su control.', slug: 'migracion' },
      },
    },
  ];
  /** 60 translations, one a day, of the briefings above; n-06 (about migration too) was updated, n-07 corrected. */
  const translated = briefings.map((original, n) => ({
    translation: {
      id: `n-${String(n).padStart(2, '0')}`,
      data: {
        title: `Nota número ${n} & su <título>`,
        dek: `La entradilla de la nota ${n}, con “comillas” & un signo.`,
        published: day(n + 1),
        ...(n === 6 ? { updated: day(200) } : {}),
        ...(n === 7 ? { corrections: [{ date: day(150), text: 'Una corrección.' }] } : {}),
      },
    },
    original,
  }));
  const spanish = (topic?: (typeof esTopics)[number]) =>
    buildFeed(
      describeFeed({
        lang: 'es',
        topic,
        briefings: [...translated].reverse().map(translatedFeedBriefing),
        topics: esTopics,
        urls,
        site,
        siteName: 'Sitio de prueba',
        siteDescription: 'Un sitio para pruebas.',
      }),
    );
  const newest = [...translated].reverse();

  it('RSS declares Spanish and links to the Spanish pages, newest 50 translations first', () => {
    const { channel } = parseFeedXml(renderFeed(spanish(), 'rss')).rss;
    expect(channel.language).toBe('es');
    expect(channel.title).toBe('Sitio de prueba');
    expect(channel.description).toBe('Un sitio para pruebas.');
    expect(channel.link).toBe('https://example.org/sub/es/');
    expect(channel['atom:link']['@href']).toBe('https://example.org/sub/es/rss.xml');
    expect(channel.item).toHaveLength(50);
    expect(channel.item.map((i: { link: string }) => i.link)).toEqual(
      newest.slice(0, 50).map((e) => `https://example.org/sub/es/notas/${e.translation.id}/`),
    );
    expect(channel.item[0].title).toBe('Nota número 59 & su <título>');
    // The categories are the topics' Spanish names, linking to their Spanish pages.
    expect(channel.item[0].category.map((c: Record<string, string>) => [c['#text'], c['@domain']])).toEqual([
      ['Cárteles', 'https://example.org/sub/es/temas/carteles/'],
    ]);
  });

  it('Atom declares xml:lang="es" and follows a topic at its Spanish path, dated by the translations', () => {
    const feed = parseFeedXml(renderFeed(spanish(esTopics[1]), 'atom')).feed;
    expect(feed['@xml:lang']).toBe('es');
    expect(feed.title).toEqual({ '@type': 'text', '#text': 'Migración · Sitio de prueba' });
    expect(feed.subtitle['#text']).toBe('La migración y su control.');
    expect(feed.id).toBe('https://example.org/sub/es/temas/migracion/');
    expect(feed.link.map((l: Record<string, string>) => l['@href'])).toEqual([
      'https://example.org/sub/es/temas/migracion/',
      'https://example.org/sub/es/temas/migracion/atom.xml',
    ]);
    const ids = feed.entry.map((e: { id: string }) => e.id);
    expect(ids).toEqual(
      newest
        .filter((e) => e.original.data.topics.includes('migration'))
        .map((e) => `https://example.org/sub/es/notas/${e.translation.id}/`),
    );
    // The translation's own dates: n-06 updated on day 200, later than any other change in the topic.
    expect(feed.updated).toBe(day(200).toISOString());
    const n06 = feed.entry.find((e: { id: string }) => e.id.endsWith('/n-06/'));
    expect([n06.published, n06.updated]).toEqual([day(7).toISOString(), day(200).toISOString()]);
    const n03 = feed.entry.find((e: { id: string }) => e.id.endsWith('/n-03/'));
    expect([n03.published, n03.updated]).toEqual([day(4).toISOString(), day(4).toISOString()]);
    expect(n03.category.map((c: Record<string, string>) => [c['@term'], c['@label'], c['@scheme']])).toEqual([
      ['carteles', 'Cárteles', 'https://example.org/sub/es/temas/'],
      ['migracion', 'Migración', 'https://example.org/sub/es/temas/'],
    ]);
  });

  it('JSON Feed declares its language and counts a correction as a change', () => {
    const json = JSON.parse(renderFeed(spanish(), 'json'));
    expect(json).toMatchObject({
      language: 'es',
      title: 'Sitio de prueba',
      home_page_url: 'https://example.org/sub/es/',
      feed_url: 'https://example.org/sub/es/feed.json',
    });
    const corrected = json.items.find((i: { id: string }) => i.id.endsWith('/n-07/'));
    expect(corrected).toBeUndefined(); // n-07 is older than the newest 50
    const all = JSON.parse(
      renderFeed(
        buildFeed(
          describeFeed({
            lang: 'es',
            briefings: translated.slice(0, 10).reverse().map(translatedFeedBriefing),
            topics: esTopics,
            urls,
            site,
            siteName: 'Sitio de prueba',
            siteDescription: 'Un sitio para pruebas.',
          }),
        ),
        'json',
      ),
    );
    const n07 = all.items.find((i: { id: string }) => i.id.endsWith('/n-07/'));
    expect([n07.date_published, n07.date_modified]).toEqual([day(8).toISOString(), day(150).toISOString()]);
    expect(n07.tags).toEqual(['Cárteles']);
  });

  it('refuses a topic feed for a topic with no Spanish version', () => {
    expect(() =>
      describeFeed({
        lang: 'es',
        topic: topics[0],
        briefings: [],
        topics,
        urls,
        site,
        siteName: 'Sitio de prueba',
        siteDescription: 'Un sitio para pruebas.',
      }),
    ).toThrow('topic "cartels" has no es version');
  });

  it('advertises each format of the edition’s and a topic’s feed, in Spanish paths and words', () => {
    expect(feedLinks(urls, undefined, 'es').map((l) => [l.href, l.title])).toEqual([
      ['/sub/es/rss.xml', 'Rubio en México: notas (RSS)'],
      ['/sub/es/atom.xml', 'Rubio en México: notas (Atom)'],
      ['/sub/es/feed.json', 'Rubio en México: notas (JSON Feed)'],
    ]);
    expect(feedLinks(urls, esTopics[0], 'es').map((l) => [l.href, l.title])).toEqual([
      ['/sub/es/temas/carteles/rss.xml', 'Cárteles · Rubio en México: notas (RSS)'],
      ['/sub/es/temas/carteles/atom.xml', 'Cárteles · Rubio en México: notas (Atom)'],
      ['/sub/es/temas/carteles/feed.json', 'Cárteles · Rubio en México: notas (JSON Feed)'],
    ]);
  });
});
