import type { Quote } from '../schemas/index.ts';
import { newestFirst, type BriefingLike } from './briefings.ts';
import { PAGE_SIZE, paginate, type ListingPage } from './pagination.ts';

export interface QuoteInBriefing<B extends BriefingLike> {
  quote: Quote;
  briefing: B;
}

/**
 * Every quote in the briefings by its speaker's id, in one pass over the briefings: each
 * speaker's quotes newest briefing first, in each briefing's order.
 */
export function quotesBySpeaker<B extends BriefingLike>(briefings: readonly B[]): Map<string, QuoteInBriefing<B>[]> {
  const bySpeaker = new Map<string, QuoteInBriefing<B>[]>();
  for (const briefing of newestFirst(briefings))
    for (const quote of briefing.data.quotes ?? []) {
      const list = bySpeaker.get(quote.speaker);
      if (list) list.push({ quote, briefing });
      else bySpeaker.set(quote.speaker, [{ quote, briefing }]);
    }
  return bySpeaker;
}

/** Everything `personId` is quoted as saying, newest briefing first, in each briefing's order. */
export function quotesBy<B extends BriefingLike>(personId: string, briefings: readonly B[]): QuoteInBriefing<B>[] {
  return quotesBySpeaker(briefings).get(personId) ?? [];
}

/** The briefings the quotes come from, each once, in the quotes' order. */
export function briefingsOf<B extends BriefingLike>(quotes: readonly QuoteInBriefing<B>[]): B[] {
  return [...new Set(quotes.map(({ briefing }) => briefing))];
}

/** The briefings that quote `personId`, newest first. */
export function briefingsQuoting<B extends BriefingLike>(personId: string, briefings: readonly B[]): B[] {
  return briefingsOf(quotesBy(personId, briefings));
}

export interface PersonLike {
  id: string;
  data: { name: string; role: string };
}

export interface PersonIndexEntry<P extends PersonLike> {
  person: P;
  quotes: number;
  briefings: number;
}

/** Every person with how often they are quoted and in how many briefings, by name. */
export function peopleIndex<P extends PersonLike, B extends BriefingLike>(
  people: Iterable<P>,
  briefings: readonly B[],
): PersonIndexEntry<P>[] {
  const bySpeaker = quotesBySpeaker(briefings);
  return [...people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id))
    .map((person) => {
      const quotes = bySpeaker.get(person.id) ?? [];
      return { person, quotes: quotes.length, briefings: briefingsOf(quotes).length };
    });
}

/** One page of a person's quotes, with the briefings those quotes come from. */
export type PersonPage<P extends PersonLike, B extends BriefingLike> = {
  person: P;
  page: ListingPage<QuoteInBriefing<B>>;
  /** The briefings quoted on this page, newest first: a briefing whose quotes straddle two pages is on both. */
  briefings: B[];
};

/**
 * Every person's pages: their quotes newest first, `size` quotes a page. A person nobody quotes
 * yet has one empty page. Quotes are grouped by speaker once for all people.
 */
export function personPages<P extends PersonLike, B extends BriefingLike>(
  people: Iterable<P>,
  briefings: readonly B[],
  size: number = PAGE_SIZE,
): PersonPage<P, B>[] {
  const bySpeaker = quotesBySpeaker(briefings);
  return [...people].flatMap((person) =>
    paginate(bySpeaker.get(person.id) ?? [], size).map((page) => ({
      person,
      page,
      briefings: briefingsOf(page.items),
    })),
  );
}
