import type { Quote } from '../schemas/index.ts';
import { compareNewestFirst, newestFirst, type BriefingLike } from './briefings.ts';

/**
 * A quotation is one thing however often it is cited: the same words from the same speaker in the
 * same source. Two quotes are the same words when their words match once case, punctuation and
 * the form of quote marks and apostrophes are set aside (`wordsOf`). A quotation whose words run
 * on inside a longer one of the same speaker and source is an extract of that passage.
 */

/** The words of a quote, lowercased, without punctuation: what makes two quotes the same words. */
export function wordsOf(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)
      ?.join(' ') ?? ''
  );
}

/** Where a quote is cited: which briefing, and its place in that briefing's `quotes:`. */
interface Citing<B> {
  briefing: B;
  index: number;
}

/** One quotation: its words as first quoted, and every briefing that quotes them. */
export interface Quotation<B extends BriefingLike> {
  /** Speaker, source and words: the quotation's identity. */
  key: string;
  /** The quote as the earliest briefing gives it (its text, context and language). */
  quote: Quote;
  /** Every briefing that quotes these words, each once, newest first. */
  briefings: B[];
}

/** A passage quoted in full somewhere, with the shorter extracts of it other briefings quote. */
export interface Passage<B extends BriefingLike> extends Quotation<B> {
  /** Extracts of this passage quoted on their own, longest first. */
  extracts: Quotation<B>[];
  /** Every briefing that quotes the passage or an extract of it, each once, newest first. */
  citedIn: B[];
}

interface Group<B extends BriefingLike> {
  key: string;
  words: string;
  quote: Quote;
  first: Citing<B>;
  briefings: Set<B>;
}

/**
 * Which of two citations is shown first on a page listing quotations newest first: the newer
 * briefing, and within one briefing the order of its `quotes:`.
 */
function compareCiting<B extends BriefingLike>(a: Citing<B>, b: Citing<B>): number {
  return compareNewestFirst(a.briefing, b.briefing) || a.index - b.index;
}

/** The first of two citations in time: the older briefing, and within one briefing its first quote. */
function compareOldestFirst<B extends BriefingLike>(a: Citing<B>, b: Citing<B>): number {
  return compareNewestFirst(b.briefing, a.briefing) || a.index - b.index;
}

/** Whether `short`'s words run on, in order, inside `long`'s. */
const isExtractOf = (short: string, long: string) => long.length > short.length && ` ${long} `.includes(` ${short} `);

/**
 * Every speaker's quotations, each once, as passages with their extracts. Passages are listed
 * newest first by the first time a briefing quoted them (the passage or any extract of it): the
 * oldest briefing that does, and where that briefing quotes several, in its order. A briefing's
 * date is its `published` day; briefings of one day are ordered as everywhere on the site
 * (`compareNewestFirst`), so the order never depends on the order files are read in.
 */
export function passagesBySpeaker<B extends BriefingLike>(briefings: readonly B[]): Map<string, Passage<B>[]> {
  const groups = new Map<string, Group<B>>();
  const bySpeakerSource = new Map<string, Group<B>[]>();
  // Oldest first, so that each group keeps the quote as first cited.
  for (const briefing of newestFirst(briefings).reverse())
    (briefing.data.quotes ?? []).forEach((quote, index) => {
      const words = wordsOf(quote.text);
      const scope = `${quote.speaker}\n${quote.source}`;
      const key = `${scope}\n${words}`;
      const group = groups.get(key);
      if (group) {
        group.briefings.add(briefing);
        return;
      }
      const created: Group<B> = { key, words, quote, first: { briefing, index }, briefings: new Set([briefing]) };
      groups.set(key, created);
      const siblings = bySpeakerSource.get(scope) ?? bySpeakerSource.set(scope, []).get(scope)!;
      siblings.push(created);
    });

  const listed: { passage: Passage<B>; first: Citing<B> }[] = [];
  for (const siblings of bySpeakerSource.values()) {
    // Each group's passage is the longest group it is an extract of (itself when none is). Only
    // a group holding an extract's first three words can hold the extract: an index of every
    // group's runs of words keeps the search from comparing every pair.
    // Runs of three words, and of one or two only when some quotation is that short.
    const lengths = new Set([3, ...siblings.map((g) => g.words.split(' ').length).filter((n) => n < 3)]);
    const byRun = new Map<string, Group<B>[]>();
    for (const group of siblings) {
      const words = group.words.split(' ');
      const runs = new Set<string>();
      for (const n of lengths) for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
      for (const run of runs) (byRun.get(run) ?? byRun.set(run, []).get(run)!).push(group);
    }
    const passageOf = (group: Group<B>) =>
      (byRun.get(group.words.split(' ').slice(0, 3).join(' ')) ?? [])
        .filter((other) => isExtractOf(group.words, other.words))
        .sort((a, b) => b.words.length - a.words.length || compareOldestFirst(a.first, b.first))[0] ?? group;
    const extracts = new Map<Group<B>, Group<B>[]>();
    for (const group of siblings) {
      const passage = passageOf(group);
      const list = extracts.get(passage) ?? extracts.set(passage, []).get(passage)!;
      if (passage !== group) list.push(group);
    }
    for (const [passage, parts] of extracts) {
      parts.sort((a, b) => b.words.length - a.words.length || compareOldestFirst(a.first, b.first));
      const all = [passage, ...parts];
      listed.push({
        passage: {
          ...quotation(passage),
          extracts: parts.map(quotation),
          citedIn: newestFirst([...new Set(all.flatMap((g) => [...g.briefings]))]),
        },
        first: all.map((g) => g.first).sort(compareOldestFirst)[0]!,
      });
    }
  }
  const bySpeaker = new Map<string, Passage<B>[]>();
  for (const { passage } of listed.sort((a, b) => compareCiting(a.first, b.first))) {
    const speaker = passage.quote.speaker;
    (bySpeaker.get(speaker) ?? bySpeaker.set(speaker, []).get(speaker)!).push(passage);
  }
  return bySpeaker;
}

function quotation<B extends BriefingLike>(group: Group<B>): Quotation<B> {
  return { key: group.key, quote: group.quote, briefings: newestFirst([...group.briefings]) };
}
