import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFeed, describeFeed, FEED_FORMAT_NAMES, renderFeed, translatedFeedBriefing } from '../../src/lib/feeds.ts';
import { createUrls } from '../../src/lib/urls.ts';
import type { FeedFields } from '../../src/lib/feed-writers.ts';
import { parseFeedXml, strictXml } from '../helpers/xml.ts';

/**
 * Feeds stay well-formed whatever a field holds: random strings, weighted towards what breaks
 * XML and JSON writers, go into every text field of a feed, and each RSS and Atom file is read
 * by a strict XML parser (saxes, which checks every character XML allows) and each JSON Feed by
 * JSON.parse.
 */
const HOSTILE = [
  ']]>',
  ']]>]]>',
  '<![CDATA[',
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '"',
  "'",
  '\u2028',
  '\u2029',
  '😀',
  '\u0000',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u202e',
  '</title>',
  '<script>',
  '\r\n',
];
const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary' }), fc.string()), { maxLength: 6 })
  .map((parts) => parts.join(''));

const date = new Date(Date.UTC(2026, 0, 2));
function feedWith(field: string, value: string): FeedFields {
  const text = (name: string, fallback: string) => (name === field ? value : fallback);
  return {
    pageUrl: 'https://example.org/sub/',
    title: text('title', 'Site'),
    description: text('description', 'About the site'),
    language: 'en',
    updated: date,
    feedUrls: {
      rss: 'https://example.org/sub/rss.xml',
      atom: 'https://example.org/sub/atom.xml',
      json: 'https://example.org/sub/feed.json',
    },
    site: { name: text('site', 'Site'), url: 'https://example.org/sub/' },
    topicScheme: 'https://example.org/sub/topics/',
    items: [
      {
        url: 'https://example.org/sub/briefings/a/',
        title: text('item.title', 'A title'),
        summary: text('item.summary', 'A dek'),
        contentHtml: text('item.content', '<p>Body</p>'),
        published: date,
        updated: date,
        categories: [
          { term: 'cartels', label: text('item.category', 'Cartels'), url: 'https://example.org/sub/topics/cartels/' },
        ],
      },
    ],
  };
}

const FIELDS = ['title', 'description', 'site', 'item.title', 'item.summary', 'item.content', 'item.category'];

describe('feeds with any text in any field', () => {
  it.each(FIELDS)('%s: RSS and Atom are well-formed XML and JSON Feed parses', (field) => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const feed = feedWith(field, value);
        for (const format of ['rss', 'atom'] as const) {
          const xml = renderFeed(feed, format);
          strictXml(xml);
          parseFeedXml(xml);
        }
        const json = JSON.parse(renderFeed(feed, 'json'));
        expect(json.items).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every character XML can carry, and drops the rest', () => {
    const value = 'a ]]> b ]]> <c> & "d" \u2028 😀 \u0000\u001b\ufffe end';
    const atom = parseFeedXml(renderFeed(feedWith('item.title', value), 'atom')).feed;
    expect(atom.entry[0].title['#text']).toBe('a ]]> b ]]> <c> & "d" \u2028 😀  end');
    const json = JSON.parse(renderFeed(feedWith('item.title', value), 'json'));
    expect(json.items[0].title).toBe(value);
  });

  it('writes the body as escaped HTML that a `]]>` cannot end', () => {
    const rss = renderFeed(feedWith('item.content', '<p>x ]]> y</p>'), 'rss');
    expect(rss).toContain('<content:encoded>&lt;p&gt;x ]]&gt; y&lt;/p&gt;</content:encoded>');
    expect(rss).not.toContain('CDATA');
  });
});

/**
 * The Spanish edition's feeds, made the way the site makes them (describeFeed with `lang: 'es'`,
 * from translated briefings and the topics' Spanish blocks), with hostile text in each of their
 * own text fields: the translation's headline, dek and body, a topic's Spanish name and
 * description, the edition's name and description. Every format, for the edition and for a topic.
 */
const ES_FIELDS = [
  'translation.title',
  'translation.dek',
  'translation.body',
  'topic.es.name',
  'topic.es.description',
  'siteName',
  'siteDescription',
];

function spanishFeeds(field: string, value: string): string[] {
  const text = (name: string, fallback: string) => (name === field ? value : fallback);
  const topic = {
    id: 'cartels',
    data: {
      name: 'Cartels',
      description: 'Drug cartels and the fight against them.',
      es: {
        name: text('topic.es.name', 'Cárteles'),
        description: text('topic.es.description', 'Los cárteles y la lucha contra ellos.'),
        slug: 'carteles',
      },
    },
  };
  const entry = {
    translation: {
      id: 'una-nota',
      data: {
        title: text('translation.title', 'Una nota'),
        dek: text('translation.dek', 'Su entradilla.'),
        published: date,
      },
    },
    original: { data: { topics: ['cartels'] } },
  };
  return [undefined, topic].flatMap((scope) => {
    const feed = buildFeed(
      describeFeed({
        lang: 'es',
        topic: scope,
        briefings: [translatedFeedBriefing(entry)],
        topics: [topic],
        urls: createUrls('/sub/'),
        site: 'https://example.org',
        siteName: text('siteName', 'Sitio'),
        siteDescription: text('siteDescription', 'Un sitio.'),
        briefingContent: () => text('translation.body', '<p>Cuerpo</p>'),
      }),
    );
    return FEED_FORMAT_NAMES.map((format) => renderFeed(feed, format));
  });
}

describe('the Spanish feeds with any text in any field', () => {
  it.each(ES_FIELDS)('%s: every RSS and Atom file is well-formed XML in Spanish, every JSON Feed parses', (field) => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const [rss, atom, json, topicRss, topicAtom, topicJson] = spanishFeeds(field, value);
        for (const xml of [rss!, topicRss!]) {
          strictXml(xml);
          expect(parseFeedXml(xml).rss.channel.language).toBe('es');
        }
        for (const xml of [atom!, topicAtom!]) {
          strictXml(xml);
          expect(parseFeedXml(xml).feed['@xml:lang']).toBe('es');
        }
        for (const text of [json!, topicJson!]) {
          const parsed = JSON.parse(text);
          expect(parsed.language).toBe('es');
          expect(parsed.items).toHaveLength(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('carries a hostile Spanish headline intact in JSON and as far as XML can hold it in Atom', () => {
    const value = 'Título ]]> <b>y</b> & “más” \u2028 😀 \u0000 fin';
    const [, atom, json] = spanishFeeds('translation.title', value);
    expect(parseFeedXml(atom!).feed.entry[0].title['#text']).toBe('Título ]]> <b>y</b> & “más” \u2028 😀  fin');
    expect(JSON.parse(json!).items[0].title).toBe(value);
  });
});
