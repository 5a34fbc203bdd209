import { topicFeedRoute } from '../../../site/feeds.ts';

export const { getStaticPaths, GET } = topicFeedRoute('json');
