import type { FileFacts } from '../analyze.ts';
import { problem, type Problem } from '../problem.ts';
import { fieldLabel } from '../field-label.ts';

/**
 * `alias-collision`: each former slug may send readers to one briefing only, so an alias must
 * not be any briefing's slug (drafts included: they will be published) nor another alias, in
 * the same file or another. Reported at the alias's line; the first claim wins.
 */
export function checkAliases(all: readonly FileFacts[]): Problem[] {
  const problems: Problem[] = [];
  const briefings = all.filter((f) => f.collection === 'briefings');
  const slugs = new Map(briefings.map((f) => [f.id, f]));
  const claimed = new Map<string, { facts: FileFacts; line: number }>();
  for (const facts of briefings) {
    for (const [index, alias] of (facts.aliases ?? []).entries()) {
      const field = fieldLabel(['aliases', index]);
      const owner = slugs.get(alias.id);
      const earlier = claimed.get(alias.id);
      let message: string | undefined;
      if (owner === facts) {
        message = `${field} "${alias.id}" is this briefing's own slug: an alias is a former slug; remove it`;
      } else if (owner) {
        message = `${field} "${alias.id}" is the slug of ${owner.file}: the old URL would be taken by that briefing; remove the alias or rename one of them`;
      } else if (earlier) {
        const where = earlier.facts === facts ? 'this briefing' : earlier.facts.file;
        message = `${field} "${alias.id}" is already an alias of ${where} (line ${earlier.line}): an old URL can send readers to one briefing only`;
      }
      if (message) problems.push(problem(facts.file, alias.at, 'error', 'alias-collision', message));
      else claimed.set(alias.id, { facts, line: alias.at.line });
    }
  }
  return problems;
}
