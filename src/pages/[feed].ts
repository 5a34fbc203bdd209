import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../lib/content.ts';
import { feedPaths, feedResponse } from '../lib/site-feeds.ts';
import type { FeedFormat } from '../lib/feeds.ts';

/** The feeds of every briefing: rss.xml, atom.xml and feed.json at the site's root. */
export const getStaticPaths = (() => feedPaths({})) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: FeedFormat }> = async ({ props }) =>
  feedResponse(await loadSiteContent(), props.format);
