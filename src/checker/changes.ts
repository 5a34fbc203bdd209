import type { CheckResult } from './check.ts';
import { formatText, type Colors } from './report.ts';
import type { Problem } from './problem.ts';

/** What a new check says that the last one did not: problems found, and problems gone. */
export interface ReportChanges {
  /** New problems, and problems that moved (a line added above them), at their current place. */
  found: Problem[];
  /** Problems the last report had that are gone, at the place that report gave. */
  fixed: Problem[];
}

const at = (p: Problem) => `${p.file}\0${p.line}\0${p.column}\0${p.rule}\0${p.message}`;
/** The same problem wherever it now is in its file. */
const what = (p: Problem) => `${p.file}\0${p.rule}\0${p.message}`;

function counts(problems: readonly Problem[], key: (p: Problem) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const p of problems) map.set(key(p), (map.get(key(p)) ?? 0) + 1);
  return map;
}

/** Takes one from a multiset, saying whether there was one to take. */
function take(map: Map<string, number>, key: string): boolean {
  const n = map.get(key) ?? 0;
  if (n) map.set(key, n - 1);
  return n > 0;
}

/** The difference between two reports, each problem compared by file, place, rule and message. */
export function compareReports(previous: CheckResult | undefined, next: CheckResult): ReportChanges {
  const before = counts(previous?.problems ?? [], at);
  const after = counts(next.problems, at);
  const found = next.problems.filter((p) => !take(before, at(p)));
  // A problem gone from one place and found at another with the same words has moved, not been fixed.
  const moved = counts(found, what);
  const fixed = (previous?.problems ?? []).filter((p) => !take(after, at(p)) && !take(moved, what(p)));
  return { found, fixed };
}

/**
 * The lines a watcher prints for a new check: each problem found in the checker's usual form,
 * each one fixed as `file:line:column  fixed  message  (rule)`, then the summary; nothing at all
 * when nothing changed since the last report.
 */
export function formatChanges(changes: ReportChanges, result: CheckResult, colors?: Colors): string {
  if (!changes.found.length && !changes.fixed.length) return '';
  const found = formatText({ ...result, problems: changes.found }, colors);
  const green = colors?.green ?? ((s: string) => s);
  const dim = colors?.dim ?? ((s: string) => s);
  const fixed = changes.fixed.map(
    (p) => `${p.file}:${p.line}:${p.column}  ${green('fixed')}  ${p.message}  ${dim(`(${p.rule})`)}`,
  );
  const lines = found.split('\n');
  return [...lines.slice(0, -1), ...fixed, lines.at(-1)].join('\n');
}
