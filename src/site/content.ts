import { getCollection, type CollectionEntry } from 'astro:content';
import { visibleBriefings, newestFirst } from '../lib/briefings.ts';
import { sortTopics } from '../lib/topics.ts';
import { orderTimeline, paginateTimeline, type TimelinePages } from '../lib/timeline.ts';
import { indexBriefings, indexInOrder, type BriefingIndex } from '../lib/briefing-index.ts';
import {
  cardOf,
  compareTranslationsNewestFirst,
  editionCardOf,
  type CardBriefing,
  type EditionCard,
} from '../lib/edition-briefings.ts';
import { passagesBySpeaker, type Passage } from '../lib/quotations.ts';
import { editionPassages, type EditionPassage } from '../lib/edition-quotes.ts';
import { editionTimelineRows } from '../lib/edition-timeline.ts';
import { translationsByTopic } from '../lib/edition-topics.ts';
import { counterparts, editionPairs, type Counterparts } from '../lib/counterparts.ts';
import { pageCount } from '../lib/pagination.ts';
import { urls } from './config.ts';

export type BriefingEntry = CollectionEntry<'briefings'>;
export type TranslationEntry = CollectionEntry<'translations'>;
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

export type SiteTimeline = TimelinePages<BriefingEntry, SourceEntry>;

/**
 * What a production build computes once for all pages; `astro dev` computes it afresh on every
 * request so that edits show.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    value ??= read();
    return value;
  };
}

/**
 * The one bridge from Astro's collections to the pure helpers in lib/: the collections read,
 * filtered and sorted.
 */
export const loadSiteContent: () => Promise<SiteContent> = oncePerBuild(readSiteContent);

/** Each topic's briefings and every briefing's related briefings and neighbours, for all pages. */
export const loadBriefingIndex: () => Promise<BriefingIndex<BriefingEntry>> = oncePerBuild(async () =>
  indexBriefings((await loadSiteContent()).briefings),
);

/**
 * The timeline in order, split into pages, with the page of each entry: the timeline pages and
 * every briefing's links to its entries share it.
 */
export const loadTimeline: () => Promise<SiteTimeline> = oncePerBuild(async () => {
  const { briefings, sources } = await loadSiteContent();
  return paginateTimeline(orderTimeline(briefings, sources));
});

/** Every speaker's quotations, each once (`passagesBySpeaker`), for the people index and each person's pages. */
export const loadQuotations: () => Promise<Map<string, Passage<BriefingEntry>[]>> = oncePerBuild(async () =>
  passagesBySpeaker((await loadSiteContent()).briefings),
);

/** A translated briefing readers may see, with the original it translates. */
export interface EditionBriefing {
  translation: TranslationEntry;
  original: BriefingEntry;
}

/**
 * The Spanish edition's briefings, newest first, each with its original: drafts (and translations
 * of originals readers cannot see) only in development. `byOriginal` finds an English briefing's
 * translation, for its language link and hreflang.
 */
export const loadTranslations: () => Promise<{ list: EditionBriefing[]; byOriginal: Map<string, TranslationEntry> }> =
  oncePerBuild(async () => {
    const [{ briefings }, translations] = await Promise.all([loadSiteContent(), getCollection('translations')]);
    const originals = new Map(briefings.map((b) => [b.id, b]));
    const list = translations
      .filter((t) => (import.meta.env.DEV || !t.data.draft) && originals.has(t.data.translationOf))
      .map((translation) => ({ translation, original: originals.get(translation.data.translationOf)! }))
      .sort(compareTranslationsNewestFirst);
    return { list, byOriginal: new Map(list.map((e) => [e.original.id, e.translation])) };
  });

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

/** A topic of the Spanish edition with its translated briefings, newest first. */
export type EditionTopic = ReturnType<typeof translationsByTopic<EditionBriefing, TopicEntry>>[number];

/** The Spanish edition's listings, computed once: its topics, timeline and people's quotations. */
export interface SpanishEdition {
  topics: EditionTopic[];
  timeline: SiteTimeline;
  /** Each speaker's quotations the edition can show (said in Spanish or translated), each once. */
  quotations: Map<string, EditionPassage<BriefingEntry>[]>;
  /** The people the edition has a page for (those with a Spanish role), in the English order. */
  people: PersonEntry[];
  /** The translation of an English briefing, when it has one. */
  translationOf(original: BriefingEntry): TranslationEntry | undefined;
  /** An English briefing shown in the edition: its translation's card (it must have one). */
  cardOf(original: BriefingEntry): CardBriefing;
  /** Each Spanish topic's translations and every translation's related ones and neighbours, in the edition's order. */
  index: BriefingIndex<EditionCard>;
}

export const loadSpanishEdition: () => Promise<SpanishEdition> = oncePerBuild(async () => {
  const [{ topics, sources, people }, { list, byOriginal }] = await Promise.all([
    loadSiteContent(),
    loadTranslations(),
  ]);
  const originals = list.map((e) => e.original);
  const translationOf = (original: BriefingEntry) => byOriginal.get(original.id);
  const bySpeaker = passagesBySpeaker(originals);
  return {
    topics: translationsByTopic(topics, list, 'es'),
    timeline: paginateTimeline(
      editionTimelineRows(orderTimeline(originals, sources), 'es', (b) => translationOf(b)?.data.timeline),
    ),
    quotations: new Map(
      [...bySpeaker].map(([speaker, passages]) => [
        speaker,
        editionPassages(passages, 'es', (b) => translationOf(b)?.data.quotes ?? []),
      ]),
    ),
    people: [...people.values()].filter((p) => p.data.es),
    translationOf,
    cardOf: (original) => {
      const translation = translationOf(original);
      if (!translation) throw new Error(`the briefing "${original.id}" has no Spanish version to show`);
      return cardOf({ translation, original });
    },
    index: indexInOrder(list.map((entry) => editionCardOf(entry, topics, 'es'))),
  };
});

/** Which page of each edition is the same page in the other (lib/counterparts.ts), for this build. */
export const loadCounterparts: () => Promise<Counterparts> = oncePerBuild(async () => {
  const [{ people }, index, timeline, quotations, { list }, es] = await Promise.all([
    loadSiteContent(),
    loadBriefingIndex(),
    loadTimeline(),
    loadQuotations(),
    loadTranslations(),
    loadSpanishEdition(),
  ]);
  const inventory = {
    translations: list.map((e) => ({ original: e.original.id, translation: e.translation.id })),
    topics: es.topics.map((topic) => ({
      id: topic.topic.id,
      slug: topic.slug,
      pages: { en: pageCount(index.inTopic(topic.topic.id).length), es: pageCount(topic.entries.length) },
    })),
    people: es.people.map((person) => ({
      id: person.id,
      pages: {
        en: pageCount(quotations.get(person.id)?.length ?? 0),
        es: pageCount(es.quotations.get(person.id)?.length ?? 0),
      },
    })),
    peopleIndex: { en: pageCount(people.size), es: pageCount(es.people.length) },
    timeline: { en: timeline.pages.length, es: es.timeline.pages.length },
  };
  return counterparts(editionPairs(inventory, urls), urls);
});
