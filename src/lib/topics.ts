import type { Topic } from '../schemas/index.ts';
import { briefingsForTopic, type BriefingLike } from './briefings.ts';

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
