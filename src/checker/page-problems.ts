import type { PageSource } from '../lib/page-source.ts';
import { COLLECTIONS, COLLECTION_NAMES, isBriefingCollection } from '../model/collections.ts';
import type { Problem } from './problem.ts';

/** The folders of the collections every page may draw on (a briefing names its topics, sources and speakers; lists show them). */
const SHARED = COLLECTION_NAMES.filter((name) => !isBriefingCollection(name)).map((name) => COLLECTIONS[name].folder);

const rank = { error: 0, warning: 1, info: 2 } as const;

/**
 * What the preview shows instead of a page, errors first: the problems of the content file the
 * page is made from (`source`, when it has one) and the errors of the topic, source and person
 * files every page draws on, or of the content folder itself. Nothing when none of them is an
 * error, so that warnings never stand in the way of a page. `contentDir` is the content folder
 * as problems name it (relative to the root, with `/`).
 */
export function pageProblems(
  problems: readonly Problem[],
  source: PageSource | undefined,
  contentDir: string,
): Problem[] {
  const own = new Set(
    source
      ? COLLECTIONS[source.collection].extensions.map(
          (ext) => `${contentDir}/${COLLECTIONS[source.collection].folder}/${source.id}${ext}`,
        )
      : [],
  );
  const shared = (p: Problem) =>
    p.severity === 'error' &&
    (p.file === contentDir || SHARED.some((folder) => p.file.startsWith(`${contentDir}/${folder}/`)));
  const found = problems.filter((p) => own.has(p.file) || shared(p));
  if (!found.some((p) => p.severity === 'error')) return [];
  return found.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      Number(!own.has(a.file)) - Number(!own.has(b.file)) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
