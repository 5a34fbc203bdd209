import { translatedTopicFeedRoute } from '../../../../site/feeds.ts';

export const { getStaticPaths, GET } = translatedTopicFeedRoute('atom');
