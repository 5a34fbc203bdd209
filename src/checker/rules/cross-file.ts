import { REQUIRED_TOPIC_IDS } from '../../schemas/topic.ts';
import { unknownReferenceMessage } from '../../schemas/ids.ts';
import { parseCalendarDay } from '../../schemas/dates.ts';
import type { FileFacts } from '../analyze.ts';
import { COLLECTION_NAMES, collectionOf, isBriefingCollection, type CollectionName } from '../../model/collections.ts';
import { problem, START, type Problem } from '../problem.ts';

export interface CrossFileContext {
  /** Relative path of the content folder, for problems about a whole collection. */
  contentDir: string;
  /** Today as YYYY-MM-DD (UTC), for the "published in the future" warning. */
  today: string;
}

interface Index {
  ids: Map<CollectionName, string[]>;
  sets: Map<CollectionName, Set<string>>;
}

function index(all: readonly FileFacts[]): Index {
  const ids = new Map<CollectionName, string[]>(COLLECTION_NAMES.map((name) => [name, []]));
  for (const facts of all) ids.get(facts.collection)!.push(facts.id);
  const sets = new Map([...ids].map(([name, list]) => [name, new Set(list)]));
  return { ids, sets };
}

/** Two files whose names differ only in case make the same URL on many hosts: each is told about the other. */
function duplicateSlugs(all: readonly FileFacts[]): Problem[] {
  const groups = new Map<string, FileFacts[]>();
  for (const facts of all) {
    const key = `${facts.collection}/${facts.id.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), facts]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((facts) =>
        problem(
          facts.file,
          START,
          'error',
          'duplicate-slug',
          `"${facts.id}" is the same ${isBriefingCollection(facts.collection) ? 'slug' : 'id'} as ${group
            .filter((other) => other !== facts)
            .map((other) => other.file)
            .join(', ')} when upper and lower case are not told apart: rename or remove one of them`,
        ),
      ),
    );
}

function requiredTopics(idx: Index, contentDir: string): Problem[] {
  return REQUIRED_TOPIC_IDS.filter((id) => !idx.sets.get('topics')!.has(id)).map((id) =>
    problem(
      `${contentDir}/topics/${id}.yaml`,
      START,
      'error',
      'missing-topic',
      `the topic "${id}" is required: add ${contentDir}/topics/${id}.yaml with name, description and order`,
    ),
  );
}

function references(facts: FileFacts, idx: Index): Problem[] {
  return facts.references
    .filter((ref) => !idx.sets.get(collectionOf(ref.noun))!.has(ref.id))
    .map((ref) =>
      problem(
        facts.file,
        ref.at,
        'error',
        `unknown-${ref.noun}`,
        `${ref.field} ${unknownReferenceMessage(ref.noun, ref.id, idx.ids.get(collectionOf(ref.noun))!)}`,
      ),
    );
}

function dates(facts: FileFacts, today: string): Problem[] {
  const out: Problem[] = [];
  const { published, draft } = facts;
  if (published && published.day > today && parseCalendarDay(published.day))
    out.push(
      problem(
        facts.file,
        published.at,
        'warning',
        'published-in-future',
        `\`published\` is ${published.day}, after today (${today}): readers would see a date in the future; use the day it is published`,
      ),
    );
  if (draft)
    out.push(
      problem(
        facts.file,
        draft.at,
        'info',
        'draft',
        'this briefing is a draft: it is left out of production builds until `draft: true` is removed',
      ),
    );
  return out;
}

/** Rules that need every file: references, duplicate slugs, required topics, dates. */
export function checkAcrossFiles(all: readonly FileFacts[], { contentDir, today }: CrossFileContext): Problem[] {
  const idx = index(all);
  return [
    ...duplicateSlugs(all),
    ...requiredTopics(idx, contentDir),
    ...all.flatMap((facts) => [...references(facts, idx), ...dates(facts, today)]),
  ];
}
