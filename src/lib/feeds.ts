import { dictionary } from '../i18n/index.ts';
import type { DatedLike } from './briefings.ts';
import { lastChanged, latestChange, type ChangeDates } from './last-changed.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
import type { SiteUrls } from './urls.ts';
import type { Language } from '../schemas/edition.ts';
import { writeAtom, writeJsonFeed, writeRss, type FeedFields } from './feed-writers.ts';
import { FEED_FORMATS, FEED_FORMAT_NAMES, type FeedFormat } from './feed-formats.ts';

/** How many briefings a feed carries: the newest. */
export const FEED_LIMIT = 50;

export { FEED_FORMATS, FEED_FORMAT_NAMES, type FeedFormat };

/**
 * A briefing as a feed needs it, in either edition: its slug, headline, dek, dates and topics (a
 * translation has its own headline, dek and dates, and its original's topics).
 */
export interface FeedBriefingLike extends DatedLike {
  data: DatedLike['data'] & ChangeDates & { title: string; dek: string };
}

export interface FeedTopic {
  /** The category's term: the topic's path word in the edition (its id in English). */
  id: string;
  name: string;
  /** Absolute URL of the topic's page. */
  url: string;
}

/** Everything a feed says, with every URL already absolute. */
export interface FeedDescription<B extends FeedBriefingLike> {
  title: string;
  description: string;
  /** The page the feed follows: the home page, or a topic's page. */
  pageUrl: string;
  /** Absolute URL of the feed file in each format. */
  feedUrls: Record<FeedFormat, string>;
  site: { name: string; url: string; image?: string; icon?: string };
  language: string;
  /** Candidate briefings in the edition's order, newest first; the feed keeps the first FEED_LIMIT. */
  briefings: readonly B[];
  briefingUrl(briefing: B): string;
  /** A briefing's body for feed readers: sanitized HTML with absolute links (feed-content.ts). */
  briefingContent?: ((briefing: B) => string | undefined) | undefined;
  /** The topics items are categorised by, by id. */
  topics: ReadonlyMap<string, FeedTopic>;
  /** Absolute URL of the topics index, the scheme topic categories belong to. */
  topicScheme: string;
}

/**
 * The briefings a feed carries: the first FEED_LIMIT of its candidates, which come in their
 * edition's order, newest first (the order its pages list them in), so that feed and pages agree.
 */
export function feedBriefings<B extends FeedBriefingLike>(candidates: readonly B[]): B[] {
  return candidates.slice(0, FEED_LIMIT);
}

/** A feed's fields: the newest FEED_LIMIT briefings, each with its dek, body and topics. */
export function buildFeed<B extends FeedBriefingLike>(input: FeedDescription<B>): FeedFields {
  const briefings = feedBriefings(input.briefings);
  const updated = latestChange(briefings);
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

export interface FeedScopeInput<B extends FeedBriefingLike, T extends EditionTopicLike> {
  /** The edition the feed belongs to (default English). */
  lang?: Language | undefined;
  /** The topic the feed follows; the whole edition when absent. */
  topic?: T | undefined;
  /** Every visible briefing of the edition, in its order (newest first). */
  briefings: readonly B[];
  topics: readonly T[];
  urls: SiteUrls;
  /** The site URL, such as https://example.org. */
  site: string | URL;
  /** The edition's name and description, from its dictionary. */
  siteName: string;
  siteDescription: string;
  /** Absolute URLs of the feed's image and icon. */
  image?: string;
  icon?: string;
  /** A briefing's body for feed readers (feed-content.ts). */
  briefingContent?: (briefing: B) => string | undefined;
}

/**
 * The description of an edition's feed, or of one topic's, with every URL absolute under the
 * base path and in the edition's own paths and words: the Spanish feed's items link to the
 * Spanish pages, its categories are the topics' Spanish names and pages.
 */
export function describeFeed<B extends FeedBriefingLike, T extends EditionTopicLike>(
  input: FeedScopeInput<B, T>,
): FeedDescription<B> {
  const { topic, urls, site, lang = 'en' } = input;
  const absolute = (path: string) => urls.absolute(path, site);
  const shown = topic && topicIn(topic, lang);
  if (topic && !shown) throw new Error(`topic "${topic.id}" has no ${lang} version, so it has no ${lang} feed`);
  const feedUrls = Object.fromEntries(
    FEED_FORMAT_NAMES.map((format) => [format, absolute(urls.feed(FEED_FORMATS[format].file, shown?.slug, lang))]),
  ) as Record<FeedFormat, string>;
  const categories = input.topics.flatMap((t): [string, FeedTopic][] => {
    const inEdition = topicIn(t, lang);
    return inEdition
      ? [[t.id, { id: inEdition.slug, name: inEdition.name, url: absolute(urls.topic(inEdition.slug, lang)) }]]
      : [];
  });
  return {
    title: feedTitle(input.siteName, shown?.name),
    description: shown ? shown.description : input.siteDescription,
    pageUrl: absolute(shown ? urls.topic(shown.slug, lang) : urls.home(lang)),
    feedUrls,
    site: {
      name: input.siteName,
      url: absolute(urls.home(lang)),
      ...(input.image ? { image: input.image } : {}),
      ...(input.icon ? { icon: input.icon } : {}),
    },
    language: lang,
    briefings: topic ? input.briefings.filter((b) => b.data.topics.includes(topic.id)) : input.briefings,
    briefingUrl: (b) => absolute(urls.briefing(b.id, lang)),
    briefingContent: input.briefingContent,
    topics: new Map(categories),
    topicScheme: absolute(urls.topics(lang)),
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

/** A feed's title: the edition's name, after the topic's name (in the edition) for a topic feed. */
export function feedTitle(siteName: string, topicName?: string): string {
  return topicName ? `${topicName} · ${siteName}` : siteName;
}

/**
 * The alternate links a page advertises for feed readers: each format of an edition's feed, or
 * of a topic's (in the edition's paths and words).
 */
export function feedLinks(urls: SiteUrls, topic?: EditionTopicLike, lang: Language = 'en'): FeedLink[] {
  const shown = topic && topicIn(topic, lang);
  const title = feedTitle(dictionary(lang).siteName, shown?.name);
  return FEED_FORMAT_NAMES.map((format) => ({
    format,
    href: urls.feed(FEED_FORMATS[format].file, shown?.slug, lang),
    type: FEED_FORMATS[format].type,
    label: FEED_FORMATS[format].label,
    title: `${title} (${FEED_FORMATS[format].label})`,
  }));
}

/** A translated briefing with its original, as the Spanish edition lists them. */
export interface TranslatedFeedEntry {
  translation: { id: string; data: ChangeDates & { title: string; dek: string } };
  original: { data: { topics: readonly string[] } };
}

/**
 * A translated briefing as a feed item: its own slug, headline, dek and dates, its original's
 * topics; `entry` keeps the pair for its body and sources.
 */
export function translatedFeedBriefing<E extends TranslatedFeedEntry>(entry: E): FeedBriefingLike & { entry: E } {
  const { title, dek, published, updated, corrections } = entry.translation.data;
  return {
    id: entry.translation.id,
    data: { title, dek, published, updated, corrections, topics: entry.original.data.topics },
    entry,
  };
}
