import type { Element, Nodes as HastNodes, Properties } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html as htmlSpace } from 'property-information';
import { VFile } from 'vfile';
import { parseFragment } from 'parse5';
import {
  BODY_HTML,
  DROPPED_WITH_CONTENT,
  LINK_SCHEMES,
  RAW_HTML,
  SANITIZE_SCHEMA,
  isSiteImage,
} from '../../markdown/allowlist.ts';
import { parseRawHtml } from '../../markdown/sanitize.ts';
import { problem, type Position, type Problem } from '../problem.ts';

/** Elements that run code, load other pages or restyle the site, beyond those dropped with their content. */
const FORBIDDEN = new Set<string>([
  ...DROPPED_WITH_CONTENT,
  'meta',
  'link',
  'base',
  'form',
  'embed',
  'frame',
  'frameset',
  'applet',
  'input',
  'button',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'portal',
]);
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite']);
const RAW_TAGS = Object.keys(RAW_HTML).join(', ');

const attributeName = (property: string) => find(htmlSpace, property).attribute;
const schemeOf = (value: string) => /^([^:/?#]*):/.exec(value)?.[1] ?? '';
const shortened = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const unsafeScheme = (value: string) =>
  `the address \`${shortened(value)}\` uses a \`${schemeOf(value)}:\` scheme, which can run code or is not a web page: link to an ${LINK_SCHEMES.slice(
    0,
    2,
  )
    .map((s) => `${s}://`)
    .join(' or ')} page instead`;

/** The line and column of `offset` in `text`. */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart };
}

/**
 * Where an attribute is written: the element's start tag, at `offset`, read again on its own by
 * the same parser, which gives each attribute's place (hast-util-raw keeps only the element's).
 */
function attributeAt(text: string, offset: number | undefined, attribute: string, fallback: Position): Position {
  if (offset === undefined) return fallback;
  const tag = text.slice(offset, offset + 4000);
  const first = parseFragment(tag, { sourceCodeLocationInfo: true }).childNodes[0];
  const at = first && 'tagName' in first ? first.sourceCodeLocation?.attrs?.[attribute] : undefined;
  return at ? positionAt(text, offset + at.startOffset) : fallback;
}

/** What the sanitizer keeps of one element on its own: undefined when it drops the element. */
function keptOf(node: Element): Properties | undefined {
  const kept = sanitize(
    { type: 'element', tagName: node.tagName, properties: node.properties, children: [] },
    SANITIZE_SCHEMA,
  );
  return kept.type === 'element' ? kept.properties : undefined;
}

/**
 * The offsets of the body's raw HTML: an element that starts inside one was written by hand, any
 * other was made from Markdown.
 */
function rawSpans(tree: Root): [number, number][] {
  const spans: [number, number][] = [];
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'html' && node.position?.start.offset !== undefined)
      spans.push([node.position.start.offset, node.position.end.offset ?? Infinity]);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return spans;
}

/** Parse errors that mean a tag or comment runs to the end of its HTML and takes what follows with it. */
const UNCLOSED: Record<string, string> = {
  'eof-in-tag':
    'this tag is never closed (a `>` or a quote is missing), so the browser drops it and the text after it: close it',
  'eof-in-comment': 'this comment (`<!--`) is never closed, so everything after it disappears: end it with `-->`',
  'eof-in-doctype': 'this `<!` is never closed, so the browser drops what follows: remove it',
  'eof-in-cdata': 'this `<![CDATA[` is never closed, so the browser drops what follows: remove it',
};

/** Tags and comments left open in one piece of raw HTML, where the parser finds them. */
function unclosed(file: string, tree: Root): Problem[] {
  const out: Problem[] = [];
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'html' && node.position) {
      const start = node.position.start;
      parseFragment(node.value, {
        onParseError: (error) => {
          // Reported where the HTML starts: the parser finds the mistake only at its end.
          const message = UNCLOSED[error.code];
          if (message)
            out.push(problem(file, { line: start.line, column: start.column }, 'error', 'html-unclosed', message));
        },
      });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

/**
 * What is wrong with one attribute, as [rule, message]: the sanitizer drops it (`kept` is what it
 * keeps of the element), or it is an image address from another site.
 */
function attributeProblem(
  node: Element,
  property: string,
  value: Properties[string],
  kept: Properties | undefined,
  byHand: boolean,
): [string, string] | undefined {
  const name = node.tagName;
  const attribute = attributeName(property);
  const written = Array.isArray(value) ? value.join(' ') : String(value);
  if (kept && property in kept && JSON.stringify(kept[property]) === JSON.stringify(value)) {
    if (name !== 'img' || property !== 'src' || isSiteImage(written)) return undefined;
    return /^\s*(https?:|[\\/]{2})/i.test(written)
      ? [
          'image-remote',
          `the image \`${shortened(written)}\` is on another site, which the site’s Content-Security-Policy blocks: save the image in content/briefings/images/ and write \`![description](./images/file.png)\``,
        ]
      : ['link-unsafe-scheme', unsafeScheme(written)];
  }
  if (attribute.startsWith('on'))
    return [
      'html-event-handler',
      `\`${attribute}=\` runs code when readers interact with the page, which is not allowed: remove it`,
    ];
  if (attribute === 'style')
    return [
      'html-inline-style',
      'inline `style=` is not allowed: remove it; the site’s stylesheet styles every briefing',
    ];
  if (!kept) return undefined; // the element is reported, and goes with all its attributes
  if (URL_PROPERTIES.has(property) && (attribute === 'href' || attribute === 'src'))
    return ['link-unsafe-scheme', unsafeScheme(written)];
  const allowed = (byHand ? RAW_HTML[name] : undefined) ?? BODY_HTML[name] ?? [];
  const list = allowed.length ? allowed.map((a) => `\`${attributeName(a)}\``).join(' or ') : 'no attributes';
  return ['html-not-allowed', `\`<${name}>\` may only have ${list}: remove \`${attribute}\``];
}

