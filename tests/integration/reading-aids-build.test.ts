import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/html.ts';
import { parseFeedXml } from '../helpers/xml.ts';

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

/** A title a hostile or careless writer could give, which must not end the JSON-LD's script element. */
const HOSTILE_TITLE = 'Rubio and the </script><script>alert(1)</script> test';

describe('the reading aids on a built briefing page', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'briefings-aids-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const contentDir = join(work, 'content');
  cpSync(resolve('tests/fixtures/site'), contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'briefings', 'fixture-hostile-title.md'),
    // Older than fixture-published but featured, so the home page must lead with it; and long
    // enough (some 615 words) to take 3 minutes to read.
    `---\ntitle: '${HOSTILE_TITLE}'\ndek: A fixture briefing whose title tries to close a script element.\npublished: 2026-01-01\nkind: news\nfeatured: true\ntopics: [extradition]\nsources: [afp-rubio-mexico-trip]\n---\n\n## What happened\n\nFixture text.\n\n${'Fixture words for the reading time. '.repeat(100)}\n`,
  );
  const outDir = join(work, 'dist');
  const result = build(contentDir, outDir, {
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

  it('gives a corrected briefing without `updated` one last-changed day everywhere: the day of its latest correction', () => {
    // fixture-published: published 2026-01-02, corrected 2026-01-04 and 2026-01-06, no `updated`.
    const doc = parseHtml(page());
    const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('article:published_time')).toBe('2026-01-02');
    expect(meta('article:modified_time')).toBe('2026-01-06');
    const article = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((d) => d['@type'] === 'NewsArticle');
    expect(article.datePublished).toBe('2026-01-02');
    expect(article.dateModified).toBe('2026-01-06');

    const url = 'https://example.org/sub/briefings/fixture-published/';
    const atom = parseFeedXml(readFileSync(join(outDir, 'atom.xml'), 'utf8')).feed;
    const entry = atom.entry.find((e: { id: string }) => e.id === url);
    expect(entry.updated).toBe('2026-01-06T00:00:00.000Z');
    expect(atom.updated).toBe('2026-01-06T00:00:00.000Z');
    const json = JSON.parse(readFileSync(join(outDir, 'topics', 'cartels', 'feed.json'), 'utf8'));
    expect(json.items.find((i: { id: string }) => i.id === url).date_modified).toBe('2026-01-06T00:00:00.000Z');

    const sitemap = parseFeedXml(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).urlset.url as {
      loc: string;
      lastmod?: string;
    }[];
    const lastmod = (loc: string) => sitemap.find((u) => u.loc === loc)?.lastmod;
    expect(lastmod(url)).toMatch(/^2026-01-06/);
    expect(lastmod('https://example.org/sub/topics/cartels/')).toMatch(/^2026-01-06/);
  });

  it('escapes a title that holds </script> inside the JSON-LD, which still parses to the title', () => {
    const html = readFileSync(join(outDir, 'briefings', 'fixture-hostile-title', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(2);
    for (const json of scripts) expect(json).not.toMatch(/<\//);
    expect(JSON.parse(scripts[0]!).headline).toBe(HOSTILE_TITLE);
    // Attribute values may hold the text as it is; no element may come of it.
    expect(parseHtml(html).querySelectorAll('script')).toHaveLength(2);
  });

  it("gives every page a CSP with default-src, object-src 'none' and base-uri", () => {
    const pages = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
      );
    const all = pages(outDir);
    expect(all.length).toBeGreaterThan(10);
    for (const file of all) {
      const policy = parseHtml(readFileSync(file, 'utf8'))
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      expect(policy, relative(outDir, file)).toBeDefined();
      const directives = new Map(
        policy!.split(';').map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name, sources.join(' ')];
        }),
      );
      expect(directives.get('default-src'), relative(outDir, file)).toBe("'self'");
      expect(directives.get('object-src'), relative(outDir, file)).toBe("'none'");
      expect(directives.get('base-uri'), relative(outDir, file)).toBe("'none'");
    }
  });

  it('shows the reading time of the page’s own text: about 615 words read in 3 minutes', () => {
    const html = readFileSync(join(outDir, 'briefings', 'fixture-hostile-title', 'index.html'), 'utf8');
    expect(text(element(html, '<p class="dateline"'))).toBe('Published 1 January 2026 · 3 min read');
  });

  it('leads the home page with the newest featured briefing, though a newer one is not featured', () => {
    const home = parseHtml(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(home.querySelector('.lead-title a')?.textContent).toBe(HOSTILE_TITLE);
    expect(home.querySelectorAll('#latest-heading ~ article .card-title a').map((a) => a.textContent)).toEqual([
      'A published fixture briefing',
    ]);
  });
});
