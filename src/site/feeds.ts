import type { APIRoute, GetStaticPaths } from 'astro';
import {
  loadBriefingIndex,
  loadSiteContent,
  type BriefingEntry,
  type SiteContent,
  type TopicEntry,
} from './content.ts';
import { buildFeed, describeFeed, FEED_FORMATS, FEED_LIMIT, renderFeed, type FeedFormat } from '../lib/feeds.ts';
import { feedContentHtml } from '../lib/feed-content.ts';
import { pageKey, withBody } from '../lib/cache-keys.ts';
import { absoluteUrl, LOGO, SITE_DESCRIPTION, SITE_NAME, SITE_URL, urls } from './config.ts';

/**
 * The feed routes. Each format is a file named as FEED_FORMATS says (src/pages/rss.xml.ts,
 * src/pages/topics/[id]/rss.xml.ts, ...): a route whose name has an extension is served as a
 * file, without the trailing slash the pages have, by `astro dev` as by the build.
 */

/** Each briefing's body for feed readers, made once a build: a briefing is in several feeds. */
const contents = new WeakMap<BriefingEntry, string | undefined>();
function briefingContent(content: SiteContent, briefing: BriefingEntry): string | undefined {
  if (!contents.has(briefing)) {
    const html = briefing.rendered?.html;
    const sources = briefing.data.sources.flatMap((id) => {
      const source = content.sources.get(id);
      return source ? [source.data] : [];
    });
    contents.set(
      briefing,
      html === undefined ? undefined : feedContentHtml(html, absoluteUrl(urls.briefing(briefing.id)), sources),
    );
  }
  return contents.get(briefing);
}

/** A feed file of the site (no topic) or of one topic. */
export function feedResponse(content: SiteContent, format: FeedFormat, topic?: TopicEntry): Response {
  const description = describeFeed({
    topic,
    briefings: content.briefings,
    topics: content.topics,
    urls,
    site: SITE_URL,
    siteName: SITE_NAME,
    siteDescription: SITE_DESCRIPTION,
    image: LOGO.url,
    icon: absoluteUrl(urls.path('favicon.svg')),
    briefingContent: (briefing) => briefingContent(content, briefing),
  });
  return new Response(renderFeed(buildFeed(description), format), {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}

/** The route of the site's feed in one format. */
export function siteFeedRoute(format: FeedFormat): APIRoute {
  return async () => feedResponse(await loadSiteContent(), format);
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
