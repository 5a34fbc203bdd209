import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import {
  loadBriefingIndex,
  loadSiteContent,
  loadSpanishEdition,
  loadTranslations,
  type BriefingEntry,
  type EditionBriefing,
  type SiteContent,
  type SourceEntry,
  type TopicEntry,
  type TranslationEntry,
} from './content.ts';
import {
  buildFeed,
  describeFeed,
  feedBriefings,
  FEED_FORMATS,
  FEED_LIMIT,
  renderFeed,
  translatedFeedBriefing,
  type FeedBriefingLike,
  type FeedFormat,
} from '../lib/feeds.ts';
import { feedContentHtml, type FeedSource } from '../lib/feed-content.ts';
import { sourceIn } from '../lib/edition-sources.ts';
import { pageKey, translatedFeedKey, withBody } from '../lib/cache-keys.ts';
import { dictionary } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';
import { absoluteUrl, LOGO, SITE_URL, urls } from './config.ts';

/**
 * The feed routes. Each format is a file named as FEED_FORMATS says (src/pages/rss.xml.ts,
 * src/pages/topics/[id]/rss.xml.ts, src/pages/es/rss.xml.ts, src/pages/es/temas/[slug]/rss.xml.ts,
 * ...): a route whose name has an extension is served as a file, without the trailing slash the
 * pages have, by `astro dev` as by the build.
 */

/** Renders a body's component to HTML, as its page shows it; made once, when a feed first needs it. */
let container: ReturnType<typeof AstroContainer.create> | undefined;

/**
 * An entry's body as its page renders it: Astro's `render()` gives each image Astro optimizes
 * (`./images/x.png` in the Markdown) its built address only when the body is rendered, so the
 * feed renders it the same way (Astro's container API) rather than read the stored HTML, which
 * holds a placeholder in the image's place.
 */
async function renderedBody(entry: BriefingEntry | TranslationEntry): Promise<string | undefined> {
  if (entry.rendered?.html === undefined) return undefined;
  const { Content } = await render(entry);
  return (await (container ??= AstroContainer.create())).renderToString(Content);
}

/** A briefing's sources as the edition describes them (a Spanish reader gets the `es:` block's words). */
function feedSources(sources: ReadonlyMap<string, SourceEntry>, ids: readonly string[], lang: Language): FeedSource[] {
  return ids.flatMap((id) => {
    const source = sources.get(id)?.data;
    if (!source) return [];
    const { kind, description } = sourceIn(source, lang);
    return [{ outlet: source.outlet, url: source.url, kind, description }];
  });
}

/** What an edition's feed needs of one of its briefings: where its page is, its body and its sources. */
interface EditionItem {
  page: string;
  body: BriefingEntry | TranslationEntry;
  sources: readonly string[];
}

/**
 * An item's content: its body as its page renders it, with absolute links and its sources, made
 * once a build for each entry (an entry is an item of its edition's feed and of each of its
 * topics' feeds, in every format).
 */
const itemContents = new WeakMap<BriefingEntry | TranslationEntry, Promise<string | undefined>>();
function itemContent(content: SiteContent, lang: Language, item: EditionItem): Promise<string | undefined> {
  let made = itemContents.get(item.body);
  if (!made) {
    made = renderedBody(item.body).then(
      (html) =>
        html &&
        feedContentHtml(
          html,
          absoluteUrl(item.page),
          feedSources(content.sources, item.sources, lang),
          dictionary(lang).briefingSections.sources,
        ),
    );
    itemContents.set(item.body, made);
  }
  return made;
}

/** A feed file of an edition, or of one of its topics, from its candidate briefings. */
async function editionFeed<B extends FeedBriefingLike>(
  content: SiteContent,
  format: FeedFormat,
  lang: Language,
  briefings: readonly B[],
  itemOf: (briefing: B) => EditionItem,
  topic?: TopicEntry,
): Promise<Response> {
  const t = dictionary(lang);
  const description = describeFeed({
    lang,
    topic,
    briefings,
    topics: content.topics,
    urls,
    site: SITE_URL,
    siteName: t.siteName,
    siteDescription: t.siteDescription,
    image: LOGO.url,
    icon: absoluteUrl(urls.path('favicon.svg')),
  });
  // Only the briefings the feed carries are made into items.
  const shown = await Promise.all(
    feedBriefings(description.briefings).map(
      async (briefing) => [briefing, await itemContent(content, lang, itemOf(briefing))] as const,
    ),
  );
  const contents = new Map<B, string | undefined>(shown);
  description.briefingContent = (briefing) => contents.get(briefing);
  return new Response(renderFeed(buildFeed(description), format), {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}

/** The English edition's feed file (no topic) or one topic's. */
export function feedResponse(content: SiteContent, format: FeedFormat, topic?: TopicEntry): Promise<Response> {
  return editionFeed(
    content,
    format,
    'en',
    content.briefings,
    (briefing) => ({ page: urls.briefing(briefing.id), body: briefing, sources: briefing.data.sources }),
    topic,
  );
}

/** The Spanish edition's feed file (no topic) or one topic's: its translated briefings, in Spanish. */
export function translatedFeedResponse(
  content: SiteContent,
  translations: readonly EditionBriefing[],
  format: FeedFormat,
  topic?: TopicEntry,
): Promise<Response> {
  return editionFeed(
    content,
    format,
    'es',
    translations.map(translatedFeedBriefing),
    ({ entry }) => ({
      page: urls.briefing(entry.translation.id, 'es'),
      body: entry.translation,
      sources: entry.original.data.sources,
    }),
    topic,
  );
}

/** The route of an edition's feed in one format. */
export function siteFeedRoute(format: FeedFormat, lang: Language = 'en'): APIRoute {
  return async () => {
    const content = await loadSiteContent();
    return lang === 'en'
      ? feedResponse(content, format)
      : translatedFeedResponse(content, (await loadTranslations()).list, format);
  };
}

/** The route of every topic's feed in one format. */
export function topicFeedRoute(format: FeedFormat) {
  const getStaticPaths = (async () => {
    const [{ topics, sources }, index] = await Promise.all([loadSiteContent(), loadBriefingIndex()]);
    return topics.map((topic) => ({
      params: { id: topic.id },
      props: { topic },
      // An item shows its whole briefing, the names of its topics and its sources; the newest
      // FEED_LIMIT are items.
      cacheKey: pageKey({
        topic,
        topics,
        sources: [...sources],
        items: index.inTopic(topic.id).slice(0, FEED_LIMIT).map(withBody),
      }),
    }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ topic: TopicEntry }> = async ({ props }) =>
    feedResponse(await loadSiteContent(), format, props.topic);
  return { getStaticPaths, GET };
}

/** The route of every topic's Spanish feed in one format, at the topic's Spanish path word. */
export function translatedTopicFeedRoute(format: FeedFormat) {
  const getStaticPaths = (async () => {
    const [{ topics, sources }, edition] = await Promise.all([loadSiteContent(), loadSpanishEdition()]);
    return edition.topics.map(({ topic, slug, entries }) => ({
      params: { slug },
      props: { topic },
      // An item shows its whole translation, its original's topics and sources, the topics'
      // Spanish names and the sources' Spanish words; the newest FEED_LIMIT are items.
      cacheKey: translatedFeedKey({
        topic,
        topics,
        sources,
        items: feedBriefings(entries.map(translatedFeedBriefing)).map(({ entry }) => entry),
      }),
    }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ topic: TopicEntry }> = async ({ props }) =>
    translatedFeedResponse(await loadSiteContent(), (await loadTranslations()).list, format, props.topic);
  return { getStaticPaths, GET };
}
