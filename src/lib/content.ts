import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleBriefings, newestFirst } from './briefings.ts';
import { sortTopics } from './topics.ts';

export type BriefingEntry = CollectionEntry<'briefings'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type PersonEntry = CollectionEntry<'people'>;

export interface SiteContent {
  /** Briefings readers may see, newest first (drafts only in development). */
  briefings: BriefingEntry[];
  topics: TopicEntry[];
  sources: Map<string, SourceEntry>;
  people: Map<string, PersonEntry>;
}

/** The one bridge from Astro's collections to the pure helpers in lib/. */
export async function loadSiteContent(): Promise<SiteContent> {
  const [briefings, topics, sources, people] = await Promise.all([
    getCollection('briefings'),
    getCollection('topics'),
    getCollection('sources'),
    getCollection('people'),
  ]);
  return {
    briefings: newestFirst(visibleBriefings(briefings, { includeDrafts: import.meta.env.DEV })),
    topics: sortTopics(topics),
    sources: new Map(sources.map((s) => [s.id, s])),
    people: new Map(people.map((p) => [p.id, p])),
  };
}
