import type { Language } from '../schemas/edition.ts';
import type { BriefingLike } from './briefings.ts';
import { cardOf } from './edition-briefings.ts';
import { topicSummaries, type EditionTopicLike } from './edition-topics.ts';
import { updatedDay } from './last-changed.ts';
import { homePageData } from './listing-pages.ts';
import type { TopicLike } from './topics.ts';

/** A translated briefing with its original, as `loadTranslations` gives them. */
interface EditionEntry<B extends BriefingLike> {
  translation: { id: string; data: { title: string; dek: string; published: Date; updated?: Date | undefined } };
  original: B;
}

/**
 * A translated edition's home: the same choice of lead and latest as the English home, made among
 * the briefings it has translated, each shown as its translation (its own dates), and the
 * edition's topics with how many translated briefings each has.
 */
export function spanishHomeData<B extends BriefingLike, T extends TopicLike & EditionTopicLike>(
  entries: readonly EditionEntry<B>[],
  topics: readonly T[],
  lang: Exclude<Language, 'en'>,
) {
  const byOriginal = new Map(entries.map((e) => [e.original, e]));
  const home = homePageData({ briefings: entries.map((e) => e.original), topics });
  const entry = (b: B) => byOriginal.get(b)!;
  return {
    lead: home.lead && {
      briefing: cardOf(entry(home.lead.briefing)),
      updated: updatedDay(entry(home.lead.briefing).translation.data),
    },
    latest: home.latest.map((b) => cardOf(entry(b))),
    topics: topicSummaries(home.topics, lang),
  };
}
