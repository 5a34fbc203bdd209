import { hasCrOnlyLineEndings, readFrontmatter, type Frontmatter } from '../../lib/frontmatter.ts';
import { problem, START, type Problem } from '../problem.ts';

/**
 * The frontmatter as the build reads it (src/lib/frontmatter.ts), or the problem that there is
 * none: missing, opened and never closed, or unreadable because lines end in carriage returns.
 */
export function findFrontmatter(file: string, text: string): Frontmatter | Problem {
  const found = readFrontmatter(text);
  if (found) return found;
  if (hasCrOnlyLineEndings(text))
    return problem(
      file,
      START,
      'error',
      'line-endings',
      'this file ends its lines with carriage returns only (old Mac style), so its frontmatter cannot be read: save it with LF (Unix) or CRLF (Windows) line endings',
    );
  if (text.trim() === '')
    return problem(
      file,
      START,
      'error',
      'frontmatter-missing',
      'the file is empty: start it with a frontmatter block between `---` lines, as in the example in README.md',
    );
  if (/^---[ \t]*(\r?\n|$)/.test(text))
    return problem(
      file,
      START,
      'error',
      'frontmatter-unclosed',
      'the frontmatter opens with `---` but is never closed: add a line with just `---` after the last field',
    );
  return problem(
    file,
    START,
    'error',
    'frontmatter-missing',
    'the file must start with a frontmatter block between `---` lines (title, dek, published, kind, topics, sources), as in the example in README.md',
  );
}
