import type { Person, Source, TranslationData } from '../schemas/index.ts';
import type { BriefingLike } from './briefings.ts';
import type { SiteFacts } from './briefing-page.ts';
import { dictionary, count, formatDay } from '../i18n/index.ts';
import { updatedDay } from './last-changed.ts';
import { readingTime } from './reading-time.ts';
import { lookup, lookupAll } from './references.ts';
import { articleFacts, breadcrumbList, newsArticle } from './structured-data.ts';
import { isOutdated } from './translation-status.ts';
import { isoDay } from './dates.ts';
import { topicFilterAttribute } from './search.ts';
import type { Language } from '../schemas/edition.ts';

/** A translated briefing as Astro gives it: its id (slug), frontmatter and body. */
export interface TranslationLike {
  id: string;
  body?: string | undefined;
  data: TranslationData;
}

/** A topic with its translated block. */
export interface TranslatedTopicLike {
  id: string;
  data: { name: string; es?: { name: string; slug: string } | undefined };
}

export interface TranslationPageInput<B extends BriefingLike> {
  lang: Exclude<Language, 'en'>;
  translation: TranslationLike;
  original: B;
  topics: readonly TranslatedTopicLike[];
  sources: ReadonlyMap<string, { id: string; data: Source }>;
  people: ReadonlyMap<string, { id: string; data: Person }>;
  site: SiteFacts;
}

/**
 * Everything a translated briefing's page shows: its own words, and what it inherits from the
 * original (kind, topics, sources, each quote's speaker and source, timeline status and dates),
 * in the edition's words from its dictionary.
 */
export function translationPageData<B extends BriefingLike>(input: TranslationPageInput<B>) {
  const { lang, translation, original, site } = input;
  const { urls } = site;
  const t = dictionary(lang);
  const data = translation.data;
  const path = urls.briefing(translation.id, lang);
  const url = urls.absolute(path, site.url);
  const englishPath = urls.briefing(original.id);
  const topics = original.data.topics.map((id) => {
    const topic = input.topics.find((candidate) => candidate.id === id);
    return topic?.data.es?.name ?? topic?.data.name ?? id;
  });
  const updated = updatedDay(data);
  const article = articleFacts(data, url, topics);
  const sources = lookupAll(input.sources, original.data.sources, 'source').map(({ data: source }) => ({
    outlet: source.outlet,
    url: source.url,
    kind: source.es?.kind ?? source.kind,
    description: source.es?.description ?? source.description,
    note: source.es?.note ?? source.note,
  }));
  const translatedQuotes = new Map((data.quotes ?? []).map((q) => [q.quote, q]));
  const translatedEntries = new Map((data.timeline ?? []).map((e) => [e.id, e]));
  const minutes = readingTime([data.dek, translation.body, ...(data.quotes ?? []).map((q) => q.translation)]).minutes;
  const headline = /[.?!]$/.test(data.title) ? data.title : `${data.title}.`;
  const when = updated
    ? `${formatDay(lang, data.published)}, ${t.cite.updated} ${formatDay(lang, updated)}`
    : formatDay(lang, data.published);
  return {
    head: {
      title: data.title,
      description: data.dek,
      path,
      lang,
      counterpart: englishPath,
      article,
      jsonLd: [
        newsArticle(
          { ...article, section: topics[0] ?? '', image: site.image },
          site.publisher,
          lookupAll(input.sources, original.data.sources, 'source').map((s) => s.data),
          lang,
        ),
        breadcrumbList([
          { name: t.nav.home, url: urls.absolute(urls.home(lang), site.url) },
          { name: data.title, url },
        ]),
      ],
    },
    kind: t.kinds[original.data.kind],
    title: data.title,
    dek: data.dek,
    published: { iso: isoDay(data.published), text: formatDay(lang, data.published) },
    updated: updated && { iso: isoDay(updated), text: formatDay(lang, updated) },
    readingTime: count(lang, 'minutesRead', minutes),
    topics,
    /** Each topic's name with the search filter it tags the page with (`topic:<id>`, as in English). */
    topicFilters: original.data.topics.map((id, i) => ({ name: topics[i]!, filter: topicFilterAttribute(id) })),
    isAnalysis: original.data.kind === 'analysis',
    /** When the English original changed after the translation, the notice and the English page. */
    outdated: isOutdated(data.translatedFrom, original.data) ? englishPath : undefined,
    quotes: (original.data.quotes ?? []).flatMap((quote): ShownQuote[] => {
      const translated = translatedQuotes.get(quote.text);
      const speaker = lookup(input.people, quote.speaker, 'person');
      const sourceName = lookup(input.sources, quote.source, 'source').data.outlet;
      const said = { name: speaker.data.name, role: speaker.data.es?.role ?? speaker.data.role, sourceName };
      // A quote said in the edition's language is shown as said; an English one only as translated.
      if (quote.lang === lang) return [{ ...said, text: quote.text, context: quote.context, original: undefined }];
      return translated
        ? [{ ...said, text: translated.translation, context: translated.context, original: quote.text }]
        : [];
    }),
    timeline: (original.data.timeline ?? []).flatMap((entry) => {
      const translated = translatedEntries.get(entry.id);
      if (!translated) return [];
      const whenText = entry.date ? formatDay(lang, entry.date.start) : (translated.when ?? '');
      return [
        {
          when: whenText.charAt(0).toUpperCase() + whenText.slice(1),
          event: translated.event,
          status: t.statuses[entry.status],
        },
      ];
    }),
    sources,
    citation: { reference: `“${headline}” ${site.name}, ${when}.`, url },
  };
}

/** A quote as a translated page shows it: `original` is the English words when `text` is our translation. */
export interface ShownQuote {
  name: string;
  role: string;
  sourceName: string;
  text: string;
  context: string;
  original: string | undefined;
}

export type TranslationPageData = ReturnType<typeof translationPageData>;
