import type { SiteContent, TopicEntry } from './content.ts';
import { buildFeed, describeFeed, FEED_FORMAT_NAMES, FEED_FORMATS, renderFeed, type FeedFormat } from './feeds.ts';
import { absoluteUrl, LOGO, SITE_DESCRIPTION, SITE_NAME, SITE_URL, urls } from './site.ts';

/** The static paths of one feed route: one file a format. */
export function feedPaths<P extends Record<string, string>>(params: P) {
  return FEED_FORMAT_NAMES.map((format) => ({
    params: { ...params, feed: FEED_FORMATS[format].file },
    props: { format },
  }));
}

/** A feed file of the site (no topic) or of one topic, as an HTTP response for a static endpoint. */
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
  });
  return new Response(renderFeed(buildFeed(description), format), {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}
