import { siteFeedRoute } from '../lib/site-feeds.ts';

export const GET = siteFeedRoute('atom');
