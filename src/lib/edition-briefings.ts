import type { BriefingKind } from '../schemas/index.ts';
import type { Language } from '../schemas/edition.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
import { compareNewestFirst, type OrderedLike } from './briefings.ts';

/** What a card or a link shows of a briefing in any edition: its slug there, title, dek, kind and day. */
export interface CardBriefing {
  id: string;
  data: {
    title: string;
    dek: string;
    kind: BriefingKind;
    published: Date;
    /** When it changed since (lib/last-changed.ts), for the listing's last change. */
    updated?: Date | undefined;
    corrections?: readonly { date: Date }[] | undefined;
  };
}

/** A translation as the shared components show it: its own slug and words, the kind of its original. */
export function cardOf(entry: {
  translation: {
    id: string;
    data: { title: string; dek: string; published: Date } & Pick<CardBriefing['data'], 'updated' | 'corrections'>;
  };
  original: { data: { kind: BriefingKind } };
}): CardBriefing {
  const { translation, original } = entry;
  return {
    id: translation.id,
    data: {
      title: translation.data.title,
      dek: translation.data.dek,
      kind: original.data.kind,
      published: translation.data.published,
      updated: translation.data.updated,
      corrections: translation.data.corrections,
    },
  };
}

/**
 * A translation as its edition's index relates it (lib/briefing-index.ts): its card, with the
 * original's topics that have a page in the edition (so its first topic's page exists there).
 */
export interface EditionCard extends CardBriefing {
  data: CardBriefing['data'] & { topics: readonly string[] };
}

export function editionCardOf(
  entry: Parameters<typeof cardOf>[0] & { original: { data: { topics: readonly string[] } } },
  topics: readonly EditionTopicLike[],
  lang: Exclude<Language, 'en'>,
): EditionCard {
  const card = cardOf(entry);
  const inEdition = new Set(topics.filter((topic) => topicIn(topic, lang)).map((topic) => topic.id));
  return { ...card, data: { ...card.data, topics: entry.original.data.topics.filter((id) => inEdition.has(id)) } };
}

/**
 * The order of an edition's briefings: newest translation first, then in the order of their
 * originals (newest first, then by the originals' own tie-breaks), so that translations published
 * on one day follow the English edition's order and no build depends on the order files are read in.
 */
export function compareTranslationsNewestFirst(
  a: { translation: OrderedLike; original: OrderedLike },
  b: { translation: OrderedLike; original: OrderedLike },
): number {
  return (
    b.translation.data.published.getTime() - a.translation.data.published.getTime() ||
    compareNewestFirst(a.original, b.original)
  );
}
