import { parseDocument, DomUtils } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

/** A parsed HTML node with the few DOM-like reads the tests need, over htmlparser2 and css-select. */
export interface HtmlNode {
  querySelectorAll(selector: string): HtmlNode[];
  querySelector(selector: string): HtmlNode | null;
  getAttribute(name: string): string | undefined;
  textContent: string;
}

function wrap(node: AnyNode): HtmlNode {
  const children = 'children' in node ? node.children : [node];
  return {
    querySelectorAll: (selector) => selectAll(selector, children).map(wrap),
    querySelector: (selector) => {
      const found = selectOne(selector, children);
      return found ? wrap(found) : null;
    },
    getAttribute: (name) => (node as Element).attribs?.[name],
    get textContent() {
      return DomUtils.textContent(node);
    },
  };
}

/** Parses a page of built HTML. */
export function parseHtml(html: string): HtmlNode {
  return wrap(parseDocument(html));
}
