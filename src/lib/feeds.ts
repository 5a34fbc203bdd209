import { briefingsForTopic, newestFirst, type BriefingLike } from './briefings.ts';
import { lastChanged } from './last-changed.ts';
import type { TopicLike } from './topics.ts';
import type { SiteUrls } from './urls.ts';
import { writeAtom, writeJsonFeed, writeRss, type FeedFields } from './feed-writers.ts';
import { FEED_FORMATS, FEED_FORMAT_NAMES, type FeedFormat } from './feed-formats.ts';

/** How many briefings a feed carries: the newest. */
export const FEED_LIMIT = 50;

export { FEED_FORMATS, FEED_FORMAT_NAMES, type FeedFormat };

export interface FeedTopic {
  id: string;
  name: string;
  /** Absolute URL of the topic's page. */
  url: string;
}

/** Everything a feed says, with every URL already absolute. */
export interface FeedDescription<B extends BriefingLike> {
  title: string;
  description: string;
  /** The page the feed follows: the home page, or a topic's page. */
  pageUrl: string;
  /** Absolute URL of the feed file in each format. */
  feedUrls: Record<FeedFormat, string>;
  site: { name: string; url: string; image?: string; icon?: string };
  language: string;
  /** Candidate briefings; the feed keeps the newest FEED_LIMIT. */
  briefings: readonly B[];
  briefingUrl(briefing: B): string;
  /** A briefing's body for feed readers: sanitized HTML with absolute links (feed-content.ts). */
  briefingContent?: ((briefing: B) => string | undefined) | undefined;
  /** The topics items are categorised by, by id. */
  topics: ReadonlyMap<string, FeedTopic>;
  /** Absolute URL of the topics index, the scheme topic categories belong to. */
  topicScheme: string;
}

/** A feed's fields: the newest FEED_LIMIT briefings, each with its dek, body and topics. */
export function buildFeed<B extends BriefingLike>(input: FeedDescription<B>): FeedFields {
  const briefings = newestFirst(input.briefings).slice(0, FEED_LIMIT);
  const updated = briefings.reduce<Date | undefined>((latest, b) => {
    const changed = lastChanged(b.data);
    return !latest || changed > latest ? changed : latest;
  }, undefined);
  return {
    pageUrl: input.pageUrl,
    title: input.title,
    description: input.description,
    language: input.language,
    // The newest change, so that the same content always gives the same feed.
    updated: updated ?? new Date(0),
    feedUrls: input.feedUrls,
    site: input.site,
    topicScheme: input.topicScheme,
    items: briefings.map((briefing) => ({
      url: input.briefingUrl(briefing),
      title: briefing.data.title,
      summary: briefing.data.dek,
      contentHtml: input.briefingContent?.(briefing),
      published: briefing.data.published,
      updated: lastChanged(briefing.data),
      categories: briefing.data.topics.flatMap((id) => {
        const topic = input.topics.get(id);
        return topic ? [{ term: topic.id, label: topic.name, url: topic.url }] : [];
      }),
    })),
  };
}

const WRITERS: Record<FeedFormat, (feed: FeedFields) => string> = {
  rss: writeRss,
  atom: writeAtom,
  json: writeJsonFeed,
};

/** The feed as a file: RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export function renderFeed(feed: FeedFields, format: FeedFormat): string {
  return WRITERS[format](feed);
}

export interface FeedScopeInput<B extends BriefingLike, T extends TopicLike> {
  /** The topic the feed follows; the whole site when absent. */
  topic?: T | undefined;
  /** Every visible briefing. */
  briefings: readonly B[];
  topics: readonly T[];
  urls: SiteUrls;
  /** The site URL, such as https://example.org. */
  site: string | URL;
  siteName: string;
  siteDescription: string;
  /** Absolute URLs of the feed's image and icon. */
  image?: string;
  icon?: string;
  /** A briefing's body for feed readers (feed-content.ts). */
  briefingContent?: (briefing: B) => string | undefined;
}

/** The description of the site's feed, or of one topic's, with every URL absolute under the base path. */
export function describeFeed<B extends BriefingLike, T extends TopicLike>(
  input: FeedScopeInput<B, T>,
): FeedDescription<B> {
  const { topic, urls, site } = input;
  const absolute = (path: string) => urls.absolute(path, site);
  const feedUrls = Object.fromEntries(
    FEED_FORMAT_NAMES.map((format) => [format, absolute(urls.feed(FEED_FORMATS[format].file, topic?.id))]),
  ) as Record<FeedFormat, string>;
  return {
    title: feedTitle(input.siteName, topic),
    description: topic ? topic.data.description : input.siteDescription,
    pageUrl: absolute(topic ? urls.topic(topic.id) : urls.home()),
    feedUrls,
    site: {
      name: input.siteName,
      url: absolute(urls.home()),
      ...(input.image ? { image: input.image } : {}),
      ...(input.icon ? { icon: input.icon } : {}),
    },
    language: 'en',
    briefings: topic ? briefingsForTopic(input.briefings, topic.id) : input.briefings,
    briefingUrl: (b) => absolute(urls.briefing(b.id)),
    briefingContent: input.briefingContent,
    topics: new Map(input.topics.map((t) => [t.id, { id: t.id, name: t.data.name, url: absolute(urls.topic(t.id)) }])),
    topicScheme: absolute(urls.topics()),
  };
}

export interface FeedLink {
  format: FeedFormat;
  /** The feed's path in the site, through `urls`. */
  href: string;
  type: string;
  label: string;
  /** The title a feed reader shows, such as "Migration · Site (RSS)". */
  title: string;
}

/** A feed's title: the site's name, after the topic's for a topic feed. */
export function feedTitle(siteName: string, topic?: TopicLike): string {
  return topic ? `${topic.data.name} · ${siteName}` : siteName;
}

/** The alternate links a page advertises for feed readers: each format of the site's or a topic's feed. */
export function feedLinks(urls: SiteUrls, siteName: string, topic?: TopicLike): FeedLink[] {
  const title = feedTitle(siteName, topic);
  return FEED_FORMAT_NAMES.map((format) => ({
    format,
    href: urls.feed(FEED_FORMATS[format].file, topic?.id),
    type: FEED_FORMATS[format].type,
    label: FEED_FORMATS[format].label,
    title: `${title} (${FEED_FORMATS[format].label})`,
  }));
}
