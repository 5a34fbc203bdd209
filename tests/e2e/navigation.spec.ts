import { frontmatterOf } from '../helpers/content.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { listContentFiles } from '../../src/checker/index.ts';
import { builtBriefingSlugs, topicListingPages, urls } from './site.ts';

const root = process.cwd();
const files = await listContentFiles(`${root}/content`, root);
const frontmatter = async (path: string) =>
  frontmatterOf(await readFile(path, 'utf8')) as {
    title: string;
    kind: string;
    topics: string[];
    draft?: boolean;
  };
const briefings = await Promise.all(
  files.filter((f) => f.collection === 'briefings').map(async (f) => ({ slug: f.id, ...(await frontmatter(f.path)) })),
);
const published = briefings.filter((b) => !b.draft);

async function noScripts(page: Page) {
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
}

test('home → topic → briefing → back to the topic', async ({ page }) => {
  await page.goto(urls.home());
  await expect(page.locator('h2', { hasText: 'Latest briefings' })).toBeVisible();
  await noScripts(page);

  await page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'Migration' }).click();
  await expect(page).toHaveURL(urls.topic('migration'));
  await expect(page.locator('h1')).toHaveText('Migration');

  const first = page.locator('article.card h3 a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(
    page.getByRole('navigation', { name: 'Topics of this briefing' }).getByRole('link', { name: 'Migration' }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Topics of this briefing' })
    .getByRole('link', { name: 'Migration' })
    .click();
  await expect(page).toHaveURL(urls.topic('migration'));
  await expect(page.locator('h1')).toHaveText('Migration');
});

test('every briefing is reachable from each of its topics, and only published ones are built', async ({ page }) => {
  expect(builtBriefingSlugs()).toEqual(published.map((b) => b.slug).sort());
  const topicIds = [...new Set(published.flatMap((b) => b.topics))];
  for (const topic of topicIds) {
    const hrefs = (await topicListingPages(page, urls.topic(topic))).flat();
    const expected = published.filter((b) => b.topics.includes(topic)).map((b) => urls.briefing(b.slug));
    expect(hrefs.sort(), topic).toEqual(expected.sort());
  }
});

test('topic pages list their briefings newest first, with dates in <time>', async ({ page }) => {
  await page.goto(urls.topic('cartels'));
  const days = await page
    .locator('article.card time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort().reverse()).toEqual(days);
});

test('the topics index lists every topic with its description and count', async ({ page }) => {
  await page.goto(urls.topics());
  for (const id of ['cartels', 'weapons-flow', 'migration', 'extradition']) {
    const count = published.filter((b) => b.topics.includes(id)).length;
    const item = page.locator('.topic-index li').filter({ has: page.locator(`a[href="${urls.topic(id)}"]`) });
    await expect(item.locator('p').first()).not.toBeEmpty();
    await expect(item.locator('.count')).toHaveText(`${count} ${count === 1 ? 'briefing' : 'briefings'}`);
  }
});

test('a briefing opened directly by its URL shows its parts', async ({ page }) => {
  const target = published.find((b) => b.slug === 'rubio-says-us-guns-arm-mexican-cartels') ?? published[0]!;
  const response = await page.goto(urls.briefing(target.slug));
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(target.title);
  await expect(page.locator('.dek')).not.toBeEmpty();
  await expect(page.locator('.briefing-header time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('.sources li').first()).toContainText('AFP');
  await expect(page.locator('figure.quote figcaption').first()).toContainText('US Secretary of State');
  await expect(page.getByRole('heading', { name: 'Related briefings' })).toBeVisible();
  await noScripts(page);
});

test('an analysis briefing is labelled as analysis', async ({ page }) => {
  const analysis = published.find((b) => b.kind === 'analysis');
  expect(analysis, 'content/ has an analysis briefing').toBeDefined();
  await page.goto(urls.briefing(analysis!.slug));
  await expect(page.locator('.kind').first()).toHaveText('Analysis');
  await expect(page.locator('.analysis-note')).toContainText('Analysis');
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto(urls.path('briefings/no-such-briefing/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Every topic' }).click();
  await expect(page).toHaveURL(urls.topics());
});