/**
 * The HTML rule: the body is read as the renderer reads it (Markdown to hast, raw HTML parsed
 * with the rest by the HTML standard's parser, src/markdown/sanitize.ts), and every element,
 * attribute or address the sanitizer would drop is an error at its line, as is any HTML written
 * by hand beyond the few tags Markdown cannot say, and an image from another site.
 */
export function checkHtml(file: string, tree: Root, text: string): Problem[] {
  const out: Problem[] = unclosed(file, tree);
  const spans = rawSpans(tree);
  const hast = parseRawHtml(toHast(tree, { allowDangerousHtml: true }), spans.length ? new VFile(text) : undefined);
  const report = (at: Position, rule: string, message: string) => out.push(problem(file, at, 'error', rule, message));

  // An element the parser made up (or moved) has no place of its own: it is reported where the
  // node before it starts.
  let previous: Position = { line: 1, column: 1 };
  const visit = (node: HastNodes) => {
    const start = node.position?.start;
    if (start) previous = { line: start.line, column: start.column };
    if (node.type !== 'element') {
      if ('children' in node) for (const child of node.children) visit(child);
      return;
    }
    const at = previous;
    const offset = start?.offset;
    const byHand = offset === undefined || spans.some(([from, to]) => offset >= from && offset < to);
    const name = node.tagName;
    const kept = keptOf(node);
    if (!kept) {
      if (FORBIDDEN.has(name)) {
        report(
          at,
          'html-forbidden-tag',
          `\`<${name}>\` is not allowed in a briefing: remove it and write the content in Markdown`,
        );
        if ((DROPPED_WITH_CONTENT as readonly string[]).includes(name)) return;
      } else {
        report(
          at,
          'html-not-allowed',
          `\`<${name}>\` is not among the HTML a briefing may use (${RAW_TAGS}): write it in Markdown instead`,
        );
      }
    } else if (byHand && !RAW_HTML[name]) {
      report(
        at,
        'html-not-allowed',
        `\`<${name}>\` written as HTML is not among the HTML a briefing may use (${RAW_TAGS}): write it in Markdown instead`,
      );
    }
    for (const [property, value] of Object.entries(node.properties)) {
      const found = attributeProblem(node, property, value, kept, byHand);
      if (found)
        out.push(problem(file, attributeAt(text, offset, attributeName(property), at), 'error', found[0], found[1]));
    }
    for (const child of node.children) visit(child);
  };
  visit(hast);
  return out;
}
