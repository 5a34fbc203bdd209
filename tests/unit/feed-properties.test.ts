import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderFeed } from '../../src/lib/feeds.ts';
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
