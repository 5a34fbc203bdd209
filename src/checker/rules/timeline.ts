import { timelineProblems } from '../../lib/timeline.ts';
import { locate, type ParsedYaml } from '../yaml-positions.ts';
import { problem, type Position, type Problem } from '../problem.ts';

/** A timeline entry's id and `after`, and where each is written, for the check across briefings. */
export interface TimelineFact {
  id: string;
  after?: string;
  at: { id: Position; after: Position };
}

/** The timeline entries of one briefing's frontmatter, as far as they have a well-formed id. */
export function timelineFacts(data: Record<string, unknown>, parsed: ParsedYaml): TimelineFact[] {
  const entries = Array.isArray(data.timeline) ? (data.timeline as unknown[]) : [];
  return entries.flatMap((entry, i) => {
    if (!entry || typeof entry !== 'object') return [];
    const { id, after } = entry as { id?: unknown; after?: unknown };
    if (typeof id !== 'string') return [];
    return [
      {
        id,
        ...(typeof after === 'string' ? { after } : {}),
        at: { id: locate(parsed, ['timeline', i, 'id']), after: locate(parsed, ['timeline', i, 'after']) },
      },
    ];
  });
}

/**
 * Rules between timeline entries of every briefing (ids unique across the site, `after` naming an
 * entry that exists, no circles), reported at the line of the field.
 */
export function checkTimelines(
  all: readonly { file: string; timeline?: TimelineFact[]; draft?: unknown }[],
): Problem[] {
  const facts = all.flatMap((f) => (f.timeline ?? []).map((fact) => ({ file: f.file, fact, draft: !!f.draft })));
  return timelineProblems(facts.map(({ fact, draft }) => ({ ...fact, draft }))).map(
    ({ index, field, rule, message }) => {
      const { file, fact } = facts[index]!;
      return problem(file, fact.at[field], 'error', rule, message);
    },
  );
}
