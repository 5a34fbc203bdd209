import { compareNewestFirst, newestFirst, RELATED_LIMIT, type BriefingLike } from './briefings.ts';

/**
 * What every briefing page asks of the whole set, computed once per build so that a page's cost
 * does not grow with the corpus: each topic's briefings, and a briefing's related briefings and
 * neighbours in its first topic. The answers are those of `relatedBriefings` and
 * `briefingsForTopic` (tests compare them on a generated corpus).
 */
export interface BriefingIndex<B extends BriefingLike> {
  /** A topic's briefings, newest first. */
  inTopic(topicId: string): readonly B[];
  /** Up to `limit` briefings sharing a topic: most shared topics first, then newest. */
  related(briefing: BriefingLike, limit?: number): B[];
  /** The next older (`previous`) and next newer (`next`) briefing in the briefing's first topic. */
  neighbours(briefing: BriefingLike): { previous?: B | undefined; next?: B | undefined };
}

export function indexBriefings<B extends BriefingLike>(briefings: readonly B[]): BriefingIndex<B> {
  const sorted = newestFirst(briefings);
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
        .sort((x, y) => y.shared - x.shared || compareNewestFirst(x.b, y.b))
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
