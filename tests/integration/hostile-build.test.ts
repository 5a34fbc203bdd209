/**
 * The hostile corpus (tests/fixtures/hostile/) built for real with the checker switched off, so
 * that only the renderer stands between the payloads and the reader, then visited in Chromium:
 * every page stays on its own origin, opens no dialog, asks nothing of another origin, keeps its
 * footer, and its briefing body holds only what the allowlist permits. Every feed parses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build, serveSite, type Served } from '../helpers/build.ts';
import { parseFeedXml } from '../helpers/xml.ts';
import { DomUtils, parseDocument } from 'htmlparser2';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';
import { builtBodyHtml } from '../../src/markdown/allowlist.ts';
import {
  BOM_ALIAS,
  BOM_SLUG,
  FIELDS_SLUG,
  HOSTILE_TEXT,
  IMAGE_SLUG,
  TRANSLATION_SLUG,
  writeHostileCorpus,
} from '../fixtures/hostile/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'briefings-hostile-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const slugs = writeHostileCorpus(content);
let site: Served;
let browser: Browser;

beforeAll(async () => {
  // Its build cache (Astro's content cache with it) is its own, beside its output folder (helpers/build.ts).
  const result = build(content, out, { CONTENT_CHECK: 'skip' });
  expect(result.status, result.output).toBe(0);
  site = await serveSite(out);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Visit {
  url: string;
  dialogs: string[];
  /** Requests to any other origin, and navigations away from the page. */
  elsewhere: string[];
  footer: boolean;
  /** Each element of the briefing body: its tag and attribute names. */
  body: [string, string[]][];
  h1: string;
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const url = new URL(path, site.home).href;
  const dialogs: string[] = [];
  const elsewhere: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('data:') && new URL(target).origin !== site.origin) elsewhere.push(target);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== url) elsewhere.push(`navigated to ${frame.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Long enough for a zero-second refresh or a timer to fire.
    await page.waitForTimeout(300);
    const footer = await page.locator('footer.site-footer').isVisible();
    const body = await page
      .locator('.briefing-body *')
      .evaluateAll((elements) => elements.map((e): [string, string[]] => [e.localName, e.getAttributeNames()]));
    const h1 = (await page.locator('h1').first().textContent()) ?? '';
    return { url: page.url(), dialogs, elsewhere, footer, body, h1 };
  } finally {
    await page.close();
  }
}

const allowed = builtBodyHtml();
const outsideAllowlist = (body: [string, string[]][]) =>
  body.flatMap(([tag, attributes]) => {
    const permitted = allowed.get(tag);
    if (!permitted) return [`<${tag}>`];
    return attributes.filter((a) => !permitted.has(a)).map((a) => `<${tag} ${a}>`);
  });

describe('hostile content, built without the checker', { timeout: 60_000 }, () => {
  it.each(slugs)('briefings/%s/ stays on its origin, within the allowlist, with its footer', async (slug) => {
    const page = await visit(`briefings/${slug}/`);
    expect(page.url).toBe(new URL(`briefings/${slug}/`, site.home).href);
    expect(page.dialogs).toEqual([]);
    expect(page.elsewhere).toEqual([]);
    expect(page.footer).toBe(true);
    expect(page.body.length).toBeGreaterThan(0);
    expect(outsideAllowlist(page.body)).toEqual([]);
  });

  it.each(['', 'topics/cartels/', 'people/claudia-sheinbaum/', 'timeline/', 'topics/'])(
    '/%s, which shows hostile text fields, stays on its origin with its footer',
    async (path) => {
      const page = await visit(path);
      expect([page.dialogs, page.elsewhere, page.footer]).toEqual([[], [], true]);
    },
  );

  it('es/notas/<translation>/, hostile in its fields and its body, stays on its origin, within the allowlist', async () => {
    const page = await visit(`es/notas/${TRANSLATION_SLUG}/`);
    expect([page.dialogs, page.elsewhere, page.footer]).toEqual([[], [], true]);
    expect(page.body.length).toBeGreaterThan(0);
    expect(outsideAllowlist(page.body)).toEqual([]);
    expect(page.h1).toContain('<script>alert(1)</script> & "q"');
  });

  it.each(['es/', 'es/buscar/', 'search/'])('/%s stays on its origin with its footer', async (path) => {
    const page = await visit(path);
    expect([page.dialogs, page.elsewhere, page.footer]).toEqual([[], [], true]);
  });

  it('shows a hostile title as the text it is', async () => {
    const page = await visit(`briefings/${FIELDS_SLUG}/`);
    expect(page.h1).toContain('<script>alert(1)</script> & "q"');
  });

  it('serves a briefing’s local image from the site', async () => {
    const page = await visit(`briefings/${IMAGE_SLUG}/`);
    expect(page.body.filter(([tag]) => tag === 'img')).toEqual([
      ['img', expect.arrayContaining(['src', 'alt', 'width', 'height'])],
    ]);
    expect(page.elsewhere).toEqual([]);
  });

  it('gives a briefing saved with a BOM its lastmod, and leaves its redirect out of the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/briefings/${BOM_SLUG}/</loc><lastmod>2026-01-05`);
    expect(sitemap).not.toContain(BOM_ALIAS);
  });

  it('writes every feed so that it parses, the hostile text intact less what XML cannot carry', () => {
    const feeds = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return feeds(path);
        return ['rss.xml', 'atom.xml', 'feed.json'].includes(entry.name) ? [path] : [];
      });
    const found = feeds(out);
    expect(found.map((f) => relative(out, f))).toEqual(expect.arrayContaining(['rss.xml', 'atom.xml', 'feed.json']));
    const inXml = HOSTILE_TEXT.replace(/[\u0007\u001b]/g, '');
    for (const file of found) {
      const text = readFileSync(file, 'utf8');
      // Each edition's own feeds hold its hostile briefings (the topic feeds of the Spanish edition
      // have none: the corpus's topics have no Spanish version).
      const name = relative(out, file);
      const englishSiteFeed = !name.includes('/');
      if (name.startsWith('es/')) {
        expect(name).toMatch(/^es\/(rss\.xml|atom\.xml|feed\.json)$/);
        if (file.endsWith('.json')) {
          const items = JSON.parse(text).items;
          expect(items.map((i: { title: string }) => i.title)).toEqual([HOSTILE_TEXT]);
          // Every hostile body at once, through the allowlist: no element or attribute outside it.
          const elements = DomUtils.findAll(() => true, parseDocument(items[0].content_html).children).map(
            (e): [string, string[]] => [e.name, Object.keys(e.attribs)],
          );
          expect(elements.length).toBeGreaterThan(0);
          expect(outsideAllowlist(elements)).toEqual([]);
        } else if (file.endsWith('atom.xml'))
          expect(parseFeedXml(text).feed.entry.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual([
            inXml,
          ]);
        else expect(parseFeedXml(text).rss.channel.item.map((i: { title: string }) => i.title)).toEqual([inXml]);
        continue;
      }
      if (file.endsWith('.json')) {
        const json = JSON.parse(text);
        if (!englishSiteFeed) continue;
        expect(json.items.map((i: { title: string }) => i.title)).toContain(HOSTILE_TEXT);
        // An image Astro optimizes is in the feed as the page shows it, at the built file's absolute address.
        const withImage = json.items.find((i: { id: string }) => i.id.endsWith(`/${IMAGE_SLUG}/`));
        const img = /<img alt="The site’s logo, as a chart would be shown" src="([^"]+)">/.exec(withImage.content_html);
        expect(img, withImage.content_html).not.toBeNull();
        // Built without SITE_URL: absolute under the default site, http://localhost:4321.
        expect(img![1]).toMatch(/^http:\/\/localhost:4321\/_astro\/chart\.[\w-]+\.webp$/);
        expect(existsSync(join(out, new URL(img![1]!).pathname))).toBe(true);
      } else {
        const parsed = parseFeedXml(text);
        if (file.endsWith('/atom.xml') && englishSiteFeed)
          expect(parsed.feed.entry.map((e: { title: { '#text': string } }) => e.title['#text'])).toContain(inXml);
      }
    }
  });
});
