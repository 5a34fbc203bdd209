import { newestFirst, RELATED_LIMIT, type DatedLike } from './briefings.ts';

/** What the index asks of the briefing a page is about: its slug and topics (the first one is its sequence's). */
export interface TopicalLike {
  id: string;
  data: { topics: readonly string[] };
}

/**
 * What every briefing page asks of the whole set, computed once per build so that a page's cost
 * does not grow with the corpus: each topic's briefings, and a briefing's related briefings and
 * neighbours in its first topic. The answers are those of `relatedBriefings` and
 * `briefingsForTopic` (tests compare them on a generated corpus). `B` is an English briefing, or
 * a translation as its edition lists it (lib/edition-briefings.ts).
 */
export interface BriefingIndex<B extends DatedLike> {
  /** A topic's briefings, newest first. */
  inTopic(topicId: string): readonly B[];
  /** Up to `limit` briefings sharing a topic: most shared topics first, then newest. */
  related(briefing: TopicalLike, limit?: number): B[];
  /** The next older (`previous`) and next newer (`next`) briefing in the briefing's first topic. */
  neighbours(briefing: TopicalLike): { previous?: B | undefined; next?: B | undefined };
}

/** The index of the English briefings, newest first (`newestFirst`), as the English listings order them. */
export function indexBriefings<B extends DatedLike>(briefings: readonly B[]): BriefingIndex<B> {
  return indexInOrder(newestFirst(briefings));
}

/**
 * The index of briefings already in their listings' order, newest first (an edition's own order,
 * such as the Spanish edition's): topics list them in that order, and related briefings sharing
 * as many topics come in it.
 */
export function indexInOrder<B extends DatedLike>(sorted: readonly B[]): BriefingIndex<B> {
  const rank = new Map(sorted.map((b, at) => [b.id, at]));
  const byTopic = new Map<string, B[]>();
  const position = new Map<string, Map<string, number>>();
  // Briefings with the same set of topics relate to any other briefing alike, so each group's
  // newest few are the only candidates it can offer: a page looks at groups, not briefings.
  const groups = new Map<string, { topics: readonly string[]; members: B[] }>();
  for (const briefing of sorted) {
    for (const topic of briefing.data.topics) {
      const list = byTopic.get(topic) ?? byTopic.set(topic, []).get(topic)!;
      position.get(topic)?.set(briefing.id, list.length) ?? position.set(topic, new Map([[briefing.id, list.length]]));
      list.push(briefing);
    }
    const key = [...briefing.data.topics].sort().join('\n');
    const group = groups.get(key) ?? groups.set(key, { topics: briefing.data.topics, members: [] }).get(key)!;
    group.members.push(briefing);
  }
  const groupList = [...groups.values()];

  return {
    inTopic: (topicId) => byTopic.get(topicId) ?? [],
    related(briefing, limit = RELATED_LIMIT) {
      const mine = new Set(briefing.data.topics);
      const candidates: { b: B; shared: number }[] = [];
      for (const group of groupList) {
        const shared = group.topics.filter((t) => mine.has(t)).length;
        if (shared === 0) continue;
        // One more than `limit`, in case the briefing itself is among a group's newest.
        for (const b of group.members.slice(0, limit + 1)) if (b.id !== briefing.id) candidates.push({ b, shared });
      }
      return candidates
        .sort((x, y) => y.shared - x.shared || rank.get(x.b.id)! - rank.get(y.b.id)!)
        .slice(0, limit)
        .map(({ b }) => b);
    },
    neighbours(briefing) {
      const topic = briefing.data.topics[0]!;
      const list = byTopic.get(topic) ?? [];
      const at = position.get(topic)?.get(briefing.id);
      if (at === undefined) return {};
      return { previous: list[at + 1], next: at > 0 ? list[at - 1] : undefined };
    },
  };
}
