import type { BriefingLike } from './briefings.ts';
import { leadBriefing, newestFirst } from './briefings.ts';
import { feedLinks } from './feeds.ts';
import { updatedDay } from './last-changed.ts';
import { pageLinks, pagePosition, pageTitle, type PageLinks } from './pagination.ts';
import { briefingsCiting, type PersonIndexEntry, type PersonLike } from './people.ts';
import { EN, plural } from './plurals.ts';
import type { Passage } from './quotations.ts';
import { lookup } from './references.ts';
import { statusLabel, type TimelineRow, type TimelineSourceLike } from './timeline.ts';
import { topicIndex, type TopicLike } from './topics.ts';
import type { SiteUrls } from './urls.ts';

/**
 * The data of each listing page: pure functions of the page's slice of the list and the site's
 * URL helper, so that the pages in src/pages/ only render. A page's position is read from Astro's
 * `paginate()` (`currentPage`, `lastPage`) or from the timeline's own pages (`number`, `total`).
 */
export type PagePosition = { currentPage: number; lastPage: number } | { number: number; total: number };

/** What every paginated listing shows around its items: its title, path, position and page links. */
export interface Listing {
  /** "Cartels" on page 1, then "Cartels, page 2 of 5". */
  title: string;
  path: string;
  /** "page 2 of 5", or "" when the list fits one page. */
  position: string;
  paged: boolean;
  links: PageLinks;
}

export function listing(name: string, page: PagePosition, href: (n: number) => string): Listing {
  const at = 'currentPage' in page ? { number: page.currentPage, total: page.lastPage } : page;
  return {
    title: pageTitle(name, at),
    path: href(at.number),
    position: pagePosition(at),
    paged: at.total > 1,
    links: pageLinks(at, href),
  };
}

/** A topic's page: its briefings newest first, with the topic's feeds. */
export function topicPageData<T extends TopicLike, B extends BriefingLike>(input: {
  topic: T;
  page: PagePosition & { data: B[] };
  urls: SiteUrls;
  siteName: string;
}) {
  const { topic, page, urls } = input;
  return {
    listing: listing(topic.data.name, page, (n) => urls.topicPage(topic.id, n)),
    name: topic.data.name,
    description: topic.data.description,
    feeds: feedLinks(urls, input.siteName, topic),
    briefings: page.data,
  };
}

/** The people index: everyone by name, with how many quotations and briefings. */
export function peopleIndexPageData<P extends PersonLike>(input: {
  page: PagePosition & { data: PersonIndexEntry<P>[] };
  urls: SiteUrls;
  locale: string;
}) {
  const { page, urls, locale } = input;
  return {
    listing: listing('People', page, (n) => urls.peoplePage(n)),
    people: page.data.map(({ person, quotes, briefings }) => ({
      name: person.data.name,
      role: person.data.role,
      href: urls.person(person.id),
      count: `${plural(locale, quotes, EN.quotes)} in ${plural(locale, briefings, EN.briefings)}`,
    })),
  };
}

/** A person's page: their quotations on this page, each once, and the briefings citing them. */
export function personPageData<P extends PersonLike, B extends BriefingLike>(input: {
  person: P;
  page: PagePosition & { data: Passage<B>[] };
  sources: ReadonlyMap<string, { data: { outlet: string } }>;
  urls: SiteUrls;
}) {
  const { person, page, urls } = input;
  const view = listing(person.data.name, page, (n) => urls.personPage(person.id, n));
  return {
    listing: view,
    name: person.data.name,
    role: person.data.role,
    description: `${person.data.name}, ${person.data.role}: quotes in the briefings.`,
    passages: page.data.map((passage) => ({
      passage,
      sourceName: lookup(input.sources, passage.quote.source, 'source').data.outlet,
    })),
    briefings: briefingsCiting(page.data),
    briefingsHeading: `Briefings that quote ${person.data.name}${view.paged ? ' on this page' : ''}`,
  };
}

/** A timeline page: its rows, each entry with its date or wording, status and briefing. */
export function timelinePageData<B extends BriefingLike, S extends TimelineSourceLike>(input: {
  page: { number: number; total: number; items: TimelineRow<B, S>[] };
  urls: SiteUrls;
}) {
  const { page, urls } = input;
  return {
    listing: listing('Timeline', page, (n) => urls.timelinePage(n)),
    rows: page.items.map((row) =>
      row.kind === 'report'
        ? { kind: 'report' as const, label: row.label }
        : {
            kind: 'entry' as const,
            id: row.entry.id,
            when: row.when,
            status: row.entry.status,
            statusLabel: statusLabel(row.entry.status),
            event: row.entry.event,
            briefing: { title: row.briefing.data.title, href: urls.briefing(row.briefing.id) },
          },
    ),
  };
}

/** How many briefings the home page lists after its lead. */
export const HOME_LATEST = 8;

/** The home page: the lead (the newest featured briefing, else the newest), the latest, the topics. */
export function homePageData<B extends BriefingLike, T extends TopicLike>(input: {
  briefings: readonly B[];
  topics: readonly T[];
}) {
  const sorted = newestFirst(input.briefings);
  const lead = leadBriefing(sorted);
  return {
    lead: lead && { briefing: lead, updated: updatedDay(lead.data) },
    latest: sorted.filter((b) => b !== lead).slice(0, HOME_LATEST),
    topics: topicIndex(input.topics, input.briefings),
  };
}
