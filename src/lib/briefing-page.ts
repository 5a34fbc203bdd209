import { count } from '../i18n/index.ts';
import type { Person, Source } from '../schemas/index.ts';
import type { BriefingLike } from './briefings.ts';
import type { BriefingIndex } from './briefing-index.ts';
import { citation } from './citation.ts';
import { correctionNotice } from './corrections.ts';
import { updatedDay } from './last-changed.ts';
import { briefingReadingTime } from './reading-time.ts';
import { lookup, lookupAll } from './references.ts';
import { briefingStructuredData, type Publisher, type SocialImage } from './structured-data.ts';
import { statusLabel, timelineWhen } from './timeline.ts';
import { tableOfContents, type MarkdownHeading } from './toc.ts';
import { topicsOf, type TopicLike } from './topics.ts';
import { briefingNeighbours } from './briefing-neighbours.ts';
import type { SiteUrls } from './urls.ts';

/** What every page of the site is told about the site itself: one notion of its URL and name. */
export interface SiteFacts {
  urls: SiteUrls;
  /** The site URL this build was configured with, such as https://example.org. */
  url: string;
  name: string;
  publisher: Publisher;
  image: SocialImage;
}

export interface BriefingPageInput<B extends BriefingLike & { body?: string | undefined }, T extends TopicLike> {
  briefing: B;
  /** The body's headings, as Astro's `render()` gives them. */
  headings: readonly MarkdownHeading[];
  /** Every topic, in display order. */
  topics: readonly T[];
  sources: ReadonlyMap<string, { id: string; data: Source }>;
  people: ReadonlyMap<string, { id: string; data: Person }>;
  index: BriefingIndex<B>;
  /** The timeline page that holds an entry (`paginateTimeline`). */
  timelinePageOf(entryId: string): number;
  site: SiteFacts;
}

/**
 * Everything a briefing page shows, computed from the briefing and the site's content; the page
 * only renders it (in the spirit of Starlight's route data). Links are made by `site.urls`.
 */
export function briefingPageData<B extends BriefingLike & { body?: string | undefined }, T extends TopicLike>(
  input: BriefingPageInput<B, T>,
) {
  const { briefing, site } = input;
  const { data } = briefing;
  const { urls } = site;
  const topics = topicsOf(briefing, input.topics);
  const sources = lookupAll(input.sources, data.sources, 'source');
  const updated = updatedDay(data);
  const { article, jsonLd } = briefingStructuredData({
    briefing,
    topics,
    sources: sources.map((s) => s.data),
    urls,
    site: site.url,
    publisher: site.publisher,
    image: site.image,
  });
  return {
    /** The `<head>`: title, description, path, Open Graph article facts and JSON-LD. */
    head: { title: data.title, description: data.dek, path: urls.briefing(briefing.id), article, jsonLd },
    kind: data.kind,
    title: data.title,
    dek: data.dek,
    published: data.published,
    /** The "Updated" day, when the briefing has changed since it was published. */
    updated,
    readingTime: count('en', 'minutesRead', briefingReadingTime(briefing).minutes),
    topics,
    isAnalysis: data.kind === 'analysis',
    corrections: correctionNotice(data),
    toc: tableOfContents(input.headings),
    quotes: (data.quotes ?? []).map((quote) => {
      const speaker = lookup(input.people, quote.speaker, 'person');
      return {
        quote,
        speaker: { name: speaker.data.name, role: speaker.data.role, href: urls.person(speaker.id) },
        sourceName: lookup(input.sources, quote.source, 'source').data.outlet,
      };
    }),
    timeline: (data.timeline ?? []).map((entry) => ({
      when: timelineWhen(entry).text,
      event: entry.event,
      status: statusLabel(entry.status),
      href: urls.timelinePage(input.timelinePageOf(entry.id), entry.id),
    })),
    sources,
    citation: citation({
      title: data.title,
      siteName: site.name,
      published: data.published,
      updated,
      url: urls.absolute(urls.briefing(briefing.id), site.url),
    }),
    /** "More in this topic" and the related briefings. */
    ...briefingNeighbours({ briefing, index: input.index, topics: input.topics, urls, lang: 'en' }),
  };
}

export type BriefingPageData = ReturnType<typeof briefingPageData>;
