import type { Language } from '../schemas/edition.ts';

/** A topic as the editions need it: its id, English name and optional Spanish block. */
export interface EditionTopicLike {
  id: string;
  data: { name: string; description: string; es?: { name: string; description: string; slug: string } | undefined };
}

/** A topic in an edition: its path word, name and description there, or undefined when it has no version in it. */
export function topicIn(topic: EditionTopicLike, lang: Language) {
  if (lang === 'en') return { slug: topic.id, name: topic.data.name, description: topic.data.description };
  const block = topic.data[lang];
  return block && { slug: block.slug, name: block.name, description: block.description };
}

/** Each topic with its translated briefings (those whose original is in the topic), in the order given. */
export function translationsByTopic<
  E extends { original: { data: { topics: readonly string[] } } },
  T extends EditionTopicLike = EditionTopicLike,
>(topics: readonly T[], entries: readonly E[], lang: Exclude<Language, 'en'>) {
  return topics.flatMap((topic) => {
    const shown = topicIn(topic, lang);
    return shown
      ? [{ topic, ...shown, entries: entries.filter((e) => e.original.data.topics.includes(topic.id)) }]
      : [];
  });
}

/** What a list of topics shows of one: its path word in the edition, name, description and count. */
export interface TopicSummary {
  /** The topic's id: the value of its search filter, the same in every edition's index. */
  id: string;
  /** Its path word and name in the edition. */
  slug: string;
  name: string;
  description: string;
  count: number;
}

/** Topics as lists show them, from `topicIndex` (English) or `translationsByTopic` (another edition). */
export function topicSummaries(
  index: readonly ({ topic: EditionTopicLike } & (
    { briefings: readonly unknown[] } | { entries: readonly unknown[] }
  ))[],
  lang: Language,
): TopicSummary[] {
  return index.flatMap((item) => {
    const shown = topicIn(item.topic, lang);
    const items = 'briefings' in item ? item.briefings : item.entries;
    return shown ? [{ id: item.topic.id, ...shown, count: items.length }] : [];
  });
}
