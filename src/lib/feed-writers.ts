import { XMLBuilder } from 'fast-xml-parser';

/**
 * The feed files, written from a feed's fields (feeds.ts computes them). Each format says what
 * a field is: titles and deks are text (Atom `type="text"`; in RSS the dek, which readers take
 * for HTML, is escaped as HTML first), the body is HTML, escaped rather than put in CDATA, so
 * no `]]>` can end it early. XML cannot hold some characters at all, escaped or not (C0
 * controls, lone surrogates, U+FFFE/U+FFFF): they are dropped; JSON holds any string.
 */

export interface FeedCategory {
  /** The topic's id. */
  term: string;
  /** The topic's name. */
  label: string;
  /** Absolute URL of the topic's page. */
  url: string;
}

export interface FeedItem {
  /** Absolute URL of the briefing, also its id. */
  url: string;
  title: string;
  /** The dek: plain text. */
  summary: string;
  /** The body as sanitized HTML with absolute links, when known. */
  contentHtml?: string | undefined;
  published: Date;
  updated: Date;
  categories: FeedCategory[];
}

export interface FeedFields {
  /** Absolute URL of the page the feed follows, also its id. */
  pageUrl: string;
  title: string;
  description: string;
  language: string;
  /** The newest change among the items. */
  updated: Date;
  /** Absolute URL of this feed in each format. */
  feedUrls: { rss: string; atom: string; json: string };
  site: { name: string; url: string; image?: string | undefined; icon?: string | undefined };
  /** Absolute URL of the topics index, the scheme topic categories belong to. */
  topicScheme: string;
  items: FeedItem[];
}

/** Every character XML 1.0 can carry: anything else is dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** A string as XML can carry it; the builder escapes `&`, `<`, `>` and quotes. */
export const xmlText = (value: string) => value.replace(NOT_XML, '');
/** Plain text as HTML, for a field a reader takes for HTML. */
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
  suppressBooleanAttributes: false,
  // Every text and attribute value passes through here, whichever element holds it.
  tagValueProcessor: (_, value) => xmlText(String(value)),
  attributeValueProcessor: (_, value) => xmlText(String(value)),
});

const xml = (root: Record<string, unknown>) =>
  builder.build({ '?xml': { '@version': '1.0', '@encoding': 'utf-8' }, ...root }) as string;

export function writeRss(feed: FeedFields): string {
  return xml({
    rss: {
      '@version': '2.0',
      '@xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      channel: {
        title: feed.title,
        link: feed.pageUrl,
        description: feed.description,
        lastBuildDate: feed.updated.toUTCString(),
        docs: 'https://validator.w3.org/feed/docs/rss2.html',
        generator: feed.site.name,
        language: feed.language,
        copyright: feed.site.name,
        ...(feed.site.image ? { image: { title: feed.title, url: feed.site.image, link: feed.pageUrl } } : {}),
        'atom:link': { '@href': feed.feedUrls.rss, '@rel': 'self', '@type': 'application/rss+xml' },
        item: feed.items.map((item) => ({
          title: item.title,
          link: item.url,
          guid: { '@isPermaLink': 'true', '#text': item.url },
          description: escapeHtml(item.summary),
          ...(item.contentHtml !== undefined ? { 'content:encoded': item.contentHtml } : {}),
          pubDate: item.published.toUTCString(),
          category: item.categories.map((c) => ({ '@domain': c.url, '#text': c.label })),
        })),
      },
    },
  });
}

export function writeAtom(feed: FeedFields): string {
  const author = { name: feed.site.name, uri: feed.site.url };
  return xml({
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': feed.language,
      id: feed.pageUrl,
      title: { '@type': 'text', '#text': feed.title },
      subtitle: { '@type': 'text', '#text': feed.description },
      updated: feed.updated.toISOString(),
      generator: feed.site.name,
      author,
      link: [
        { '@rel': 'alternate', '@href': feed.pageUrl },
        { '@rel': 'self', '@href': feed.feedUrls.atom },
      ],
      ...(feed.site.image ? { logo: feed.site.image } : {}),
      ...(feed.site.icon ? { icon: feed.site.icon } : {}),
      rights: { '@type': 'text', '#text': feed.site.name },
      entry: feed.items.map((item) => ({
        title: { '@type': 'text', '#text': item.title },
        id: item.url,
        link: [{ '@rel': 'alternate', '@href': item.url }],
        published: item.published.toISOString(),
        updated: item.updated.toISOString(),
        summary: { '@type': 'text', '#text': item.summary },
        ...(item.contentHtml !== undefined ? { content: { '@type': 'html', '#text': item.contentHtml } } : {}),
        category: item.categories.map((c) => ({ '@term': c.term, '@label': c.label, '@scheme': feed.topicScheme })),
      })),
    },
  });
}

/** JSON Feed 1.1. */
export function writeJsonFeed(feed: FeedFields): string {
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.feedUrls.json,
    description: feed.description,
    ...(feed.site.image ? { icon: feed.site.image } : {}),
    ...(feed.site.icon ? { favicon: feed.site.icon } : {}),
    authors: [{ name: feed.site.name, url: feed.site.url }],
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...(item.contentHtml !== undefined ? { content_html: item.contentHtml } : { content_text: item.summary }),
      summary: item.summary,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      tags: item.categories.map((c) => c.label),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
