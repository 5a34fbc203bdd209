import type { Blockquote, Nodes, Root } from 'mdast';
import { parseFragment } from 'parse5';
import { problem, type Position, type Problem } from '../problem.ts';
import { checkHtml } from './html.ts';
import { headingChecker } from './headings.ts';
import type { InternalLink } from './internal-links.ts';
import { isSiteImage } from '../../markdown/allowlist.ts';
import { isRootRelative } from '../../lib/urls.ts';

/** An image of the site's own that a body shows, to be looked for once every file is read. */
export interface LocalImage {
  src: string;
  at: Position;
}

const startOf = (node: Nodes): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Raw HTML that holds only comments, read by the HTML parser: it shows nothing. */
const isComment = (node: Nodes) =>
  node.type === 'html' &&
  parseFragment(node.value).childNodes.every(
    (child) =>
      child.nodeName === '#comment' || (child.nodeName === '#text' && 'value' in child && child.value.trim() === ''),
  );

/** The text inside a node, as readers would see it. */
function textOf(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return node.type === 'image' ? (node.alt ?? '') : '';
}

const EMPTY_QUOTATION = /(^|[\s(])(""|“”|‘’)(?=$|[\s.,;:!?)])/;

/**
 * Rules on a briefing's Markdown body: its HTML as the renderer reads it (html.ts), then, in one
 * walk over its tree, heading structure, empty quotes and an empty body. Returns the problems
 * and the root-relative links and the images, which are checked once every file is read.
 */
export function checkBody(
  file: string,
  tree: Root,
  text: string,
): { problems: Problem[]; links: InternalLink[]; images: LocalImage[] } {
  const problems: Problem[] = checkHtml(file, tree, text);
  const links: InternalLink[] = [];
  const images: LocalImage[] = [];
  const heading = headingChecker(file);

  const content = tree.children.filter((n) => n.type !== 'yaml' && !isComment(n));
  if (content.length === 0) {
    problems.push(
      problem(
        file,
        { line: tree.position?.end.line ?? 1, column: 1 },
        'error',
        'empty-body',
        'the briefing has no body: write its sections, starting with a `##` heading, below the closing `---`',
      ),
    );
  }

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const found = heading(node);
        if (found) problems.push(found);
        break;
      }
      case 'blockquote':
        if (textOf(node as Blockquote).trim() === '')
          problems.push(
            problem(
              file,
              startOf(node),
              'error',
              'empty-quote',
              'this quote (`>`) is empty: write the quoted words after `> `, or remove the line',
            ),
          );
        break;
      case 'text': {
        const match = EMPTY_QUOTATION.exec(node.value);
        if (match) {
          const at = startOf(node);
          const before = node.value.slice(0, match.index + match[1]!.length);
          const line = at.line + (before.match(/\n/g)?.length ?? 0);
          const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : at.column + before.length;
          problems.push(
            problem(
              file,
              { line, column },
              'error',
              'empty-quote',
              `these quotation marks (${match[2]}) are empty: put the quoted words between them, or remove them`,
            ),
          );
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const at = startOf(node);
        if (node.type === 'image') {
          if (isSiteImage(node.url)) images.push({ src: node.url, at });
        } else if (isRootRelative(node.url)) links.push({ href: node.url, at });
        break;
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return { problems, links, images };
}
