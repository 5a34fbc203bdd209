import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { remark } from 'remark';
import { toHast } from 'mdast-util-to-hast';
import { analyzeFile } from '../../src/checker/analyze.ts';
import { builtBodyHtml, isSiteImage } from '../../src/markdown/allowlist.ts';
import { parseRawHtml, sanitizeBody } from '../../src/markdown/sanitize.ts';
import { briefingMarkdown } from '../../src/lib/markdown.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { BODY_PAYLOADS } from '../fixtures/hostile/payloads.ts';

/**
 * The checker's HTML rule and the renderer's sanitizer, pinned against the same hostile bodies
 * (tests/fixtures/hostile/payloads.ts): every payload is an error at its line, and what the
 * renderer makes of it holds nothing outside the allowlist.
 */
const FRONTMATTER = [
  '---',
  'title: A hostile fixture briefing',
  'dek: A fixture briefing whose body tries to escape the allowlist.',
  'published: 2026-01-02',
  'kind: news',
  'topics: [cartels]',
  'sources: [afp-rubio-mexico-trip]',
  '---',
  '',
  '## What happened',
  '',
  '',
].join('\n');
const BODY_LINE = 12;

const processor = await createSatteriMarkdownProcessor({ hastPlugins: [briefingMarkdown(createUrls('/'))] });
const render = async (markdown: string) => (await processor.render(markdown)).code;
const check = (markdown: string) =>
  analyzeFile('content/briefings/hostile.md', 'briefings', 'hostile', FRONTMATTER + markdown).problems;

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** Everything in rendered HTML, read by the HTML standard's parser, that the allowlist does not permit. */
function outsideAllowlist(html: string): string[] {
  const allowed = builtBodyHtml();
  const found: string[] = [];
  const walk = (node: P5Node) => {
    if ('tagName' in node) {
      const attributes = allowed.get(node.tagName);
      if (!attributes) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (!attributes?.has(name)) found.push(`<${node.tagName} ${name}>`);
        if (name === 'href' && !/^(https?:|mailto:|[^:]*$|[^:]*[/?#])/i.test(value)) found.push(`href=${value}`);
        if (name === 'src' && !isSiteImage(value)) found.push(`src=${value}`);
      }
      if (node.tagName === 'a' && /^(https?:)?\/\//.test(node.attrs.find((a) => a.name === 'href')?.value ?? ''))
        if (node.attrs.find((a) => a.name === 'rel')?.value !== 'noopener noreferrer')
          found.push('external link without rel');
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node) walk(node.content);
  };
  walk(parseFragment(html));
  return found;
}

/** Whether the sanitizer changes a body, comments aside (they are dropped, harmlessly). */
function sanitizerDrops(markdown: string): boolean {
  const hast = JSON.parse(
    JSON.stringify(parseRawHtml(toHast(remark().parse(markdown), { allowDangerousHtml: true })), (key, value) =>
      key === 'position' ? undefined : value,
    ),
  );
  const withoutComments = JSON.stringify(hast, (_, value) =>
    value && Array.isArray(value.children)
      ? { ...value, children: value.children.filter((c: { type: string }) => c.type !== 'comment') }
      : value,
  );
  return JSON.stringify(sanitizeBody(JSON.parse(withoutComments))) !== withoutComments;
}

const ALLOWED_BODIES = [
  'Said <span lang="es">mano dura</span> twice.',
  'The <abbr title="United Nations" lang="en">UN</abbr> met.',
  'H<sub>2</sub>O and x<sup>2</sup>, then a<br>break.',
  'A [link](https://example.org/a) and [another](/topics/cartels/) and [mail](mailto:desk@example.org).',
  '<!-- a note to editors -->\n\nText.',
  '![A chart](/logo.png)',
];

describe('hostile bodies', () => {
  it.each(BODY_PAYLOADS.map((p) => [p.name, p.markdown]))('%s: an error at its line', (_, markdown) => {
    const errors = check(markdown).filter((p) => p.severity === 'error');
    expect(errors.length, JSON.stringify(check(markdown))).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.line).toBeGreaterThanOrEqual(BODY_LINE);
      expect(error.message).toMatch(/: (remove|write|link|save|close|end)/);
    }
  });

  it.each(BODY_PAYLOADS.map((p) => [p.name, p.markdown]))(
    '%s: rendered, holds only the allowlist',
    async (_, markdown) => {
      const html = await render(markdown);
      expect(outsideAllowlist(html), html).toEqual([]);
    },
  );

  it.each(ALLOWED_BODIES)('allowed: %s is no error and renders as written', async (markdown) => {
    expect(check(markdown).filter((p) => p.severity !== 'info')).toEqual([]);
    expect(outsideAllowlist(await render(markdown))).toEqual([]);
    expect(sanitizerDrops(markdown)).toBe(false);
  });

  it('the checker reports an error wherever the sanitizer drops something', () => {
    const dropping = BODY_PAYLOADS.filter((p) => sanitizerDrops(p.markdown));
    // Nearly every payload is dropped in part; the rest are images from other sites, which keep their element.
    expect(dropping.length).toBeGreaterThan(BODY_PAYLOADS.length - 6);
    for (const payload of dropping) expect(check(payload.markdown).some((p) => p.severity === 'error')).toBe(true);
  });

  it('reports each dropped attribute where it is written, with its rule', () => {
    const at = (markdown: string) => check(markdown).map((p) => [p.line - BODY_LINE + 1, p.column, p.rule]);
    expect(at('A <span lang="es" onclick="x()">hola</span>.')).toEqual([[1, 19, 'html-event-handler']]);
    expect(at('A <a href="https://example.org/" target="_blank">x</a>.')).toEqual([
      [1, 3, 'html-not-allowed'],
      [1, 34, 'html-not-allowed'],
    ]);
    expect(at('<!--><meta http-equiv="refresh" content="0;url=https://evil.example/">-->')).toEqual([
      [1, 6, 'html-forbidden-tag'],
    ]);
    expect(at('Text.\n\n![x](https://example.org/x.png)')).toEqual([[3, 1, 'image-remote']]);
    expect(at("Text.\n\n<p title='x>word</p>\n\nMore.")).toEqual([[3, 1, 'html-unclosed']]);
    expect(at('Text.\n\n<!-- a note\n\nThe rest of the briefing.')).toEqual([[3, 1, 'html-unclosed']]);
  });

  it('keeps links to other sites from the opener and the referrer, and drops target', async () => {
    expect(await render('A <a href="https://example.org/" target="_blank" rel="opener">x</a>.')).toContain(
      '<a href="https://example.org/" rel="noopener noreferrer">x</a>',
    );
  });
});
