import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../model/collections.ts';
import { pageCount } from '../../lib/pagination.ts';
import { plural } from '../../lib/plurals.ts';
import { readRoute, type SiteRoute } from '../../lib/routes.ts';
import { createUrls } from '../../lib/urls.ts';
import { closestId, unknownReferenceMessage } from '../../schemas/ids.ts';
import type { FileFacts } from '../analyze.ts';
import { problem, type Position, type Problem } from '../problem.ts';

/** A root-relative link in a briefing's body, to be checked once every file is read. */
export interface InternalLink {
  href: string;
  at: Position;
}

export interface LinkContext {
  /** The site's base path, so that links written with it are understood. */
  base: string;
  /** The project root, whose public/ folder holds the files the site serves as they are. */
  root: string;
}

/** What the site makes, as far as the content files tell: the ids, pages and timeline entries. */
interface Site {
  /** Each collection's ids as listed (for "did you mean") and as a set (to look one up). */
  ids: Map<CollectionName, string[]>;
  idSets: Map<CollectionName, Set<string>>;
  drafts: Map<CollectionName, Set<string>>;
  /** A briefing's former slug (from `aliases`) → its slug now. */
  formerSlugs: Map<string, string>;
  /** A topic's Spanish path word → its id; and its id → its Spanish path word. */
  esSlugs: Map<string, string>;
  esSlugOf: Map<string, string>;
  /** How many published briefings each topic lists, and how many quotes each person has at most. */
  inTopic: Map<string, number>;
  quotesBy: Map<string, number>;
  /** Timeline entry ids in published briefings, and those in drafts. */
  timeline: Set<string>;
  draftTimeline: Set<string>;
}

const PAGES = { one: 'one page', other: '# pages' };

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function siteOf(all: readonly FileFacts[]): Site {
  const site: Site = {
    ids: new Map(COLLECTION_NAMES.map((name) => [name, []])),
    idSets: new Map(COLLECTION_NAMES.map((name) => [name, new Set()])),
    drafts: new Map(COLLECTION_NAMES.map((name) => [name, new Set()])),
    formerSlugs: new Map(),
    esSlugs: new Map(),
    esSlugOf: new Map(),
    inTopic: new Map(),
    quotesBy: new Map(),
    timeline: new Set(),
    draftTimeline: new Set(),
  };
  for (const f of all) {
    site.ids.get(f.collection)!.push(f.id);
    site.idSets.get(f.collection)!.add(f.id);
    if (f.draft) site.drafts.get(f.collection)!.add(f.id);
    for (const alias of f.aliases ?? []) site.formerSlugs.set(alias.id, f.id);
    if (f.esSlug) {
      site.esSlugs.set(f.esSlug, f.id);
      site.esSlugOf.set(f.id, f.esSlug);
    }
    for (const entry of f.timeline ?? []) (f.draft ? site.draftTimeline : site.timeline).add(entry.id);
    if (f.collection !== 'briefings' || f.draft) continue;
    for (const topic of new Set(f.topics ?? [])) count(site.inTopic, topic);
    for (const speaker of f.speakers ?? []) count(site.quotesBy, speaker);
  }
  return site;
}

/** How many numbered pages an index or an entry's page has. */
function pagesOf(route: Extract<SiteRoute, { kind: 'index' | 'entry' }>, site: Site): number {
  if (route.kind === 'index') return route.collection === 'people' ? pageCount(site.ids.get('people')!.length) : 1;
  if (route.collection === 'topics') return pageCount(site.inTopic.get(route.id) ?? 0);
  // At most: a quotation cited in several briefings, or an extract of a longer one, is listed once.
  if (route.collection === 'people') return pageCount(site.quotesBy.get(route.id) ?? 0);
  return 1;
}

/** Where the entry a link names lives: a file of its collection, or, for a Spanish topic, a topic's `es.slug`. */
function entryExists(route: Extract<SiteRoute, { kind: 'entry' }>, site: Site): boolean {
  if (route.collection === 'topics' && route.lang === 'es') return site.esSlugs.has(route.id);
  return site.idSets.get(route.collection)!.has(route.id);
}

type Finding = { severity: 'error' | 'warning'; rule: string; says: string } | undefined;

const broken = (says: string): Finding => ({ severity: 'error', rule: 'broken-internal-link', says });

function missingEntry(route: Extract<SiteRoute, { kind: 'entry' }>, site: Site, base: string): Finding {
  const { collection, id, lang } = route;
  const { noun, folder, extensions } = COLLECTIONS[collection];
  if (collection === 'briefings') {
    const renamed = site.formerSlugs.get(id);
    if (renamed)
      return {
        severity: 'warning',
        rule: 'link-to-alias',
        says: `goes to "${id}", a former slug of "${renamed}": link to ${createUrls(base).briefing(renamed)} instead`,
      };
  }
  if (collection === 'topics' && lang === 'es') {
    const known = [...site.esSlugs.keys()];
    const slug = site.esSlugOf.get(id);
    const hint = slug
      ? `; "${id}" is the English id: the Spanish page is ${createUrls(base).topic(slug, 'es')}`
      : closestId(id, known)
        ? `; did you mean "${closestId(id, known)}"?`
        : known.length
          ? `; the Spanish topic pages are: ${known.join(', ')} (each topic's \`es.slug\`)`
          : '';
    return broken(`goes to a Spanish topic page that does not exist: no topic has \`es.slug: ${id}\`${hint}`);
  }
  const detail = unknownReferenceMessage(noun, id, site.ids.get(collection)!).replace(
    /^names an unknown \w+ "[^"]*"(; )?/,
    '',
  );
  return broken(
    `goes to a ${noun} page that does not exist: there is no ${folder}/${id}${extensions[0]}${detail ? `; ${detail}` : ''}`,
  );
}

