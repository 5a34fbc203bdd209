import type { PluralForms } from '../lib/plurals.ts';

/**
 * The English edition's interface words: every string a page shows that is not content. The
 * Spanish dictionary (es.ts) must give each key; a unit test fails when one is missing.
 */
export const en = {
  locale: 'en-GB',
  ogLocale: 'en_GB',
  siteName: 'Rubio in Mexico: Briefings',
  /** What the edition is, for its home page's description and its feeds. */
  siteDescription:
    'Sourced briefings on US Secretary of State Marco Rubio’s planned first trip to Mexico: cartels, the flow of weapons, migration and extradition.',
  skipLink: 'Skip to content',
  headingLink: 'Link to this section:',
  nav: { home: 'Latest', topics: 'Topics', timeline: 'Timeline', people: 'People', search: 'Search' },
  otherEdition: { label: 'Leer en español', missing: 'No Spanish version yet: Spanish edition' },
  footer: {
    note: 'Every briefing on this site is drawn from the sources it lists. Quotations are verbatim; analysis is labelled as analysis.',
    follow: 'Follow every briefing',
  },
  home: { latest: 'Latest briefings', lead: 'Lead briefing', browse: 'Browse by topic', allTopics: 'Every topic' },
  briefing: {
    updated: 'Updated',
    published: 'Published',
    analysis: 'Analysis.',
    ownTranslation: '(our translation)',
    original: 'Original in English',
    outdated: 'The English original has changed since this translation: read the English version',
  },
  statuses: { planned: 'Planned', confirmed: 'Confirmed', occurred: 'Occurred' },
  sections: { quotes: 'What was said', timeline: 'Timeline', sources: 'Sources', topics: 'Topics of this briefing' },
  kinds: { news: 'News', explainer: 'Explainer', analysis: 'Analysis', context: 'Context' },
  topics: {
    title: 'Topics',
    description: 'Every topic the briefings follow, with what each covers.',
    newestFirst: 'Briefings, newest first',
    empty: 'No briefings on this topic yet.',
    only: 'This is the only briefing in this topic so far.',
    follow: 'Follow this topic',
  },
  timeline: {
    title: 'Timeline',
    intro: 'The events the briefings report, in order.',
    empty: 'No briefing has timeline entries yet.',
  },
  people: { title: 'People' },
  search: {
    title: 'Search',
    description: 'Search every briefing, by word and by topic.',
    label: 'Search the briefings',
    button: 'Search',
    filter: 'Only in these topics',
    noscript:
      'Search needs JavaScript, which is off or unavailable in this browser. Every briefing is listed under its topics below.',
    searching: 'Searching…',
    failed: 'The search index could not be loaded. Browse the topics below instead.',
    /** The result line: "3 briefings for “extradition” in Migration or Cartels." (# is the query, then the topics). */
    none: 'No briefings',
    forQuery: ' for “#”',
    inTopics: ' in #',
    or: ' or ',
  },
  pagination: { previous: 'Previous page', next: 'Next page', page: 'Page #', nav: 'Pages' },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    text: 'There is no briefing or page at this address. It may have been mistyped, or the page may have moved.',
    latest: 'The latest briefings',
    moved: 'This briefing has moved',
    movedTo: 'It is now at ',
  },
  cite: { heading: 'Cite this briefing', accessed: 'Accessed', updated: 'updated' },
  corrections: { heading: 'Corrections' },
  counts: {
    briefings: { one: '# briefing', other: '# briefings' },
    quotes: { one: '# quote', other: '# quotes' },
    minutesRead: { other: '# min read' },
    readCorrections: { one: 'Read the correction', other: 'Read the corrections' },
  } satisfies Record<string, PluralForms>,
};

/** The shape every edition's dictionary has: the same keys, its own words. */
export type Dictionary = typeof en;
