import { createHash } from 'node:crypto';
/**
 * The real content built once under a subpath into a temporary folder, then read as a reader's
 * software would: feeds parsed as XML and JSON, JSON-LD and meta parsed from the built HTML, and
 * search run in a real browser under the base path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseHtml, type HtmlNode } from '../helpers/html.ts';
import { chromium } from '@playwright/test';
import { build } from '../helpers/build.ts';
import { readContent } from '../helpers/content.ts';
import { parseFeedXml } from '../helpers/xml.ts';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';

const SITE = 'https://example.org';
const BASE = '/briefings-mx/';
const ROOT = `${SITE}${BASE}`;
const work = mkdtempSync(join(tmpdir(), 'briefings-discovery-'));
const out = join(work, 'dist');
const content = await readContent();
const published = [...content.published].sort(
  (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
);
const topicName = new Map(content.topics.map((t) => [t.id, t.data.name]));
const file = (path: string) => readFileSync(join(out, path), 'utf8');
const html = (path: string) => parseHtml(file(path));

function htmlFiles(dir = out): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(out, path)] : [];
  });
}

/** The format's own identifiers, which are URLs but not links into the site. */
const SPEC_URLS = [
  'http://www.w3.org/2005/Atom',
  'https://jsonfeed.org/version/',
  'https://validator.w3.org/feed/docs/',
];

