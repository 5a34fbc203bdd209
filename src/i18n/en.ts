import type { PluralForms } from '../lib/plurals.ts';

/**
 * The English edition's interface words: every string a page shows that is not content. The
 * Spanish dictionary (es.ts) must give each key; a unit test fails when one is missing. A word in
 * braces (`{name}`) is filled in by `fill()` (src/i18n/index.ts).
 */
export const en = {
  locale: 'en-GB',
  ogLocale: 'en_GB',
  siteName: 'Rubio in Mexico: Briefings',
  /** What the edition is, for its home page's description and its feeds. */
  siteDescription:
    'Sourced briefings on US Secretary of State Marco Rubio’s planned first trip to Mexico: cartels, the flow of weapons, migration and extradition.',
  /** The text of the picture a shared link shows (public/social-card.png). */
  socialImageAlt: 'Rubio in Mexico: Briefings: sourced briefings on cartels, weapons flow, migration and extradition',
  skipLink: 'Skip to content',
  headingLink: 'Link to this section:',
  nav: {
    label: 'Site',
    home: 'Latest',
    topics: 'Topics',
    timeline: 'Timeline',
    people: 'People',
    search: 'Search',
  },
  otherEdition: { label: 'Leer en español', missing: 'No Spanish version yet: Spanish edition' },
  footer: {
    note: 'Every briefing on this site is drawn from the sources it lists. Quotations are verbatim; analysis is labelled as analysis.',
    follow: 'Follow every briefing',
  },
  home: {
    latest: 'Latest briefings',
    lead: 'Lead briefing',
    browse: 'Browse by topic',
    allTopics: 'Every topic',
    topics: 'Topics',
  },
  briefing: {
    updated: 'Updated',
    published: 'Published',
    analysis: 'Analysis.',
    analysisNote: 'This briefing interprets the reporting; it is not a news report.',
    corrected: ': this briefing has been corrected.',
    ownTranslation: '(our translation)',
    original: 'Original in English',
    outdated: 'The English original has changed since this translation: read the English version',
    via: '(via {source})',
    allInTopic: 'All briefings on ',
    previous: 'Previous: ',
    next: 'Next: ',
  },
  statuses: { planned: 'Planned', confirmed: 'Confirmed', occurred: 'Occurred' },
  sections: { topics: 'Topics of this briefing' },
  /** The headings a briefing page adds after its body (their ids come from these words). */
  briefingSections: {
    toc: 'In this briefing',
    quotes: 'On the record',
    timeline: 'On the timeline',
    corrections: 'Corrections',
    sources: 'Sources',
    related: 'Related briefings',
    cite: 'Cite this briefing',
    sequence: 'More in this topic',
  },
  kinds: { news: 'News', explainer: 'Explainer', analysis: 'Analysis', context: 'Context' },
  topics: {
    title: 'Topics',
    description: 'Every topic the briefings follow, with what each covers.',
    newestFirst: 'Briefings, newest first',
    empty: 'No briefings on this topic yet.',
    only: 'This is the only briefing in this topic so far.',
    follow: 'Follow this topic',
    pages: 'Pages of {name}',
  },
  timeline: {
    title: 'Timeline',
    intro: 'The events the briefings report, in order.',
    description:
      'The events in the briefings, in order, each with the date or the words its source uses, and a link to its briefing.',
    explainer:
      'Each entry gives its time as precisely as its source does. Where the source gives no calendar date, the entry shows the source’s own words, such as “in the coming weeks”, and sits where the source places it: events it reports as past before the report itself, plans after it.',
    empty: 'No briefing has timeline entries yet.',
    events: 'Events, earliest first',
    from: 'From ',
    pages: 'Pages of the timeline',
    earlier: 'Earlier',
    later: 'Later',
    report: 'The {outlet} {kind}, {date}',
    reportUndated: 'The {outlet} {kind} (no date given)',
  },
  people: {
    title: 'People',
    description: 'The people quoted in the briefings, with their roles.',
    everyone: 'Everyone quoted in the briefings',
    byName: ', by name: {position}',
    pages: 'Pages of people',
    previous: 'Previous',
    next: 'Next',
    inBriefings: '{quotes} in {briefings}',
  },
  person: {
    description: '{name}, {role}: quotes in the briefings.',
    pages: 'Pages of {name}’s quotes',
    quotes: 'Quotes, newest first',
    none: 'No briefing quotes {name} yet.',
    order:
      'Each quotation appears once, with every briefing that quotes it, newest first by the day a briefing first quoted it. Shorter extracts of a passage are shown under it.',
    quotedIn: 'Quoted in ',
    extracts: 'Shorter extracts of this passage',
    extract: 'Shorter extract: ',
    extractQuotedIn: ', quoted in ',
    briefings: 'Briefings that quote {name}',
    briefingsOnPage: 'Briefings that quote {name} on this page',
  },
  pagination: {
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page #',
    nav: 'Pages',
    newer: 'Newer',
    older: 'Older',
    position: 'page {number} of {total}',
  },
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
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    text: 'There is no briefing or page at this address. It may have been mistyped, or the page may have moved.',
    latest: 'The latest briefings',
    moved: 'This briefing has moved',
    movedTo: 'It is now at ',
    movedTitle: 'Moved: {title}',
  },
  cite: { updated: 'updated' },
  counts: {
    briefings: { one: '# briefing', other: '# briefings' },
    quotes: { one: '# quote', other: '# quotes' },
    minutesRead: { other: '# min read' },
    readCorrections: { one: 'Read the correction', other: 'Read the corrections' },
  } satisfies Record<string, PluralForms>,
};

/** The shape every edition's dictionary has: the same keys, its own words. */
export type Dictionary = typeof en;
