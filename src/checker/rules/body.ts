import type { Root, RootContent, Html, Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { problem, type Position, type Problem } from '../problem.ts';

/** A root-relative link to a page the site makes, to be checked once every file is read. */
export interface InternalLink {
  kind: 'briefing' | 'topic';
  id: string;
  href: string;
  at: Position;
}

const FORBIDDEN_TAG = /<\s*(script|iframe|style|object|embed|form|link|meta|base)\b/gi;
const EVENT_ATTRIBUTE = /\son[a-z]+\s*=/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=/gi;
const TAG = /<\s*\/?\s*([a-z][a-z0-9-]*)([^>]*)>/gi;
/** The HTML a body may use, for what Markdown cannot say: language, abbreviations, sub/superscript. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  span: ['lang'],
  abbr: ['title', 'lang'],
  sub: [],
  sup: [],
  br: [],
};
const UNSAFE_SCHEME = /^(javascript|data|vbscript):/i;
const INTERNAL = /^\/(briefings|topics)\/([^/?#]+)\/?(?:[?#].*)?$/;

function offsetPosition(start: Position, text: string, index: number): Position {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

function startOf(node: RootContent): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function checkHtml(file: string, node: Html, out: Problem[]) {
  const start = startOf(node);
  const value = node.value;
  const report = (re: RegExp, severity: 'error' | 'warning', rule: string, message: (m: RegExpExecArray) => string) => {
    for (const m of value.matchAll(re))
      out.push(
        problem(
          file,
          offsetPosition(start, value, m.index + (m[0].startsWith(' ') ? 1 : 0)),
          severity,
          rule,
          message(m),
        ),
      );
  };
  report(
    FORBIDDEN_TAG,
    'error',
    'html-forbidden-tag',
    (m) => `\`<${m[1]!.toLowerCase()}>\` is not allowed in a briefing; write the content in Markdown`,
  );
  report(
    EVENT_ATTRIBUTE,
    'error',
    'html-event-handler',
    (m) => `\`${m[0].trim()}\` event handlers are not allowed in a briefing`,
  );
  report(
    STYLE_ATTRIBUTE,
    'error',
    'html-inline-style',
    () => 'inline `style=` is not allowed; the site stylesheet styles every briefing',
  );
  for (const m of value.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    if (/^(script|iframe|style|object|embed|form|link|meta|base)$/.test(tag)) continue;
    const allowed = ALLOWED_HTML[tag];
    if (!allowed) {
      out.push(
        problem(
          file,
          offsetPosition(start, value, m.index),
          'warning',
          'html-not-allowed',
          `\`<${tag}>\` is not among the HTML a briefing may use (${Object.keys(ALLOWED_HTML).join(', ')}); use Markdown instead`,
        ),
      );
      continue;
    }
    for (const attr of m[2]!.matchAll(/([a-z-]+)\s*=/gi)) {
      const name = attr[1]!.toLowerCase();
      if (!allowed.includes(name) && !/^(on|style$)/.test(name)) {
        out.push(
          problem(
            file,
            offsetPosition(start, value, m.index),
            'warning',
            'html-not-allowed',
            `the \`${name}\` attribute is not allowed on \`<${tag}>\``,
          ),
        );
      }
    }
  }
}

/**
 * Rules on a briefing's Markdown body: raw HTML, unsafe link schemes, heading structure and an
 * empty body. Returns the problems and the internal links for the cross-file check.
 */
export function checkBody(file: string, tree: Root, base: string): { problems: Problem[]; links: InternalLink[] } {
  const problems: Problem[] = [];
  const links: InternalLink[] = [];
  const content = tree.children.filter((n) => n.type !== 'yaml');
  const hasText = content.some((n) => n.type !== 'html' || n.value.trim() !== '');
  if (!hasText) {
    const end = tree.position?.end;
    problems.push(
      problem(
        file,
        { line: end?.line ?? 1, column: 1 },
        'error',
        'empty-body',
        'the briefing has no body: write its sections below the frontmatter',
      ),
    );
  }
  let previousDepth = 1;
  visit(tree, (node) => {
    if (node.type === 'html') checkHtml(file, node, problems);
    if (node.type === 'heading') {
      const heading = node as Heading;
      if (heading.depth === 1) {
        problems.push(
          problem(
            file,
            startOf(heading),
            'error',
            'heading-h1',
            'a `#` heading is not allowed: the title is the page’s only h1; start sections with `##`',
          ),
        );
      } else if (heading.depth > previousDepth + 1) {
        const wanted = '#'.repeat(previousDepth + 1);
        problems.push(
          problem(
            file,
            startOf(heading),
            'error',
            'heading-skip',
            `heading level skipped: a \`${'#'.repeat(heading.depth)}\` heading follows a level-${previousDepth} heading; use \`${wanted}\``,
          ),
        );
      }
      previousDepth = heading.depth;
    }
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const url = node.url.replace(/[\u0000-\u0020]/g, '');
      const at = startOf(node as RootContent);
      if (UNSAFE_SCHEME.test(url)) {
        problems.push(
          problem(
            file,
            at,
            'error',
            'link-unsafe-scheme',
            `the link \`${node.url.slice(0, 40)}\` uses a \`${url.split(':')[0]!.toLowerCase()}:\` address, which is not allowed`,
          ),
        );
        return;
      }
      const path = base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
      const match = INTERNAL.exec(path);
      if (match)
        links.push({
          kind: match[1] === 'briefings' ? 'briefing' : 'topic',
          id: decodeURIComponent(match[2]!),
          href: node.url,
          at,
        });
    }
  });
  return { problems, links };
}