function timelineFinding(route: Extract<SiteRoute, { kind: 'timeline' }>, site: Site, base: string): Finding {
  const pages = pageCount(site.timeline.size);
  const urls = createUrls(base);
  if (route.page > pages)
    return broken(`goes to page ${route.page} of the timeline, which has ${plural('en', pages, PAGES)}`);
  const { entry } = route;
  if (entry === undefined) return undefined;
  if (!site.timeline.has(entry)) {
    if (site.draftTimeline.has(entry))
      return {
        severity: 'warning',
        rule: 'link-to-draft',
        says: `goes to the timeline entry "${entry}" of a draft, which is left out of production builds`,
      };
    const known = [...site.timeline];
    const suggestion = closestId(entry, known);
    return broken(
      `goes to a timeline entry that does not exist: no briefing has a timeline entry with \`id: ${entry}\`${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    );
  }
  // Every entry is on the first page: the link must name it.
  if (pages === 1)
    return route.page === 1
      ? undefined
      : broken(
          `names page ${route.page} of the timeline, but the entry is on its only page: ${urls.timelinePage(1, entry)}`,
        );
  // Over several pages, which page holds an entry depends on the whole timeline's order, and
  // changes as entries are added before it: a link to one entry on the timeline does not last.
  return {
    severity: 'warning',
    rule: 'timeline-link-moves',
    says: `goes to one entry of a timeline of ${pages} pages, whose entries move to later pages as earlier events are added, so the link would stop finding it: link to the briefing that reports the entry, or to ${urls.timeline()}`,
  };
}

/** What is wrong with a link to `route`, if anything, from a file that is or is not a draft. */
function findingFor(route: SiteRoute, site: Site, context: LinkContext, fromDraft: boolean): Finding {
  switch (route.kind) {
    case 'home':
    case 'search':
    case 'generated':
      return undefined;
    case 'none':
      return broken(`goes to no page the site makes${route.hint ? `: ${route.hint}` : ''}`);
    case 'feed':
      if (route.topic === undefined) return undefined;
      if (route.lang === 'es')
        return site.esSlugs.has(route.topic)
          ? undefined
          : broken(
              `goes to the feed of a Spanish topic page that does not exist: no topic has es.slug "${route.topic}"`,
            );
      if (site.idSets.get('topics')!.has(route.topic)) return undefined;
      return broken(`goes to the feed of a topic that does not exist: there is no topics/${route.topic}.yaml`);
    case 'file': {
      let path = route.path;
      try {
        path = decodeURI(path);
      } catch {
        // a malformed %-escape: look for the name as written
      }
      return existsSync(join(context.root, 'public', path))
        ? undefined
        : broken(`goes to a file that is not in public/: add ${path.slice(1)} there, or correct the address`);
    }
    case 'timeline':
      return timelineFinding(route, site, context.base);
    case 'index':
    case 'entry': {
      if (route.kind === 'entry' && !entryExists(route, site)) return missingEntry(route, site, context.base);
      const pages = pagesOf(route, site);
      if (route.page > pages) {
        const what =
          route.kind === 'index'
            ? `the ${route.collection} index`
            : `this ${COLLECTIONS[route.collection].noun}'s page`;
        return broken(`goes to page ${route.page} of ${what}, which has ${plural('en', pages, PAGES)}`);
      }
      if (route.kind === 'entry' && site.drafts.get(route.collection)!.has(route.id) && !fromDraft)
        return {
          severity: 'warning',
          rule: 'link-to-draft',
          says: 'goes to a draft, which is left out of production builds: readers would find no page there until it is published',
        };
      return undefined;
    }
  }
}

/**
 * Every root-relative link in a body must name a page or file the site makes: its home, a
 * briefing, the topics and their pages, the people index and a person's pages, the timeline
 * and one of its entries, search, the feeds, in either edition (readRoute, src/lib/routes.ts),
 * and the entry or numbered page must exist. Reported at the link's line and column.
 */
export function checkInternalLinks(all: readonly FileFacts[], context: LinkContext): Problem[] {
  const site = siteOf(all);
  return all.flatMap((facts) =>
    facts.links.flatMap((link) => {
      const found = findingFor(readRoute(link.href, context.base), site, context, Boolean(facts.draft));
      return found
        ? [problem(facts.file, link.at, found.severity, found.rule, `the link \`${link.href}\` ${found.says}`)]
        : [];
    }),
  );
}
