import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent, type TopicEntry } from '../../../lib/content.ts';
import { feedPaths, feedResponse } from '../../../lib/site-feeds.ts';
import type { FeedFormat } from '../../../lib/feeds.ts';

/** The feeds of one topic: rss.xml, atom.xml and feed.json beside the topic's page. */
export const getStaticPaths = (async () => {
  const { topics } = await loadSiteContent();
  return topics.flatMap((topic) => feedPaths({ id: topic.id }).map((p) => ({ ...p, props: { ...p.props, topic } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: FeedFormat; topic: TopicEntry }> = async ({ props }) =>
  feedResponse(await loadSiteContent(), props.format, props.topic);