/** Every URL anywhere in a parsed feed, other than the format's own identifiers. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return /^[a-z]+:\/\//.test(value) && !SPEC_URLS.some((spec) => value.startsWith(spec)) ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

beforeAll(() => {
  const result = build(resolve('content'), out, { SITE_URL: SITE, BASE_PATH: BASE });
  expect(result.status, result.output).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const feeds = [
  { scope: 'site', dir: '', expected: published },
  ...content.topics.map((t) => ({
    scope: t.id,
    dir: `topics/${t.id}/`,
    expected: published.filter((b) => b.data.topics.includes(t.id)),
  })),
];

describe('feeds built under a base path', () => {
  it.each(feeds)('the $scope RSS feed is well-formed and lists its briefings field by field', ({ dir, expected }) => {
    const { channel } = parseFeedXml(file(`${dir}rss.xml`)).rss;
    expect(channel.link).toBe(dir ? `${ROOT}${dir}` : ROOT);
    expect(channel['atom:link']['@href']).toBe(`${ROOT}${dir}rss.xml`);
    expect((channel.item ?? []).map((i: { title: string }) => i.title)).toEqual(expected.map((b) => b.data.title));
    (channel.item ?? []).forEach((item: Record<string, any>, n: number) => {
      const b = expected[n]!;
      expect(item.link).toBe(`${ROOT}briefings/${b.id}/`);
      expect(item.description).toBe(b.data.dek);
      expect(item.pubDate).toBe(b.data.published.toUTCString());
      expect(item.category.map((c: Record<string, string>) => c['#text'])).toEqual(
        b.data.topics.map((t) => topicName.get(t)),
      );
    });
    for (const url of urlsIn(channel)) expect(url.startsWith(ROOT), url).toBe(true);
  });

  it.each(feeds)('the $scope Atom feed is well-formed, with published and updated dates', ({ dir, expected }) => {
    const feed = parseFeedXml(file(`${dir}atom.xml`)).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${ROOT}${dir}atom.xml`);
    expect((feed.entry ?? []).map((e: { id: string }) => e.id)).toEqual(
      expected.map((b) => `${ROOT}briefings/${b.id}/`),
    );
    (feed.entry ?? []).forEach((entry: Record<string, any>, n: number) => {
      const b = expected[n]!;
      expect(entry.published).toBe(b.data.published.toISOString());
      expect(entry.updated).toBe((b.data.updated ?? b.data.published).toISOString());
      expect(entry.category.map((c: Record<string, string>) => c['@term'])).toEqual(b.data.topics);
    });
    for (const url of urlsIn(feed)) expect(url.startsWith(ROOT), url).toBe(true);
  });

  it.each(feeds)('the $scope JSON Feed has JSON Feed 1.1’s required fields', ({ dir, expected }) => {
    const json = JSON.parse(file(`${dir}feed.json`));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof json.title).toBe('string');
    expect(json.feed_url).toBe(`${ROOT}${dir}feed.json`);
    expect(json.items).toBeInstanceOf(Array);
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(expected.map((b) => `${ROOT}briefings/${b.id}/`));
    for (const item of json.items) {
      expect(typeof item.id).toBe('string');
      // The whole briefing, its links and images absolute, its sources after it.
      expect(item.content_html).toContain('<h2>Sources</h2>');
      for (const [, url] of item.content_html.matchAll(/(?:href|src)="([^"]*)"/g))
        expect(url, item.id).toMatch(/^https?:\/\//);
      expect(new Date(item.date_published).getTime()).not.toBeNaN();
    }
    for (const url of urlsIn(json)) expect(url.startsWith(ROOT), url).toBe(true);
    // Links between briefings, root-relative in the Markdown, are absolute under the base.
    if (!dir)
      expect(json.items.some((i: { content_html: string }) => i.content_html.includes(`href="${ROOT}briefings/`))).toBe(
        true,
      );
  });

  it('is advertised on the home page and each topic page, which also links to it', () => {
    const alternates = (page: HtmlNode) =>
      page.querySelectorAll('link[rel="alternate"][type]').map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    const formats = (dir: string) => [
      ['application/rss+xml', `${BASE}${dir}rss.xml`],
      ['application/atom+xml', `${BASE}${dir}atom.xml`],
      ['application/feed+json', `${BASE}${dir}feed.json`],
    ];
    expect(alternates(html('index.html'))).toEqual(formats(''));
    for (const [, href] of formats('')) expect(existsSync(join(out, href!.slice(BASE.length)))).toBe(true);
    for (const topic of content.topics) {
      const page = html(`topics/${topic.id}/index.html`);
      expect(alternates(page)).toEqual(formats(`topics/${topic.id}/`));
      const visible = page.querySelectorAll('main .feed-links a').map((a) => a.getAttribute('href'));
      expect(visible).toEqual(formats(`topics/${topic.id}/`).map(([, href]) => href));
      for (const href of visible) expect(existsSync(join(out, href!.slice(BASE.length)))).toBe(true);
    }
  });
});

describe('structured data in the built briefing pages', () => {
  it.each(published.map((b) => [b.id, b] as const))('%s has NewsArticle and BreadcrumbList JSON-LD', (_, b) => {
    const page = html(`briefings/${b.id}/index.html`);
    const blocks = page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    const article = blocks.find((d) => d['@type'] === 'NewsArticle');
    const crumbs = blocks.find((d) => d['@type'] === 'BreadcrumbList');
    const url = `${ROOT}briefings/${b.id}/`;
    const topics = content.topics.filter((t) => b.data.topics.includes(t.id));
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: b.data.title,
      description: b.data.dek,
      url,
      datePublished: b.data.published.toISOString().slice(0, 10),
      dateModified: (b.data.updated ?? b.data.published).toISOString().slice(0, 10),
      author: { '@type': 'Organization', name: 'Rubio in Mexico: Briefings', url: ROOT },
      publisher: { '@type': 'Organization', name: 'Rubio in Mexico: Briefings', url: ROOT },
    });
    expect([...article.keywords].sort()).toEqual(topics.map((t) => t.data.name).sort());
    expect(article.citation.map((c: { publisher: { name: string } }) => c.publisher.name)).toEqual(
      b.data.sources.map((id) => content.sources.find((s) => s.id === id)!.data.outlet),
    );
    expect(article.image).toEqual([`${ROOT}social-card.png`]);
    expect(crumbs.itemListElement.map((c: { item: string }) => c.item)).toEqual([
      ROOT,
      `${ROOT}topics/${b.data.topics[0]}/`,
      url,
    ]);

    const meta = (key: string) =>
      page.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content'));
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:url')).toEqual([url]);
    expect(meta('article:published_time')).toEqual([b.data.published.toISOString().slice(0, 10)]);
    expect(meta('article:modified_time')).toHaveLength(1);
    expect(meta('article:tag').sort()).toEqual(topics.map((t) => t.data.name).sort());
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect(meta('og:image')).toEqual([`${ROOT}social-card.png`]);
  });

  it('the social image is a 1200×630 PNG', () => {
    const png = readFileSync(join(out, 'social-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('a person’s page built from the real content', () => {
  it('shows each of Marco Rubio’s quotations once, with every briefing that quotes it', () => {
    const items = html('people/marco-rubio/index.html').querySelectorAll('.person-quotes > li');
    const hrefs = (node: HtmlNode) => node.querySelectorAll('a').map((a) => a.getAttribute('href'));
    const shown = items.flatMap((li) => [
      { text: li.querySelector('blockquote')!.textContent.trim(), hrefs: hrefs(li.querySelector('.quote-briefing')!) },
      ...li.querySelectorAll('.quote-extracts > li').map((extract) => ({
        text: extract.querySelector('q')!.textContent.trim(),
        hrefs: hrefs(extract),
      })),
    ]);
    const quoted = published.flatMap((b) =>
      (b.data.quotes ?? [])
        .filter((q) => q.speaker === 'marco-rubio')
        .map((q) => ({ text: q.text, href: `${BASE}briefings/${b.id}/` })),
    );
    // Each passage once, with every briefing that quotes it (quotations/listing-pages tests hold
    // the merging of repeated words on fixtures; the real briefings no longer repeat a quotation).
    expect(shown.map((s) => s.text).sort()).toEqual([...new Set(quoted.map((q) => q.text))].sort());
    for (const q of quoted) expect(shown.find((s) => s.text === q.text)!.hrefs).toContain(q.href);
  });
});

describe('search', () => {
  it('is, in each edition, the only page that loads JavaScript', () => {
    const withScripts = htmlFiles().filter((path) =>
      html(path)
        .querySelectorAll('script, link[rel="modulepreload"]')
        .some((s) => s.getAttribute('type') !== 'application/ld+json'),
    );
    expect(withScripts.sort()).toEqual(['es/buscar/index.html', 'search/index.html']);
    // Scripts that run (the page's JSON-LD is data, not a script).
    const scripts = html('search/index.html')
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts).toHaveLength(2);
    // In the head, before the first paint: the flag that keeps room for results (no layout shift),
    // allowed by its hash in the page's own policy; then the page script, bundled.
    const [flag, page] = scripts;
    expect(flag!.getAttribute('src')).toBeUndefined();
    const policy = html('search/index.html')
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content')!;
    const hash = createHash('sha256').update(flag!.textContent, 'utf8').digest('base64');
    expect(policy).toContain(`'sha256-${hash}'`);
    expect(page!.getAttribute('src')).toMatch(new RegExp(`^${BASE}_astro/.+\\.js$`));
  });

  it('indexes the briefings, with the bundle where the page looks for it', () => {
    const form = html('search/index.html').querySelector('form[data-search]')!;
    expect(form.getAttribute('data-bundle')).toBe(`${BASE}pagefind/`);
    expect(form.getAttribute('data-base')).toBe(BASE);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    // One index per edition: each briefing once in its language's index.
    const fragments = readdirSync(join(out, 'pagefind/fragment'));
    expect(fragments.filter((f) => f.startsWith('en_'))).toHaveLength(published.length);
    expect(fragments.filter((f) => f.startsWith('es_'))).toHaveLength(content.translations.length);
  });

  const searches = [
    {
      edition: 'English',
      page: 'search/',
      label: 'Search the briefings',
      query: 'extradition',
      briefings: 'briefings/',
    },
    {
      edition: 'Spanish',
      page: 'es/buscar/',
      label: 'Buscar en las notas',
      query: 'extradición',
      briefings: 'es/notas/',
    },
  ];
  it.each(searches)(
    'finds "$query" in the $edition search in a real browser under the base path, keeps it in the URL, and reaches a briefing',
    async (search) => {
      const port = 20000 + Math.floor(Math.random() * 20000);
      const server: ChildProcess = spawn(process.execPath, [
        'scripts/serve.ts',
        out,
        '--port',
        String(port),
        '--base',
        BASE,
      ]);
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
      try {
        await new Promise<void>((ready, fail) => {
          server.stdout!.on('data', (d: Buffer) => d.toString().includes('Serving') && ready());
          server.on('exit', () => fail(new Error('the server stopped')));
        });
        const page = await browser.newPage();
        await page.goto(`http://localhost:${port}${BASE}${search.page}`);
        await page.getByLabel(search.label).fill(search.query);
        const first = page.locator('#search-results li h2 a').first();
        await first.waitFor();
        expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent(search.query)}`);
        const title = await first.textContent();
        await first.click();
        await page.waitForURL(new RegExp(`^http://localhost:${port}${BASE}${search.briefings}[a-z0-9-]+/$`));
        expect(await page.locator('h1').textContent()).toBe(title);
      } finally {
        await browser.close();
        server.kill();
      }
    },
    60_000,
  );
});
