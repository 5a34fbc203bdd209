import { compareNewestFirst, type BriefingLike } from './briefings.ts';
import type { Passage } from './quotations.ts';
import type { Language } from '../schemas/edition.ts';

/** The briefings that cite any of `passages` (in full or in an extract), each once, newest first. */
export function briefingsCiting<B extends BriefingLike>(passages: readonly Passage<B>[]): B[] {
  return [...new Set(passages.flatMap((p) => p.citedIn))].sort(compareNewestFirst);
}

export interface PersonLike {
  id: string;
  data: { name: string; role: string; es?: { role: string } | undefined };
}

/** A person's role in the edition's words. */
export function roleIn(person: PersonLike, lang: Language): string {
  return (lang !== 'en' && person.data[lang]?.role) || person.data.role;
}

export interface PersonIndexEntry<P extends PersonLike> {
  person: P;
  /** How many quotations: each passage once, however often and however much of it is quoted. */
  quotes: number;
  briefings: number;
}

/**
 * Every person with how many quotations of theirs the briefings cite, and in how many briefings,
 * by name, from the quotations `passagesBySpeaker` collected.
 */
export function peopleIndex<P extends PersonLike, B extends BriefingLike>(
  people: Iterable<P>,
  bySpeaker: ReadonlyMap<string, readonly Passage<B>[]>,
): PersonIndexEntry<P>[] {
  return [...people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id))
    .map((person) => {
      const passages = bySpeaker.get(person.id) ?? [];
      return { person, quotes: passages.length, briefings: briefingsCiting(passages).length };
    });
}
