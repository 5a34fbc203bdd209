import type { Person, Source, TranslationData } from '../schemas/index.ts';
import type { BriefingLike } from './briefings.ts';
import type { SiteFacts } from './briefing-page.ts';
import { dictionary, count } from '../i18n/index.ts';
import { updatedDay } from './last-changed.ts';
import { readingTime } from './reading-time.ts';
import { lookup, lookupAll } from './references.ts';
import { articleFacts, breadcrumbList, newsArticle } from './structured-data.ts';
import { isOutdated } from './translation-status.ts';
import { shownQuote, type ShownQuote } from './edition-quotes.ts';
import { timelineWhen } from './timeline.ts';
import { citation } from './citation.ts';
import { correctionNotice } from './corrections.ts';
import { tableOfContents, type MarkdownHeading } from './toc.ts';
import type { Language } from '../schemas/edition.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
import { topicsOf, type TopicLike } from './topics.ts';
import { roleIn } from './people.ts';
import { sourceIn } from './edition-sources.ts';
import type { BriefingIndex } from './briefing-index.ts';
import { editionCardOf, type EditionCard } from './edition-briefings.ts';
import { briefingNeighbours } from './briefing-neighbours.ts';

/** A translated briefing as Astro gives it: its id (slug), frontmatter and body. */
export interface TranslationLike {
  id: string;
  body?: string | undefined;
  data: TranslationData;
}

/** A topic with its translated block. */
export type TranslatedTopicLike = EditionTopicLike & TopicLike;

export interface TranslationPageInput<B extends BriefingLike> {
  lang: Exclude<Language, 'en'>;
  translation: TranslationLike;
  original: B;
  topics: readonly TranslatedTopicLike[];
  sources: ReadonlyMap<string, { id: string; data: Source }>;
  people: ReadonlyMap<string, { id: string; data: Person }>;
  site: SiteFacts;
  /** The edition's translations, in its order (`indexInOrder`), for the neighbours and related briefings. */
  index: BriefingIndex<EditionCard>;
  /** The page of the edition's timeline that holds an entry (its `paginateTimeline`). */
  timelinePageOf?: ((entryId: string) => number) | undefined;
  /** The body's headings, as Astro's `render()` gives them, for the table of contents. */
  headings?: readonly MarkdownHeading[] | undefined;
}

/**
 * Everything a translated briefing's page shows: its own words, and what it inherits from the
 * original (kind, topics, sources, each quote's speaker and source, timeline status and dates),
 * in the edition's words from its dictionary, shaped for the components the English page uses;
 * after the body, as on the English page, its neighbours in its first topic and related briefings.
 */
export function translationPageData<B extends BriefingLike>(input: TranslationPageInput<B>) {
  const { lang, translation, original, site } = input;
  const { urls } = site;
  const t = dictionary(lang);
  const data = translation.data;
  const path = urls.briefing(translation.id, lang);
  const url = urls.absolute(path, site.url);
  const englishPath = urls.briefing(original.id);
  const topicEntries = topicsOf(original, input.topics);
  const topics = topicEntries.flatMap((topic) => topicIn(topic, lang)?.name ?? []);
  const updated = updatedDay(data);
  const article = articleFacts(data, url, topics);
  const sourceEntries = lookupAll(input.sources, original.data.sources, 'source');
  const translatedEntries = new Map((data.timeline ?? []).map((e) => [e.id, e]));
  const minutes = readingTime([data.dek, translation.body, ...(data.quotes ?? []).map((q) => q.translation)]).minutes;
  return {
    head: {
      title: data.title,
      description: data.dek,
      path,
      article,
      jsonLd: [
        newsArticle(
          { ...article, section: topics[0] ?? '', image: site.image },
          site.publisher,
          sourceEntries.map((s) => ({ ...s.data, ...sourceIn(s.data, lang) })),
          lang,
        ),
        breadcrumbList([
          { name: t.nav.home, url: urls.absolute(urls.home(lang), site.url) },
          { name: data.title, url },
        ]),
      ],
    },
    kind: original.data.kind,
    title: data.title,
    dek: data.dek,
    published: data.published,
    updated,
    readingTime: count(lang, 'minutesRead', minutes),
    /** The original's topics, for their links in the edition (as the English page's `topics`). */
    topics: topicEntries,
    isAnalysis: original.data.kind === 'analysis',
    /** The corrections of the Spanish text itself (the English ones are the original's). */
    corrections: correctionNotice(data),
    toc: tableOfContents(input.headings ?? []),
    /** When the English original changed after the translation, the notice and the English page. */
    outdated: isOutdated(data.translatedFrom, original.data) ? englishPath : undefined,
    quotes: (original.data.quotes ?? []).flatMap((quote): ShownQuoteWithSpeaker[] => {
      const shown = shownQuote(quote, lang, data.quotes ?? []);
      if (!shown) return [];
      const speaker = lookup(input.people, quote.speaker, 'person');
      const sourceName = lookup(input.sources, quote.source, 'source').data.outlet;
      return [
        {
          quote: shown,
          speaker: {
            name: speaker.data.name,
            role: roleIn(speaker, lang),
            href: urls.person(speaker.id, lang),
          },
          sourceName,
        },
      ];
    }),
    timeline: (original.data.timeline ?? []).flatMap((entry) => {
      const translated = translatedEntries.get(entry.id);
      if (!translated) return [];
      return [
        {
          when: timelineWhen({ date: entry.date, when: translated.when ?? entry.when }, lang).text,
          event: translated.event,
          status: t.statuses[entry.status],
          href: input.timelinePageOf
            ? urls.timelinePage(input.timelinePageOf(entry.id), entry.id, lang)
            : urls.timeline(lang),
        },
      ];
    }),
    /** The sources as the shared SourceList takes them (it writes them in the edition's words). */
    sources: sourceEntries,
    citation: citation({ title: data.title, siteName: t.siteName, published: data.published, updated, url, lang }),
    /** "More in this topic" and the related briefings, among the edition's translations only. */
    ...briefingNeighbours({
      briefing: editionCardOf({ translation, original }, input.topics, lang),
      index: input.index,
      topics: input.topics,
      urls,
      lang,
    }),
  };
}

/** A quote as a translated page shows it, with its speaker (the shape the English page's quotes have). */
export interface ShownQuoteWithSpeaker {
  quote: ShownQuote;
  speaker: { name: string; role: string; href: string };
  sourceName: string;
}

export type TranslationPageData = ReturnType<typeof translationPageData>;
