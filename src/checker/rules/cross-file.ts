import { REQUIRED_TOPIC_IDS, unknownReferenceMessage, parseCalendarDay } from '../../schemas/index.ts';
import type { FileFacts, CollectionName } from '../analyze.ts';
import { problem, START, type Problem } from '../problem.ts';

const NOUN_COLLECTION = { topic: 'topics', source: 'sources', person: 'people' } as const;

export interface CrossFileContext {
  /** Relative path of the content folder, for problems about a whole collection. */
  contentDir: string;
  /** Today as YYYY-MM-DD (UTC), for the "published in the future" warning. */
  today: string;
}

/** Rules that need every file: references, duplicate slugs, required topics, internal links, dates. */
export function checkAcrossFiles(all: readonly FileFacts[], { contentDir, today }: CrossFileContext): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, string[]>();
  for (const name of ['briefings', 'topics', 'sources', 'people'] as const)
    ids.set(
      name,
      all.filter((f) => f.collection === name).map((f) => f.id),
    );

  const seen = new Map<string, FileFacts>();
  for (const facts of all) {
    const key = `${facts.collection}/${facts.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first)
      problems.push(
        problem(
          facts.file,
          START,
          'error',
          'duplicate-slug',
          `"${facts.id}" is the same ${facts.collection === 'briefings' ? 'slug' : 'id'} as ${first.file} (ignoring case): rename one of them`,
        ),
      );
    else seen.set(key, facts);
  }

  const topics = new Set(ids.get('topics'));
  for (const required of REQUIRED_TOPIC_IDS) {
    if (!topics.has(required))
      problems.push(
        problem(
          `${contentDir}/topics/${required}.yaml`,
          START,
          'error',
          'missing-topic',
          `the topic "${required}" is required: add ${contentDir}/topics/${required}.yaml with name, description and order`,
        ),
      );
  }

  const briefingIds = ids.get('briefings')!;
  const formerSlugs = new Map(all.flatMap((f) => (f.aliases ?? []).map((a) => [a.id, f.id] as const)));
  for (const facts of all) {
    for (const ref of facts.references) {
      const known = ids.get(NOUN_COLLECTION[ref.noun])!;
      if (!known.includes(ref.id))
        problems.push(
          problem(
            facts.file,
            ref.at,
            'error',
            `unknown-${ref.noun}`,
            `\`${ref.field}\` ${unknownReferenceMessage(ref.noun, ref.id, known)}`,
          ),
        );
    }
    for (const link of facts.links) {
      const known = link.kind === 'briefing' ? briefingIds : ids.get('topics')!;
      const renamed = link.kind === 'briefing' ? formerSlugs.get(link.id) : undefined;
      if (!known.includes(link.id) && renamed) {
        problems.push(
          problem(
            facts.file,
            link.at,
            'warning',
            'link-to-alias',
            `the link \`${link.href}\` goes to "${link.id}", a former slug of "${renamed}": link to /briefings/${renamed}/ instead`,
          ),
        );
      } else if (!known.includes(link.id)) {
        problems.push(
          problem(
            facts.file,
            link.at,
            'error',
            'broken-internal-link',
            `the link \`${link.href}\` goes to a ${link.kind} that does not exist: ${unknownReferenceMessage(link.kind, link.id, known).replace(/^names /, '')}`,
          ),
        );
      }
    }
    if (facts.published && facts.published.day > today && parseCalendarDay(facts.published.day)) {
      problems.push(
        problem(
          facts.file,
          facts.published.at,
          'warning',
          'published-in-future',
          `\`published\` is ${facts.published.day}, after today (${today}): readers will see a date in the future`,
        ),
      );
    }
    if (facts.draft)
      problems.push(
        problem(
          facts.file,
          facts.draft.at,
          'info',
          'draft',
          'this briefing is a draft: it is left out of production builds',
        ),
      );
  }
  return problems;
}
