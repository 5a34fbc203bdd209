/**
 * Most of a briefing is prose, and most of the time spent parsing Markdown goes on reading prose
 * character by character, although no body rule can fire in it. `leanMarkdown` cuts each
 * paragraph that cannot matter down to its first letter before remark parses the file, keeping
 * every line where it was, so the tree has the same structure and every node the rules look at
 * keeps its position.
 *
 * A block (lines between blank lines) is cut only when every line starts with a letter (so no
 * line starts a heading, list, quote, code block or HTML block) and no line holds a character a
 * rule can see: `<` `>` (HTML, autolinks), `[` `]` `!` (links, images, definitions), `:` (link
 * schemes), `=` (HTML attributes), `&` `\` `` ` `` (references, escapes, code spans) or an empty
 * pair of quotation marks. Inline Markdown cannot run across a blank line, so nothing in such a
 * block can belong to a link or a tag. HTML blocks that can run across blank lines (`<pre>`,
 * `<script>`, comments...) turn the shortcut off for the file; so does anything unexpected at
 * the top (the frontmatter is never touched).
 */
const SIGNIFICANT = /[<>[\]!&\\`:=]|""|“”|‘’/;
const PROSE_START = /^[\p{L}"“‘]/u;
const HTML_ACROSS_BLANK_LINES = /<(?:[!?]|pre\b|textarea\b|script\b|style\b)/i;

export function leanMarkdown(text: string): string {
  const lines = text.split('\n');
  const bare = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  if (bare(lines[0] ?? '') !== '---') return text;
  const close = lines.findIndex((line, i) => i > 0 && bare(line) === '---');
  if (close === -1) return text;
  const bodyStart = close + 1;
  if (HTML_ACROSS_BLANK_LINES.test(lines.slice(bodyStart).join('\n'))) return text;

  let i = bodyStart;
  while (i < lines.length) {
    if (bare(lines[i]!).trim() === '') {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && bare(lines[end]!).trim() !== '') end++;
    const block = lines.slice(i, end).map(bare);
    if (block.every((line) => PROSE_START.test(line) && !SIGNIFICANT.test(line))) {
      for (let j = i; j < end; j++) {
        const line = lines[j]!;
        const first = String.fromCodePoint(line.codePointAt(0)!);
        lines[j] = line.endsWith('\r') ? `${first}\r` : first;
      }
    }
    i = end;
  }
  return lines.join('\n');
}
