import type { BriefingData } from '../schemas/index.ts';

/** What the site's logic needs of a briefing: its slug (`id`) and its frontmatter. */
export interface BriefingLike {
  id: string;
  data: BriefingData;
}

/** Drafts never reach a production build; in development they are shown. */
export function visibleBriefings<T extends BriefingLike>(
  briefings: readonly T[],
  { includeDrafts }: { includeDrafts: boolean },
): T[] {
  return briefings.filter((b) => includeDrafts || !b.data.draft);
}

/**
 * What ordering and topic lists need of a briefing in either edition: its slug, dates and topics
 * (a translation's are its own dates and its original's topics).
 */
export interface DatedLike {
  id: string;
  data: { published: Date; updated?: Date | undefined; topics: readonly string[] };
}

/** What ordering alone needs: a slug and dates. */
export interface OrderedLike {
  id: string;
  data: { published: Date; updated?: Date | undefined };
}

/** Newest first by `published`, then most recently updated, then by slug so the order is stable. */
export function compareNewestFirst(a: OrderedLike, b: OrderedLike): number {
  return (
    b.data.published.getTime() - a.data.published.getTime() ||
    (b.data.updated?.getTime() ?? 0) - (a.data.updated?.getTime() ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

export function newestFirst<T extends DatedLike>(briefings: readonly T[]): T[] {
  return [...briefings].sort(compareNewestFirst);
}

/** The lead on the home page: the newest featured briefing, or else the newest. */
export function leadBriefing<T extends BriefingLike>(briefings: readonly T[]): T | undefined {
  const sorted = newestFirst(briefings);
  return sorted.find((b) => b.data.featured) ?? sorted[0];
}

export function briefingsForTopic<T extends DatedLike>(briefings: readonly T[], topicId: string): T[] {
  return newestFirst(briefings.filter((b) => b.data.topics.includes(topicId)));
}

/** How many related briefings a briefing page suggests. */
export const RELATED_LIMIT = 3;

/**
 * Briefings that share a topic with `briefing`, most shared topics first, then newest first.
 * The plain definition, scanning every briefing: pages ask `indexBriefings(...).related`, which
 * gives the same answer without the scan and is tested against this.
 */
export function relatedBriefings<T extends BriefingLike>(
  briefing: BriefingLike,
  briefings: readonly T[],
  limit = RELATED_LIMIT,
): T[] {
  const mine = new Set(briefing.data.topics);
  return briefings
    .filter((b) => b.id !== briefing.id)
    .map((b) => ({ b, shared: b.data.topics.filter((t) => mine.has(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((x, y) => y.shared - x.shared || compareNewestFirst(x.b, y.b))
    .slice(0, limit)
    .map(({ b }) => b);
}
