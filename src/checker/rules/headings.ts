import type { Heading } from 'mdast';
import { problem, type Problem } from '../problem.ts';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * Heading structure: the title is the page's h1, so the body starts at `##`, and no level is
 * skipped. Call once per heading, in document order.
 */
export function headingChecker(file: string) {
  let previous = 1;
  return (heading: Heading): Problem | undefined => {
    const at = { line: heading.position?.start.line ?? 1, column: heading.position?.start.column ?? 1 };
    const depth = heading.depth;
    const before = previous;
    previous = depth;
    if (depth === 1)
      return problem(
        file,
        at,
        'error',
        'heading-h1',
        'a `#` heading is not allowed: the title is already the page’s main heading; start sections with `##`',
      );
    if (depth <= before + 1) return undefined;
    const wanted = hashes(before + 1);
    return problem(
      file,
      at,
      'error',
      'heading-skip',
      before === 1
        ? `a \`${hashes(depth)}\` heading cannot come before the first \`##\` section: use \`${wanted}\``
        : `this \`${hashes(depth)}\` heading skips a level after a \`${hashes(before)}\` heading: use \`${wanted}\``,
    );
  };
}
