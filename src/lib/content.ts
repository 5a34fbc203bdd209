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

let loaded: Promise<SiteContent> | undefined;

/**
 * The one bridge from Astro's collections to the pure helpers in lib/. A production build
 * reads, filters and sorts the collections once for all pages; `astro dev` reads them afresh
 * on every request so that edits show.
 */
export function loadSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return readSiteContent();
  loaded ??= readSiteContent();
  return loaded;
}

async function readSiteContent(): Promise<SiteContent> {
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
