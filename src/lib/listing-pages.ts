import type { BriefingLike } from './briefings.ts';
import { leadBriefing, newestFirst } from './briefings.ts';
import { feedLinks } from './feeds.ts';
import { updatedDay } from './last-changed.ts';
import { pageLinks, pagePosition, pageTitle, type PageLinks } from './pagination.ts';
import { briefingsCiting, roleIn, type PersonIndexEntry, type PersonLike } from './people.ts';
import { count, dictionary, fill } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';
import type { CardBriefing } from './edition-briefings.ts';
import { latestChange } from './last-changed.ts';
import type { ShownQuote } from './edition-quotes.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
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

export function listing(name: string, page: PagePosition, href: (n: number) => string, lang: Language = 'en'): Listing {
  const at = 'currentPage' in page ? { number: page.currentPage, total: page.lastPage } : page;
  return {
    title: pageTitle(name, at, lang),
    path: href(at.number),
    position: pagePosition(at, lang),
    paged: at.total > 1,
    links: pageLinks(at, href),
  };
}

/** A topic's page in an edition: its briefings newest first (as cards of that edition), with the topic's feeds in that edition. */
export function topicPageData<T extends TopicLike & EditionTopicLike, B extends CardBriefing>(input: {
  topic: T;
  page: PagePosition & { data: B[] };
  urls: SiteUrls;
  lang?: Language;
}) {
  const { topic, page, urls, lang = 'en' } = input;
  const shown = topicIn(topic, lang);
  if (!shown) throw new Error(`Topic "${topic.id}" has no version in the "${lang}" edition`);
  const t = dictionary(lang);
  const view = listing(shown.name, page, (n) => urls.topicPage(shown.slug, n, lang), lang);
  return {
    listing: view,
    name: shown.name,
    description: shown.description,
    feeds: feedLinks(urls, topic, lang),
    briefings: page.data,
    /** The latest change among the briefings on the page. */
    lastChanged: latestChange(page.data),
    pagerLabel: fill(t.topics.pages, { name: shown.name }),
    heading: view.paged ? `${t.topics.newestFirst}: ${view.position}` : t.topics.newestFirst,
  };
}

/** The people index: everyone by name, with how many quotations and briefings. */
export function peopleIndexPageData<P extends PersonLike>(input: {
  page: PagePosition & { data: PersonIndexEntry<P>[] };
  urls: SiteUrls;
  lang?: Language;
}) {
  const { page, urls, lang = 'en' } = input;
  const t = dictionary(lang).people;
  const view = listing(t.title, page, (n) => urls.peoplePage(n, lang), lang);
  return {
    listing: view,
    dek: view.paged ? `${t.everyone}${fill(t.byName, { position: view.position })}.` : `${t.everyone}.`,
    people: page.data.map(({ person, quotes, briefings }) => ({
      name: person.data.name,
      role: roleIn(person, lang),
      href: urls.person(person.id, lang),
      count: fill(t.inBriefings, {
        quotes: count(lang, 'quotes', quotes),
        briefings: count(lang, 'briefings', briefings),
      }),
    })),
  };
}

/** A person's page: their quotations on this page, each once, and the briefings citing them. */
export function personPageData<P extends PersonLike, B extends BriefingLike>(input: {
  person: P;
  /** The person's passages on this page; in a translated edition each with how it `shown` there. */
  page: PagePosition & { data: (Passage<B> & { shown?: ShownQuote; extracts: { shown?: ShownQuote }[] })[] };
  sources: ReadonlyMap<string, { data: { outlet: string } }>;
  urls: SiteUrls;
  lang?: Language;
  /** A briefing as the edition's cards and links show it (its translation); itself in English. */
  card?: (briefing: B) => CardBriefing;
}) {
  const { person, page, urls, lang = 'en' } = input;
  const card = input.card ?? ((b: B) => b as CardBriefing);
  const t = dictionary(lang).person;
  const name = person.data.name;
  const role = roleIn(person, lang);
  const view = listing(name, page, (n) => urls.personPage(person.id, n, lang), lang);
  const shownOf = (q: {
    quote: { text: string; context: string; lang?: string | undefined };
    shown?: ShownQuote;
  }): ShownQuote => q.shown ?? { text: q.quote.text, context: q.quote.context, lang: q.quote.lang };
  return {
    listing: view,
    name,
    role,
    peopleHref: urls.people(lang),
    description: fill(t.description, { name, role }),
    pagerLabel: fill(t.pages, { name }),
    quotesHeading: view.paged ? `${t.quotes}: ${view.position}` : t.quotes,
    none: fill(t.none, { name }),
    passages: page.data.map((passage) => ({
      quote: shownOf(passage),
      briefings: passage.briefings.map(card),
      extracts: (passage.extracts as unknown as (Passage<B>['extracts'][number] & { shown?: ShownQuote })[]).map(
        (extract) => ({ quote: shownOf(extract), briefings: extract.briefings.map(card) }),
      ),
      sourceName: lookup(input.sources, passage.quote.source, 'source').data.outlet,
    })),
    briefings: briefingsCiting(page.data).map(card),
    briefingsHeading: fill(view.paged ? t.briefingsOnPage : t.briefings, { name }),
  };
}

/** A timeline page: its rows, each entry with its date or wording, status and briefing. */
export function timelinePageData<B extends BriefingLike, S extends TimelineSourceLike>(input: {
  page: { number: number; total: number; items: TimelineRow<B, S>[] };
  urls: SiteUrls;
  lang?: Language;
  /** A briefing as the edition links to it (its translation); itself in English. */
  card?: (briefing: B) => CardBriefing;
}) {
  const { page, urls, lang = 'en' } = input;
  const card = input.card ?? ((b: B) => b as CardBriefing);
  const t = dictionary(lang).timeline;
  const view = listing(t.title, page, (n) => urls.timelinePage(n, undefined, lang), lang);
  return {
    listing: view,
    heading: view.paged ? `${t.events}: ${view.position}` : t.events,
    rows: page.items.map((row) => {
      if (row.kind === 'report') return { kind: 'report' as const, label: row.label };
      const shown = card(row.briefing);
      return {
        kind: 'entry' as const,
        id: row.entry.id,
        when: row.when,
        status: row.entry.status,
        statusLabel: statusLabel(row.entry.status, lang),
        event: row.entry.event,
        briefing: { title: shown.data.title, href: urls.briefing(shown.id, lang) },
      };
    }),
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
