import type { Language } from '../schemas/edition.ts';
import type { BriefingIndex, TopicalLike } from './briefing-index.ts';
import type { DatedLike } from './briefings.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
import { neighboursInTopic } from './topics.ts';
import type { SiteUrls } from './urls.ts';

/** A link to a briefing in the page's edition. */
export interface BriefingLink {
  title: string;
  href: string;
}

/** "More in this topic": the briefing's first topic and its neighbours there, in the page's edition. */
export interface TopicSequence {
  topic: { name: string; href: string };
  /** The next older briefing in the topic. */
  previous?: BriefingLink | undefined;
  /** The next newer briefing in the topic. */
  next?: BriefingLink | undefined;
}

export interface NeighboursInput<B extends DatedLike & { data: { title: string } }> {
  /** The page's briefing as the index knows it: its slug in the edition and the topics it has there. */
  briefing: TopicalLike;
  /** The edition's briefings (English ones, or translations as their edition lists them). */
  index: BriefingIndex<B>;
  topics: readonly EditionTopicLike[];
  urls: SiteUrls;
  lang: Language;
}

/**
 * What a briefing page shows after its body, in either edition: its neighbours in its first topic
 * and the briefings related to it, all from the edition's own index, so that only pages of the
 * edition are linked. `sequence` is undefined when the briefing has no topic in the edition (a
 * translation whose topics have no Spanish page yet); an English briefing always has one.
 */
export function briefingNeighbours<B extends DatedLike & { data: { title: string } }>(input: NeighboursInput<B>) {
  return {
    sequence: input.briefing.data.topics.length > 0 ? topicSequence(input) : undefined,
    /** At most `RELATED_LIMIT` briefings sharing a topic, newest first among equals, as cards show them. */
    related: input.index.related(input.briefing),
  };
}

/** The briefing's first topic in the edition, with the previous and next briefing in it. */
function topicSequence<B extends DatedLike & { data: { title: string } }>(input: NeighboursInput<B>): TopicSequence {
  const { urls, lang } = input;
  const { topic, previous, next } = neighboursInTopic(input.briefing, input.index, input.topics);
  const shown = topicIn(topic, lang);
  if (!shown)
    throw new Error(`The topic "${topic.id}" has no page in the "${lang}" edition: it has no \`${lang}\` block`);
  const link = (b: B): BriefingLink => ({ title: b.data.title, href: urls.briefing(b.id, lang) });
  return {
    topic: { name: shown.name, href: urls.topic(shown.slug, lang) },
    previous: previous && link(previous),
    next: next && link(next),
  };
}
