/**
 * Deploying anywhere: real builds at the domain root and under subpaths, served by the
 * project's static server (scripts/serve.ts) and crawled from the home page. Each build is made
 * once, in beforeAll, into a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { buildSite, serveSite, type Served } from '../helpers/build.ts';
import { crawl, refreshUrl, type CrawlResult, type CrawledFile, type HtmlElement } from '../helpers/crawl.ts';
import { parseCsp } from '../../src/lib/headers.ts';

const SITE_URL = 'https://briefings.example';
const fixture = resolve('tests/fixtures/deploy');
const work = mkdtempSync(join(tmpdir(), 'briefings-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const all = (file: CrawledFile, test: (el: HtmlElement) => boolean) => DomUtils.findAll(test, file.document!.children);
const byTag = (file: CrawledFile, tag: string) => all(file, (el) => el.name === tag);
const canonicalsOf = (file: CrawledFile) =>
  all(file, (el) => el.name === 'link' && el.attribs.rel === 'canonical').map((el) => el.attribs.href!);
const refreshOf = (file: CrawledFile) => {
  const meta = all(file, (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'refresh')[0];
  return meta && refreshUrl(meta.attribs.content ?? '');
};
const metaCspOf = (file: CrawledFile) =>
  all(file, (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

interface Deployment {
  name: string;
  base: string;
  contentDir?: string;
}

interface Deployed {
  outDir: string;
  server: Served;
  /** SITE_URL with the base: where the site says it lives. */
  siteUrl: string;
  /** The crawl from the home page (and robots.txt, the 404 page). */
  result: CrawlResult;
  /** The redirect pages of old slugs found in the output, and the crawl from them. */
  redirectPages: string[];
  redirects: CrawlResult;
  /** Every HTML page either crawl fetched. */
  pages: CrawledFile[];
}

/** Each configuration is built, served and crawled once for the whole file. */
const deployments = new Map<string, Promise<Deployed>>();
afterAll(async () => {
  for (const deployed of deployments.values()) await (await deployed).server.close();
});

function deployed({ base, contentDir }: Deployment): Promise<Deployed> {
  const key = `${contentDir ? 'fixture' : 'content'}${base.replaceAll('/', '-')}`;
  let found = deployments.get(key);
  if (!found) {
    found = (async () => {
      const outDir = join(work, key);
      buildSite({ outDir, siteUrl: SITE_URL, basePath: base, ...(contentDir && { contentDir }) });
      const server = await serveSite(outDir, base);
      const siteUrl = new URL(base, SITE_URL).href;
      const home = server.home;
      // Both editions' 404 pages, which no page links to: the server answers missing addresses with them.
      const result = await crawl({
        start: [home, `${home}robots.txt`, `${home}404.html`, `${home}es/404/`],
        siteUrl,
        localUrl: home,
      });
      // Redirect pages are linked from nowhere: they are old addresses. Crawl from each of them too.
      const redirectPages = filesIn(outDir)
        .filter((f) => f.endsWith('.html') && readFileSync(join(outDir, f), 'utf8').includes('http-equiv="refresh"'))
        .map((f) => home + f.replace(/index\.html$/, ''));
      const redirects = await crawl({ start: redirectPages, siteUrl, localUrl: home });
      const pages = [...result.files.values(), ...redirects.files.values()].filter((f) => f.document);
      return { outDir, server, siteUrl, result, redirectPages, redirects, pages };
    })();
    deployments.set(key, found);
  }
  return found;
}

/** The deployment, once built, for the tests of a describe block. */
function deploy(deployment: Deployment): Deployed {
  const site = {} as Deployed;
  beforeAll(async () => {
    Object.assign(site, await deployed(deployment));
  }, 120_000);
  return site;
}

