import type { Quote } from '../schemas/index.ts';
import { newestFirst, type BriefingLike } from './briefings.ts';

export interface QuoteInBriefing<B extends BriefingLike> {
  quote: Quote;
  briefing: B;
}

/** Everything `personId` is quoted as saying, newest briefing first, in each briefing's order. */
export function quotesBy<B extends BriefingLike>(personId: string, briefings: readonly B[]): QuoteInBriefing<B>[] {
  return newestFirst(briefings).flatMap((briefing) =>
    (briefing.data.quotes ?? []).filter((q) => q.speaker === personId).map((quote) => ({ quote, briefing })),
  );
}

/** The briefings that quote `personId`, newest first. */
export function briefingsQuoting<B extends BriefingLike>(personId: string, briefings: readonly B[]): B[] {
  return newestFirst(briefings.filter((b) => (b.data.quotes ?? []).some((q) => q.speaker === personId)));
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
  return [...people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id))
    .map((person) => ({
      person,
      quotes: quotesBy(person.id, briefings).length,
      briefings: briefingsQuoting(person.id, briefings).length,
    }));
}
