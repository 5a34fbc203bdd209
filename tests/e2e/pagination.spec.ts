import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildSite, serveSite, type Served } from '../helpers/build.ts';
import { writeCorpus } from '../../scripts/corpus.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { topicListingPages } from './site.ts';

/**
 * Topic pages of a large corpus (scripts/corpus.ts, 240 briefings over 8 topics) built once under
 * a subpath: each topic lists its briefings newest first over pages of PAGE_SIZE, linked with
 * rel="prev"/"next", and every briefing of the topic is on exactly one page.
 */
test.describe.configure({ mode: 'default' });

const BASE = '/big/';
const urls = createUrls(BASE);
let served: Served;
let work: string;
let briefings: { slug: string; published: string; topics: string[] }[];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'briefings-pages-'));
  const content = join(work, 'content');
  writeCorpus(content, 240, 7);
  briefings = readdirSync(join(content, 'briefings')).map((name) => {
    const text = readFileSync(join(content, 'briefings', name), 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { published: string; topics: string[] };
    return { slug: name.replace(/\.md$/, ''), published: String(data.published), topics: data.topics };
  });
  buildSite({ outDir: join(work, 'dist'), contentDir: content, siteUrl: 'https://briefings.example', basePath: BASE });
  served = await serveSite(join(work, 'dist'), BASE);
});

test.afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

test('a long topic is split into pages that together list each of its briefings once, newest first', async ({
  page,
}) => {
  const topic = 'cartels';
  const expected = briefings
    .filter((b) => b.topics.includes(topic))
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);

  const pages = await topicListingPages(page, `${served.origin}${urls.topic(topic)}`);
  expect(pages.length).toBe(Math.ceil(expected.length / PAGE_SIZE));
  for (const cards of pages) expect(cards.length).toBeLessThanOrEqual(PAGE_SIZE);
  expect(pages.flat()).toEqual(expected.map((b) => urls.briefing(b.slug)));
});

test('page 2 links back with rel="prev", marks itself current and is reachable from the page links', async ({
  page,
}) => {
  await page.goto(`${served.origin}${urls.topic('migration')}`);
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  const pager = page.getByRole('navigation', { name: /^Pages of/ });
  await pager.getByRole('link', { name: '2', exact: true }).click();
  await expect(page).toHaveURL(`${served.origin}${urls.topicPage('migration', 2)}`);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', urls.topicPage('migration', 1));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `https://briefings.example${urls.topicPage('migration', 2)}`,
  );
  await expect(pager.locator('a[aria-current="page"]')).toHaveText('2');
  await pager.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL(`${served.origin}${urls.topic('migration')}`);
});

test('the home page stays bounded however many briefings there are', async ({ page }) => {
  await page.goto(served.home);
  expect(await page.locator('article.card').count()).toBeLessThanOrEqual(10);
});
