import type { Language } from '../schemas/edition.ts';
import { count } from '../i18n/index.ts';
import { topicIn, type EditionTopicLike } from './edition-topics.ts';
import type { SiteUrls } from './urls.ts';

/** A topic on an edition's search page: a filter (by id, as briefing pages tag it) and a link to browse. */
export interface SearchTopic {
  /** The topic's id: the value of its filter, the same in both editions' indexes. */
  id: string;
  /** Its name in the edition. */
  name: string;
  /** Its page in the edition. */
  href: string;
  /** How many of the edition's briefings it holds, in words: "3 briefings", "3 notas". */
  count: string;
}

/**
 * The topics an edition's search page offers, in the order given: each topic the edition has a
 * version of, with its name, page and number of briefings there.
 */
export function searchTopics(
  lang: Language,
  topics: readonly EditionTopicLike[],
  briefingsIn: (topicId: string) => number,
  urls: SiteUrls,
): SearchTopic[] {
  return topics.flatMap((topic) => {
    const shown = topicIn(topic, lang);
    return shown
      ? [
          {
            id: topic.id,
            name: shown.name,
            href: urls.topic(shown.slug, lang),
            count: count(lang, 'briefings', briefingsIn(topic.id)),
          },
        ]
      : [];
  });
}
