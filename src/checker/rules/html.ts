import type { Html } from 'mdast';
import { problem, type Position, type Problem } from '../problem.ts';
import { isUnsafeUrl, schemeOf } from './urls.ts';

/**
 * The HTML a briefing body may use, for what Markdown cannot say: a change of language, an
 * abbreviation's expansion, sub- and superscript, a line break. Tag → allowed attributes.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  span: ['lang'],
  abbr: ['title', 'lang'],
  sub: [],
  sup: [],
  br: [],
};

/** Tags that run code, load other pages or restyle the site: never allowed. */
export const FORBIDDEN_TAGS = ['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame'];

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)(>|$)/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;

/** The position of `index` in a node's text that starts at `start`. */
function positionIn(start: Position, text: string, index: number): Position {
  let line = start.line;
  let lineStart = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  return line === start.line ? { line, column: start.column + index } : { line, column: index - lineStart };
}

const unquote = (value: string) => value.replace(/^(["'])([\s\S]*)\1$/, '$2');

/** Rules on raw HTML in a briefing body: forbidden tags and attributes are errors, other HTML a warning. */
export function checkHtml(file: string, node: Html): Problem[] {
  const out: Problem[] = [];
  const start: Position = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  // Comments are not rendered; blank them out, keeping every offset where it was.
  const value = node.value.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' '));
  const at = (index: number) => positionIn(start, value, index);
  for (const tag of value.matchAll(TAG)) {
    if (tag[1]) continue; // a closing tag: its opening tag is the one reported
    const name = tag[2]!.toLowerCase();
    if (FORBIDDEN_TAGS.includes(name)) {
      out.push(
        problem(
          file,
          at(tag.index),
          'error',
          'html-forbidden-tag',
          `\`<${name}>\` is not allowed in a briefing: remove it and write the content in Markdown`,
        ),
      );
      continue;
    }
    const allowed = ALLOWED_HTML[name];
    if (!allowed)
      out.push(
        problem(
          file,
          at(tag.index),
          'warning',
          'html-not-allowed',
          `\`<${name}>\` is not among the HTML a briefing may use (${Object.keys(ALLOWED_HTML).join(', ')}): write it in Markdown instead`,
        ),
      );
    const attributesStart = tag.index + 1 + tag[2]!.length;
    for (const attribute of tag[3]!.matchAll(ATTRIBUTE)) {
      const attr = attribute[1]!.toLowerCase();
      const where = at(attributesStart + attribute.index);
      const attrValue = unquote(attribute[2] ?? '');
      if (attr.startsWith('on')) {
        out.push(
          problem(
            file,
            where,
            'error',
            'html-event-handler',
            `\`${attr}=\` runs code when readers interact with the page, which is not allowed: remove it`,
          ),
        );
      } else if (attr === 'style') {
        out.push(
          problem(
            file,
            where,
            'error',
            'html-inline-style',
            'inline `style=` is not allowed: remove it; the site’s stylesheet styles every briefing',
          ),
        );
      } else if (URL_ATTRIBUTES.has(attr) && isUnsafeUrl(attrValue)) {
        out.push(
          problem(
            file,
            where,
            'error',
            'link-unsafe-scheme',
            `\`${attr}=\` uses a \`${schemeOf(attrValue)}:\` address, which can run code: link to an http:// or https:// page instead`,
          ),
        );
      } else if (allowed && !allowed.includes(attr)) {
        out.push(
          problem(
            file,
            where,
            'warning',
            'html-not-allowed',
            `\`<${name}>\` may only have ${allowed.length ? allowed.map((a) => `\`${a}\``).join(' or ') : 'no attributes'}: remove \`${attr}\``,
          ),
        );
      }
    }
  }
  return out;
}
