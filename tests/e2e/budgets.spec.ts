import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, distDir, preloadsModule, runnableScripts, urls } from './site.ts';

/** HTML plus CSS of a briefing page, gzipped: what fits in TCP's first round trip (10 packets). */
const BRIEFING_BUDGET_BYTES = 14 * 1024;

const pages = builtPages();
/** Every page but search (the one page with a script) and the redirects, in both editions. */
const noScriptPages = pages.filter((p) => p.kind !== 'other');

/** The built file an internal URL points at, such as /_astro/site.css → dist/_astro/site.css. */
const fileFor = (href: string) => join(distDir, href.replace(new RegExp(`^${urls.base}`), ''));

test('every page type but search, in both editions, loads no JavaScript and holds no script but JSON-LD', () => {
  for (const lang of ['en', 'es'])
    expect(
      noScriptPages.filter((p) => p.lang === lang).map((p) => p.kind),
      lang,
    ).toEqual(expect.arrayContaining(['home', 'briefing', 'topics', 'topic', 'timeline', 'people', 'person', '404']));
  for (const { file } of noScriptPages) {
    const html = readFileSync(file, 'utf8');
    expect(runnableScripts(html), file).toEqual([]);
    expect(preloadsModule(html), file).toBe(false);
    expect(html, file).not.toMatch(/<link\b[^>]*\bhref=["'][^"']+\.m?js["']/i);
    expect(html, file).not.toMatch(/\son[a-z]+=/i);
  }
});

test(`HTML plus CSS of every briefing page is at most ${BRIEFING_BUDGET_BYTES} bytes gzipped`, () => {
  const briefings = pages.filter((p) => p.kind === 'briefing');
  expect(briefings.filter((p) => p.lang === 'es').length, 'Spanish briefings').toBeGreaterThan(0);
  expect(briefings.filter((p) => p.lang === 'en').length, 'English briefings').toBeGreaterThan(0);
  for (const { file } of briefings) {
    const html = readFileSync(file);
    const stylesheets = [...html.toString('utf8').matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/gi)].map(
      (m) => /\bhref=["']?([^"' >]+)/.exec(m[0])![1]!,
    );
    const bytes = [html, ...stylesheets.map((href) => readFileSync(fileFor(href)))].reduce(
      (sum, content) => sum + gzipSync(content).length,
      0,
    );
    expect(bytes, `${file}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(BRIEFING_BUDGET_BYTES);
  }
});

for (const { url, kind } of pages) {
  test(`${url} (${kind}) requests nothing from another origin${kind === 'other' ? '' : ' and no script'}`, async ({
    page,
    baseURL,
  }) => {
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin)).toEqual([]);
    if (kind !== 'other') expect(requests.filter((r) => r.type === 'script')).toEqual([]);
  });
}
