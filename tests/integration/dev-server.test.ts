import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startDevServer, type DevServer } from '../../scripts/dev-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';
import { parseHtml } from '../helpers/html.ts';

/**
 * `npm run dev` with the live content check: a copy of content/ is served by `astro dev` on a
 * free port; a briefing is broken and fixed while it runs, and the terminal and the page must
 * say so each time, without a restart.
 */
const SLUG = 'rubio-plans-first-mexico-trip';
const contentDir = mkdtempSync(join(tmpdir(), 'dev-content-'));
cpSync('content', contentDir, { recursive: true });
const folder = relative(process.cwd(), contentDir).split('\\').join('/');
const briefingFile = join(contentDir, 'briefings', `${SLUG}.md`);
const original = readFileSync(briefingFile, 'utf8');
let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startDevServer({ contentDir });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(contentDir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(new URL(path, server!.url));
  return { status: response.status, html: await response.text() };
};
/** Waits for a page to be served again after a fix (Astro re-reads the file as the check runs). */
const servedAgain = (path: string) =>
  expect.poll(async () => (await get(path)).status, { timeout: 10_000, message: path }).toBe(200);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('astro dev checks content as it is saved', { timeout: 60_000 }, () => {
  it('serves the briefing while its file is valid', async () => {
    await server!.waitFor(/content checked:\n\d+ files checked: 0 errors/, 30_000);
    const page = await get(`/briefings/${SLUG}/`);
    expect(page.status).toBe(200);
    expect(parseHtml(page.html).querySelector('h1')?.textContent).toBe(
      'Rubio plans first Mexico trip as top US diplomat',
    );
  });

  it('prints a broken field at its file:line:column, and the page shows the error instead of stale content', async () => {
    const from = server!.output().length;
    writeFileSync(briefingFile, original.replace('kind: news', 'kind: opinion'));
    const line = `${folder}/briefings/${SLUG}.md:5:1  error  \`kind\` must be one of: news, explainer, analysis, context  (schema/enum)`;
    await server!.waitFor(new RegExp(`^${escape(line)}$`, 'm'), 10_000, from);

    const page = await get(`/briefings/${SLUG}/`);
    expect(page.status).toBe(500);
    const doc = parseHtml(page.html);
    expect(doc.querySelector('h1')?.textContent).toBe('This page’s content has 1 error');
    expect(doc.querySelector('.where')?.textContent).toBe(`${folder}/briefings/${SLUG}.md:5:1`);
    expect(doc.querySelector('.message')?.textContent).toBe(
      '`kind` must be one of: news, explainer, analysis, context',
    );
    // Other pages are still served.
    await servedAgain('/briefings/rubio-says-more-work-to-do-on-migration/');
  });

  it('brings the page back once the file is fixed, without a restart', async () => {
    const from = server!.output().length;
    writeFileSync(briefingFile, original);
    await server!.waitFor(new RegExp(`^${escape(`${folder}/briefings/${SLUG}.md:5:1  fixed  `)}`, 'm'), 10_000, from);
    await servedAgain(`/briefings/${SLUG}/`);
    const page = await get(`/briefings/${SLUG}/`);
    expect(parseHtml(page.html).querySelector('h1')?.textContent).toBe(
      'Rubio plans first Mexico trip as top US diplomat',
    );
  });

  it('shows a cross-file error too: a topic named in a briefing that has no file', async () => {
    const from = server!.output().length;
    writeFileSync(briefingFile, original.replace('topics: [cartels,', 'topics: [cartel,'));
    await server!.waitFor(/did you mean "cartels"\?  \(unknown-topic\)$/m, 10_000, from);
    const page = await get(`/briefings/${SLUG}/`);
    expect(page.status).toBe(500);
    expect(parseHtml(page.html).querySelector('.message')?.textContent).toBe(
      '`topics` item 1 names an unknown topic "cartel"; did you mean "cartels"?',
    );
    writeFileSync(briefingFile, original);
    await server!.waitFor(/unknown-topic\)\n\d+ files checked: 0 errors/, 10_000, from);
    await servedAgain(`/briefings/${SLUG}/`);
  });

  it('while a source file has errors, every page shows them, and all come back when it is fixed', async () => {
    const sourceFile = join(contentDir, 'sources', 'afp-rubio-mexico-trip.yaml');
    const source = readFileSync(sourceFile, 'utf8');
    const from = server!.output().length;
    writeFileSync(sourceFile, source.replace('kind: wire report', 'kind: blog'));
    await server!.waitFor(/afp-rubio-mexico-trip\.yaml:2:1  error  `kind` must be one of: wire report/, 10_000, from);
    for (const path of ['/', `/briefings/${SLUG}/`, '/timeline/']) {
      const page = await get(path);
      expect(page.status, path).toBe(500);
      expect(parseHtml(page.html).querySelector('.where')?.textContent).toBe(
        `${folder}/sources/afp-rubio-mexico-trip.yaml:2:1`,
      );
    }
    writeFileSync(sourceFile, source);
    await server!.waitFor(/afp-rubio-mexico-trip\.yaml:2:1  fixed  /, 10_000, from);
    for (const path of ['/', `/briefings/${SLUG}/`, '/timeline/']) await servedAgain(path);
  });

  it('an open page turns into the errors when the file breaks, and back when it is fixed, by itself', async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    // Astro may still be syncing the last test's restored file (or Vite re-optimizing after a code
    // change): open the page until it is served, whole, with its headline.
    const url = new URL(`/briefings/${SLUG}/`, server!.url).href;
    await expect
      .poll(
        async () => {
          const status = (await page.goto(url))?.status();
          return [status, await page.locator('h1').textContent()];
        },
        { timeout: 10_000 },
      )
      .toEqual([200, 'Rubio plans first Mexico trip as top US diplomat']);
    writeFileSync(briefingFile, original.replace('kind: news', 'kind: opinion'));
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('This page’s content has 1 error');
    writeFileSync(briefingFile, original);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Rubio plans first Mexico trip as top US diplomat');
  });
});

describe('astro dev under a base path', { timeout: 60_000 }, () => {
  const baseContent = mkdtempSync(join(tmpdir(), 'dev-content-base-'));
  cpSync('content', baseContent, { recursive: true });
  const file = join(baseContent, 'briefings', `${SLUG}.md`);
  writeFileSync(file, original.replace('kind: news', 'kind: opinion'));
  let based: DevServer | undefined;
  afterAll(async () => {
    await based?.stop();
    rmSync(baseContent, { recursive: true, force: true });
  });

  it('answers the page under the base with its errors, with a reload script the server serves', async () => {
    based = await startDevServer({ contentDir: baseContent, basePath: '/briefings-mx/', timeoutMs: 40_000 });
    expect(based.url).toMatch(/\/briefings-mx\/$/);
    await based.waitFor(/content checked:\n/, 30_000);
    const response = await fetch(new URL(`briefings/${SLUG}/`, based.url));
    expect(response.status).toBe(500);
    const doc = parseHtml(await response.text());
    expect(doc.querySelector('.message')?.textContent).toBe(
      '`kind` must be one of: news, explainer, analysis, context',
    );
    const script = doc.querySelector('script[type=module]')!.getAttribute('src')!;
    expect((await fetch(new URL(script, based.url))).status).toBe(200);
    expect((await fetch(new URL('briefings/rubio-says-more-work-to-do-on-migration/', based.url))).status).toBe(200);
  });
});
