import type { PageSource } from '../lib/page-source.ts';
import { COLLECTIONS } from './collections.ts';
import type { Problem } from './problem.ts';

/**
 * The problems of the content file a page is made from, when any of them is an error (errors
 * first); none when the file has no error, so that warnings never stand in the way of a page.
 * `contentDir` is the content folder as problems name it (relative to the root, with `/`).
 */
export function pageProblems(problems: readonly Problem[], source: PageSource, contentDir: string): Problem[] {
  const files = new Set(
    COLLECTIONS[source.collection].extensions.map((ext) => `${contentDir}/${source.collection}/${source.id}${ext}`),
  );
  const own = problems.filter((p) => files.has(p.file));
  if (!own.some((p) => p.severity === 'error')) return [];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return own.sort((a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column);
}
