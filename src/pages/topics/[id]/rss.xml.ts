import { topicFeedRoute } from '../../../lib/site-feeds.ts';

export const { getStaticPaths, GET } = topicFeedRoute('rss');
