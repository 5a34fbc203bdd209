import type { Topic } from '../schemas/index.ts';
import { briefingsForTopic, type BriefingLike, type DatedLike } from './briefings.ts';
import type { BriefingIndex, TopicalLike } from './briefing-index.ts';

export interface TopicLike {
  id: string;
  data: Topic;
}

/** Display order from the topic files, then by id. */
export function sortTopics<T extends TopicLike>(topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export interface TopicIndexEntry<T extends TopicLike, B extends BriefingLike> {
  topic: T;
  briefings: B[];
}

/** Every topic in display order with its briefings, newest first. */
export function topicIndex<T extends TopicLike, B extends BriefingLike>(
  topics: readonly T[],
  briefings: readonly B[],
): TopicIndexEntry<T, B>[] {
  return sortTopics(topics).map((topic) => ({ topic, briefings: briefingsForTopic(briefings, topic.id) }));
}

/** The topics a briefing names, in display order. */
export function topicsOf<T extends TopicLike>(briefing: BriefingLike, topics: readonly T[]): T[] {
  return sortTopics(topics.filter((t) => briefing.data.topics.includes(t.id)));
}

export interface TopicNeighbours<T extends { id: string }, B> {
  /** The briefing's first topic, as listed in its frontmatter. */
  topic: T;
  /** The next older briefing in that topic. */
  previous?: B | undefined;
  /** The next newer briefing in that topic. */
  next?: B | undefined;
}

/** The briefings before and after `briefing` in its first topic, in the order the topic's page lists them. */
export function neighboursInTopic<T extends { id: string }, B extends DatedLike>(
  briefing: TopicalLike,
  index: BriefingIndex<B>,
  topics: readonly T[],
): TopicNeighbours<T, B> {
  const id = briefing.data.topics[0]!;
  const topic = topics.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown topic "${id}": run npm run check:content`);
  return { topic, ...index.neighbours(briefing) };
}
