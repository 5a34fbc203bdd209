import type { Root, Yaml } from 'mdast';
import { problem, START, type Problem } from '../problem.ts';

/** The frontmatter node, or the problem that there is none (missing, or opened and never closed). */
export function findFrontmatter(file: string, tree: Root, text: string): Yaml | Problem {
  const first = tree.children[0];
  if (first?.type === 'yaml') return first;
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
