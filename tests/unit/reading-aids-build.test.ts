import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../helpers/build.ts';

/** The text of an HTML fragment, without tags and with collapsed white space. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The first element that opens with `opening` (such as `<section id="corrections"`), through its closing tag. */
function element(html: string, opening: string): string {
  const start = html.indexOf(opening);
  expect(start, `${opening} in the page`).toBeGreaterThanOrEqual(0);
  const tag = /^<([a-z0-9]+)/.exec(opening)![1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`${opening} is not closed`);
}

describe('the reading aids on a built briefing page', { timeout: 120_000 }, () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'briefings-aids-')), 'dist');
  const result = build(resolve('tests/fixtures/site'), outDir, {
    SITE_URL: 'https://example.org',
    BASE_PATH: '/sub/',
  });
  const page = () => readFileSync(join(outDir, 'briefings', 'fixture-published', 'index.html'), 'utf8');

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shows an "Updated" notice and the corrections, oldest first, linked from the notice', () => {
    const html = page();
    expect(text(element(html, '<p class="update-notice"'))).toBe(
      'Updated 6 January 2026 : this briefing has been corrected. Read the corrections',
    );
    expect(element(html, '<p class="update-notice"')).toContain('href="#corrections"');
    expect(text(element(html, '<p class="dateline"'))).toBe(
      'Published 2 January 2026 · Updated 6 January 2026 · 1 min read',
    );
    expect(html).toMatch(/<h2 id="corrections">Corrections<\/h2>/);
    const corrections = element(html, '<section class="corrections"');
    expect([...corrections.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!))).toEqual([
      '4 January 2026 : The first fixture correction, written second.',
      '6 January 2026 : The second fixture correction, written first.',
    ]);
  });

  it('has a table of contents whose links reach the body’s headings', () => {
    const html = page();
    const toc = element(element(html, '<nav class="toc"'), '<ol');
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['what-happened', 'why-it-matters', 'a-subsection', 'whats-next']);
    for (const id of targets) expect(html).toMatch(new RegExp(`<h[23] id="${id}"`));
  });

  it('cites the briefing with an absolute permalink under the base path', () => {
    const cite = text(element(page(), '<p class="citation"'));
    expect(cite).toBe(
      '“A published fixture briefing.” Rubio in Mexico: Briefings, 2 January 2026, updated 6 January 2026. https://example.org/sub/briefings/fixture-published/',
    );
  });

  it('marks Spanish words with lang="es", in the body and in quotes', () => {
    const html = page();
    expect(html).toContain('<span lang="es">mano dura</span>');
    expect(element(html, '<figure class="quote"')).toContain('<p lang="es">mano dura</p>');
  });
});