describe.each<Deployment>([
  { name: 'the content at the domain root', base: '/' },
  { name: 'the content under a subpath', base: '/briefings-mx/' },
  { name: 'the fixture content under a two-level subpath', base: '/news/mx/', contentDir: fixture },
])('$name ($base)', { timeout: 60_000 }, (deployment) => {
  const site = deploy(deployment);
  const local = (file: string) => site.server.home + file;

  it('has no broken link, asset, canonical URL, sitemap entry or #fragment, from the home page or a redirect', () => {
    expect(site.result.broken).toEqual([]);
    expect(site.redirects.broken).toEqual([]);
    expect(site.result.references.some((r) => r.url.hash !== '')).toBe(true);
  });

  it('reaches every page it built from the home page, except the redirect pages of old slugs', () => {
    const reached = new Set(site.result.files.keys());
    const unreached = filesIn(site.outDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => local(f.replace(/index\.html$/, '')))
      .filter((url) => !reached.has(url));
    expect(unreached).toEqual(site.redirectPages);
    for (const file of ['robots.txt', 'sitemap-index.xml', 'favicon.svg']) expect(reached).toContain(local(file));
    // Both editions, each page type, under the deployment's base path.
    for (const path of ['', 'topics/', 'timeline/', 'people/', 'es/', 'es/temas/', 'es/cronologia/', 'es/personas/'])
      expect(reached, path).toContain(local(path));
    expect(
      [...reached].some((url) => url.startsWith(local('es/notas/'))),
      'a Spanish briefing',
    ).toBe(true);
    expect(
      [...reached].some((url) => url.startsWith(local('es/personas/marco-rubio/'))),
      'a Spanish person',
    ).toBe(true);
  });

  it('gives every page one canonical URL, in the trailing-slash style, and one h1', () => {
    expect(site.pages.length).toBeGreaterThan(5);
    for (const page of site.pages) {
      const canonicals = canonicalsOf(page);
      expect(canonicals, page.url).toHaveLength(1);
      expect(byTag(page, 'h1'), page.url).toHaveLength(1);
      const refresh = refreshOf(page);
      const own = refresh ? new URL(refresh, page.url).href : page.url;
      expect(canonicals[0], page.url).toBe(site.siteUrl + own.slice(site.server.home.length));
      if (!page.url.endsWith('404.html')) expect(canonicals[0]).toMatch(/\/$/);
      const duplicateIds = [...page.ids!].filter(([, count]) => count > 1).map(([id]) => id);
      expect(duplicateIds, page.url).toEqual([]);
    }
  });

  it('lists exactly the canonical pages in the sitemap, which robots.txt points to', () => {
    const robots = site.result.files.get(local('robots.txt'))!.body;
    expect(robots).toContain(`Sitemap: ${site.siteUrl}sitemap-index.xml\n`);
    const locs = [...site.result.files.values()]
      .filter((f) => /sitemap-\d+\.xml$/.test(f.url))
      .flatMap((f) => [...f.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    // Every page but the redirects (noindex) and both editions' 404 pages.
    const canonicalPages = site.pages
      .filter((p) => !refreshOf(p) && !/\/(404\.html|es\/404\/)$/.test(p.url))
      .map((p) => canonicalsOf(p)[0]!);
    expect(locs.sort()).toEqual([...new Set(canonicalPages)].sort());
  });

  it('allows inline styles and scripts by hash only, and writes _headers with the same policy plus frame-ancestors', () => {
    const headers = readFileSync(join(site.outDir, '_headers'), 'utf8');
    const [pattern, ...lines] = headers.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(pattern).toBe(`${deployment.base}*`);
    const header = Object.fromEntries(
      lines.map(
        (l) =>
          l
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
    );
    expect(header['X-Content-Type-Options']).toBe('nosniff');
    expect(header['Referrer-Policy']).toBeTruthy();
    const headerCsp = parseCsp(header['Content-Security-Policy']!);
    expect(headerCsp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header['Content-Security-Policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

    for (const page of site.pages) {
      const metas = metaCspOf(page);
      expect(metas, page.url).toHaveLength(1);
      const csp = parseCsp(metas[0]!.attribs.content!);
      expect(metas[0]!.attribs.content, page.url).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // Pagefind runs WebAssembly: only the search pages (one per edition) may allow it.
      if (!/\/(search|es\/buscar)\/$/.test(page.url))
        expect(metas[0]!.attribs.content, page.url).not.toMatch(/wasm-unsafe-eval/);
      for (const [directive, sources] of csp)
        expect(headerCsp.get(directive), directive).toEqual(expect.arrayContaining(sources));
      for (const [tag, directive] of [
        ['style', 'style-src'],
        ['script', 'script-src'],
      ] as const) {
        // JSON-LD is a data block, never run, and so not governed by script-src.
        const runs = (e: { attribs: Record<string, string> }) =>
          !e.attribs.src && e.attribs.type !== 'application/ld+json';
        for (const el of byTag(page, tag).filter(runs))
          expect(csp.get(directive), `${page.url} inline <${tag}>`).toContain(sha256(DomUtils.textContent(el)));
      }
      expect(
        all(page, (el) => el.attribs.style !== undefined),
        `${page.url}: style="" needs 'unsafe-inline'`,
      ).toEqual([]);
    }
  });

  it('marks every link to another site rel="noopener noreferrer"', () => {
    for (const link of [...site.result.external, ...site.redirects.external])
      expect(link.rel, `${link.href} on ${link.from}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  it('has no javascript: or data: URL in any file', () => {
    for (const file of filesIn(site.outDir)) {
      const text = readFileSync(join(site.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/javascript:/i);
      // In a script a URL is a string literal; `data:` after a comma there is an object key.
      const dataUrl = file.endsWith('.js') ? /["'`]\s*data:[a-z]/i : /(^|["'(=,\s])\s*data:[a-z]/i;
      expect(text, file).not.toMatch(dataUrl);
    }
  });

  it('gives every section heading of a briefing an id and a visible link to itself', () => {
    const briefings = site.pages.filter((p) => /\/briefings\/[^/]+\/$/.test(p.url) && !refreshOf(p));
    expect(briefings.length).toBeGreaterThan(1);
    for (const page of briefings) {
      const headings = all(page, (el) => /^h[23]$/.test(el.name) && el.attribs.class !== 'card-title');
      expect(headings.length, page.url).toBeGreaterThan(1);
      for (const heading of headings) {
        const id = heading.attribs.id;
        const text = DomUtils.textContent(heading);
        expect(id, `${page.url}: ${text}`).toMatch(/^[a-z0-9-]+$/);
        const link = DomUtils.nextElementSibling(heading);
        expect(link?.name, `${page.url}#${id}`).toBe('a');
        expect(link?.attribs.href).toBe(`#${id}`);
        expect(DomUtils.textContent(link!)).toContain(text.trim());
      }
    }
  });

  it('serves its 404 page, with status 404, for an address that does not exist', async () => {
    const response = await fetch(local('briefings/no-such-briefing/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});

describe('renamed briefings and Markdown links (fixture under /news/mx/)', { timeout: 60_000 }, () => {
  const base = '/news/mx/';
  const site = deploy({ name: 'fixture', base, contentDir: fixture });
  const page = (path: string) => site.pages.find((p) => p.url === site.server.home + path)!;

  it('makes a redirect page at each old slug: meta refresh, canonical and a plain link to the briefing', () => {
    const target = `${base}briefings/fixture-renamed-briefing/`;
    for (const alias of ['fixture-old-slug', 'fixture-older-slug']) {
      const redirect = page(`briefings/${alias}/`);
      expect(redirect, alias).toBeDefined();
      expect(refreshOf(redirect)).toBe(target);
      expect(canonicalsOf(redirect)).toEqual([`${SITE_URL}${target}`]);
      expect(all(redirect, (el) => el.name === 'a' && el.attribs.href === target)).toHaveLength(1);
      expect(all(redirect, (el) => el.name === 'meta' && el.attribs.name === 'robots')[0]?.attribs.content).toBe(
        'noindex',
      );
    }
  });

  it('makes no page for a draft nor for its old slug', async () => {
    for (const path of ['briefings/fixture-draft-briefing/', 'briefings/fixture-draft-old-slug/'])
      expect((await fetch(site.server.home + path)).status, path).toBe(404);
  });

  it('puts the base path on root-relative links written in Markdown, with the trailing slash', () => {
    const body = all(page('briefings/fixture-renamed-briefing/'), (el) => el.attribs.class === 'briefing-body')[0]!;
    const hrefs = DomUtils.findAll((el) => el.name === 'a' && el.attribs.class !== 'heading-link', body).map((a) => [
      DomUtils.textContent(a),
      a.attribs.href,
      a.attribs.rel,
    ]);
    expect(hrefs).toEqual([
      ['migration topic', `${base}topics/migration/`, undefined],
      ['cartels topic', `${base}topics/cartels/`, undefined],
      ['what was said', `${base}briefings/fixture-second-briefing/#what-was-said`, undefined],
      ['background below', '#background', undefined],
      ['a report elsewhere', 'https://example.com/report', 'noopener noreferrer'],
    ]);
  });

  it('derives heading ids from their text, unique on the page and clear of the page’s own ids', () => {
    const headings = all(
      page('briefings/fixture-renamed-briefing/'),
      (el) => /^h[23]$/.test(el.name) && el.attribs.class !== 'card-title',
    );
    expect(headings.map((h) => h.attribs.id)).toEqual([
      'in-this-briefing',
      'what-happened',
      'background',
      'details-quoted--punctuated',
      'background-1',
      'sources-1',
      'main-1',
      'sources',
      'cite-this-briefing',
      'more-in-this-topic',
      'related-briefings',
    ]);
  });

  it('dates each sitemap entry from updated, else published; a page listing briefings takes the latest', () => {
    const sitemap = site.result.files.get(site.server.home + 'sitemap-0.xml')!.body;
    const lastmod = (path: string) =>
      new RegExp(`<loc>${SITE_URL}${base}${path}</loc>(?:<lastmod>([^<]+)</lastmod>)?`).exec(sitemap)?.[1];
    expect(lastmod('briefings/fixture-renamed-briefing/')).toMatch(/^2026-01-05/);
    expect(lastmod('briefings/fixture-second-briefing/')).toMatch(/^2026-01-04/);
    expect(lastmod('topics/cartels/')).toMatch(/^2026-01-05/);
    expect(lastmod('')).toMatch(/^2026-01-05/);
    expect(sitemap).toContain(`<loc>${SITE_URL}${base}topics/extradition/</loc>`);
    expect(lastmod('topics/extradition/')).toBeUndefined();
  });
});

describe('reproducible output', { timeout: 120_000 }, () => {
  const site = deploy({ name: 'content', base: '/briefings-mx/' });

  it('two builds of the same commit are byte-identical, file by file', () => {
    const hashes = (dir: string) =>
      Object.fromEntries(
        filesIn(dir).map((f) => [
          f,
          createHash('sha256')
            .update(readFileSync(join(dir, f)))
            .digest('hex'),
        ]),
      );
    const again = join(work, 'content-again');
    buildSite({ outDir: again, siteUrl: SITE_URL, basePath: '/briefings-mx/' });
    const first = hashes(site.outDir);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(hashes(again)).toEqual(first);
  });
});
