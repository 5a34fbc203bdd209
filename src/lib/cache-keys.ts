import { createHash } from 'node:crypto';

/**
 * The cache keys of the pages for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key and code are unchanged is copied from the last build instead of rendered. A key
 * is a digest of everything the page shows, so a key that misses something is a stale page; the
 * integration test compares incremental builds with cold ones byte for byte.
 *
 * The code (src/, the config, the lockfile) is not in any key: scripts/build.ts empties the
 * whole cache when it changes.
 */

/** What a content entry brings to a page: its collection, id and frontmatter (the body only where asked). */
const ENTRY_FIELDS = ['collection', 'id', 'data'] as const;

function isEntry(value: object): value is { collection: string; id: string; data: unknown; body?: string } {
  return 'collection' in value && 'id' in value && 'data' in value;
}

/**
 * A canonical JSON text of a value: object keys sorted, dates as ISO strings, Maps and Sets as
 * arrays, undefined left out. A content entry counts by its collection, id and data alone: its
 * body and rendered HTML matter only to the page that renders them, which adds `bodyOf` itself.
 */
export function canonical(value: unknown): string {
  if (value === undefined || typeof value === 'function') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // An entry is written once per build, however many pages list it.
  const known = written.get(value);
  if (known !== undefined) return known;
  const text = canonicalObject(value);
  if (isEntry(value)) written.set(value, text);
  return text;
}

/** The canonical texts of the entries written so far; entries are not changed during a build. */
const written = new WeakMap<object, string>();

function canonicalObject(value: object): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Map) return canonical([...value.entries()]);
  if (value instanceof Set) return canonical([...value]);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = isEntry(value) ? [...ENTRY_FIELDS] : Object.keys(record).sort();
  const fields = keys.filter((k) => record[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`);
  return `{${fields.join(',')}}`;
}

/** The key of a page that shows `facts`: a SHA-256 of their canonical text. */
export function pageKey(facts: unknown): string {
  return createHash('sha256').update(canonical(facts)).digest('base64url');
}

/** An entry with its Markdown body, for a page (or feed) that shows the body, not only the frontmatter. */
export function withBody(entry: { id: string; data: unknown; body?: string | undefined }) {
  return { id: entry.id, data: entry.data, body: entry.body ?? '' };
}

interface Identified {
  id: string;
}
interface BriefingFacts {
  id: string;
  data: {
    topics: readonly string[];
    sources: readonly string[];
    quotes?: readonly { speaker: string; source: string }[];
  };
}

/**
 * What a briefing page shows besides its own file: its topics, the sources it cites or quotes,
 * the people it quotes, its related briefings and neighbours (as cards or links), and the
 * timeline page of each of its timeline entries.
 */
export interface BriefingPageInputs<B extends BriefingFacts, T extends Identified, S, P> {
  briefing: B & { body?: string | undefined };
  topics: readonly T[];
  sources: ReadonlyMap<string, S>;
  people: ReadonlyMap<string, P>;
  related: readonly B[];
  neighbours: { topic: T; previous?: B | undefined; next?: B | undefined };
  /** The page of the timeline that holds each of the briefing's timeline entries, in order. */
  timelinePages: readonly number[];
  /** Its translation's page, which the header and hreflang link to, when there is one. */
  counterpart?: string | undefined;
}

/** Of the site's topics, sources and people, those a briefing's page (or its translation's) shows. */
function shownEntries<T extends Identified, S, P>(
  briefing: BriefingFacts,
  site: { topics: readonly T[]; sources: ReadonlyMap<string, S>; people: ReadonlyMap<string, P> },
) {
  const quotes = briefing.data.quotes ?? [];
  const sourceIds = [...new Set([...briefing.data.sources, ...quotes.map((q) => q.source)])];
  const speakerIds = [...new Set(quotes.map((q) => q.speaker))];
  return {
    topics: site.topics.filter((t) => briefing.data.topics.includes(t.id)),
    sources: sourceIds.map((id) => [id, site.sources.get(id)]),
    people: speakerIds.map((id) => [id, site.people.get(id)]),
  };
}

/** The key of a briefing page. */
export function briefingPageKey<B extends BriefingFacts, T extends Identified, S, P>(
  inputs: BriefingPageInputs<B, T, S, P>,
): string {
  return pageKey({
    briefing: withBody(inputs.briefing),
    ...shownEntries(inputs.briefing, inputs),
    related: inputs.related,
    neighbours: inputs.neighbours,
    timelinePages: inputs.timelinePages,
    counterpart: inputs.counterpart,
  });
}

/**
 * The key of a translated briefing's page: its own file, and of its original the frontmatter and
 * the topics, sources and speakers it shows; after the body, its neighbours and related
 * translations (as cards), the timeline page of each entry it translates, and its English page.
 */
export function translationPageKey<O extends BriefingFacts, T extends Identified, S, P, C>(inputs: {
  translation: { id: string; data: unknown; body?: string | undefined };
  original: O;
  topics: readonly T[];
  sources: ReadonlyMap<string, S>;
  people: ReadonlyMap<string, P>;
  related: readonly C[];
  neighbours: unknown;
  timelinePages: readonly number[];
  counterpart?: string | undefined;
}): string {
  return pageKey({
    translation: withBody(inputs.translation),
    original: inputs.original,
    ...shownEntries(inputs.original, inputs),
    related: inputs.related,
    neighbours: inputs.neighbours,
    timelinePages: inputs.timelinePages,
    counterpart: inputs.counterpart,
  });
}

/** The sources the quotes on a page come from, for pages that name each quote's source. */
export function quotedSources<S>(
  quotes: readonly { quote: { source: string } }[],
  sources: ReadonlyMap<string, S>,
): [string, S | undefined][] {
  const ids = [...new Set(quotes.map(({ quote }) => quote.source))];
  return ids.map((id) => [id, sources.get(id)]);
}

/**
 * The key of a feed of translated briefings (a Spanish topic's feed): each item shows its whole
 * translation (body included) and its original's topics and sources, every topic's name in the
 * edition (categories) and the sources' words in it. `items` are the feed's items (its newest).
 */
export function translatedFeedKey<T, S>(inputs: {
  topic: T;
  topics: readonly T[];
  sources: ReadonlyMap<string, S>;
  items: readonly { translation: { id: string; data: unknown; body?: string | undefined }; original: unknown }[];
}): string {
  return pageKey({
    topic: inputs.topic,
    topics: inputs.topics,
    sources: [...inputs.sources],
    items: inputs.items.map(({ translation, original }) => ({ translation: withBody(translation), original })),
  });
}
