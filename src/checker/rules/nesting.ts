import { problem, type Position, type Problem } from '../problem.ts';

/**
 * How deep a briefing's structure may nest: lists in lists, quotes in quotes, brackets, tags,
 * YAML lists and mappings. Real briefings stay under five; past this, parsers either recurse
 * until the stack runs out or slow down with the square of the depth, so the checker refuses
 * the file before parsing it.
 */
export const MAX_NESTING = 32;

const OPEN: Record<string, number> = { '[': 1, '(': 1, '{': 1, ']': -1, ')': -1, '}': -1 };

/**
 * The first place where `text` nests deeper than MAX_NESTING, by a reading cheap enough for any
 * input: the indentation and `>` markers that start each line, and, within a paragraph (inline
 * Markdown cannot cross a blank line), brackets and HTML tags left open. `firstLine` is the file
 * line the text starts on.
 */
export function tooDeep(text: string, firstLine = 1): Position | undefined {
  let depth = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      depth = 0;
      continue;
    }
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)![0];
    const indent = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
    if (prefix.split('>').length - 1 + Math.floor(indent / 2) > MAX_NESTING) return { line: firstLine + i, column: 1 };
    for (let c = 0; c < line.length; c++) {
      const char = line[c]!;
      if (char === '<') depth += line[c + 1] === '/' ? -1 : /[a-z]/i.test(line[c + 1] ?? '') ? 1 : 0;
      else depth += OPEN[char] ?? 0;
      if (depth < 0) depth = 0;
      if (depth > MAX_NESTING) return { line: firstLine + i, column: c + 1 };
    }
  }
  return undefined;
}

export function nestingProblem(file: string, at: Position): Problem {
  return problem(
    file,
    at,
    'error',
    'nesting-too-deep',
    `the text here nests more than ${MAX_NESTING} levels deep (lists, quotes, brackets or tags inside one another), more than the checker and the site can read: flatten it`,
  );
}
