import type { Nodes, Root } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SANITIZE_SCHEMA, isSiteImage } from './allowlist.ts';

const hasRaw = (tree: Nodes): boolean => {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return false;
  });
  return found;
};

/**
 * Raw HTML read as a browser reads it: the body's `raw` nodes are fragments of one document, so
 * they are parsed together with the Markdown around them by the HTML standard's parser (parse5,
 * through hast-util-raw). With `file`, every node keeps its line and column in that file.
 */
export function parseRawHtml<T extends Nodes>(tree: T, file?: VFile): Nodes {
  return hasRaw(tree) ? raw(tree, file ? { file } : {}) : tree;
}

/**
 * A briefing body reduced to the allowlist (allowlist.ts): raw HTML parsed as a browser would,
 * then every element, attribute and link scheme not listed dropped, and images from other sites
 * left without an address.
 */
export function sanitizeBody(tree: Root): Root {
  const clean = sanitize(parseRawHtml(tree), SANITIZE_SCHEMA);
  visit(clean, 'element', (node) => {
    if (node.tagName === 'img' && !(typeof node.properties.src === 'string' && isSiteImage(node.properties.src)))
      delete node.properties.src;
  });
  return clean.type === 'root' ? clean : { type: 'root', children: [clean] };
}

/**
 * The sanitizer as the first Sätteri hast plugin of a body: Sätteri keeps raw HTML as `raw`
 * nodes, and this replaces the whole tree with its sanitized copy before any other plugin runs,
 * so whatever the checker missed, nothing outside the allowlist reaches the page.
 */
export function sanitizeHtml(): HastPluginDefinition {
  return {
    name: 'sanitize-html',
    before(root, ctx) {
      // A plain copy: Sätteri hands over a view of its own tree.
      ctx.replaceNode(root, sanitizeBody(JSON.parse(JSON.stringify(root)) as Root));
    },
  };
}
