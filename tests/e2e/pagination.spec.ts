import { frontmatterOf } from '../helpers/content.ts';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, serveSite, type Served } from '../helpers/build.ts';
import { writeCorpus } from '../../scripts/corpus.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { listingPages, topicListingPages } from './site.ts';

/**
 * The listings of a large corpus (scripts/corpus.ts, 240 briefings over 8 topics, with timeline
 * entries and quotes) built once under a subpath: topic pages, the timeline and a person's quotes
 * run over pages of 25 (the README's figure, written here as a literal), linked with rel="prev"/"next", and every item is on exactly one page.
 */
test.describe.configure({ mode: 'default' });

const BASE = '/big/';
const urls = createUrls(BASE);
let served: Served;
let work: string;
interface CorpusBriefing {
  slug: string;
  published: string;
  topics: string[];
  quotes?: { speaker: string; text: string }[];
  timeline?: { id: string; date: string }[];
}
let briefings: CorpusBriefing[];
let people: string[];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'briefings-pages-'));
  const content = join(work, 'content');
  writeCorpus(content, 240, 7);
  people = readdirSync(join(content, 'people')).map((name) => name.replace(/\.yaml$/, ''));
  briefings = readdirSync(join(content, 'briefings')).map((name) => {
    const text = readFileSync(join(content, 'briefings', name), 'utf8');
    const data = frontmatterOf(text) as Omit<CorpusBriefing, 'slug'>;
    return { ...data, slug: name.replace(/\.md$/, ''), published: String(data.published) };
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
  expect(expected.length).toBeGreaterThan(2 * 25);

  const pages = await topicListingPages(page, `${served.origin}${urls.topic(topic)}`);
  expect(pages.length).toBe(Math.ceil(expected.length / 25));
  for (const cards of pages) expect(cards.length).toBeLessThanOrEqual(25);
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

/** The corpus's briefings newest first, as every listing orders them (published, then slug). */
const newestFirst = (list: CorpusBriefing[]) =>
  [...list].sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));

/** Each timeline page's entries: their ids and the dates they show. */
const timelinePages = (page: import('@playwright/test').Page) =>
  listingPages(page, `${served.origin}${urls.timeline()}`, (p) =>
    p
      .locator('li.timeline-entry')
      .evaluateAll((items) =>
        items.map((li) => ({ id: li.id, date: li.querySelector('time')?.getAttribute('datetime') ?? '' })),
      ),
  );

test('the timeline runs over pages in date order, each entry on exactly one page', async ({ page }) => {
  const expected = briefings.flatMap((b) => (b.timeline ?? []).map((entry) => entry.id));
  expect(expected.length).toBeGreaterThan(25);

  const pages = await timelinePages(page);
  expect(pages.length).toBe(Math.ceil(expected.length / 25));
  for (const entries of pages) expect(entries.length).toBeLessThanOrEqual(25);
  const shown = pages.flat();
  expect(shown.map((e) => e.id).sort()).toEqual([...expected].sort());
  const dates = shown.map((e) => e.date);
  expect(dates.every(Boolean)).toBe(true);
  expect(dates).toEqual([...dates].sort());
});

test('a briefing’s timeline link lands on the page that holds the entry, with the entry in view', async ({ page }) => {
  const pages = await timelinePages(page);
  const pageOf = new Map(pages.flatMap((entries, i) => entries.map((e) => [e.id, i + 1] as const)));
  // An entry on the last page, and one on the first, reached from their briefings.
  const targets = [pages.at(-1)!.at(-1)!.id, pages[0]![0]!.id];
  expect(pageOf.get(targets[0]!)).toBeGreaterThan(1);
  for (const id of targets) {
    const briefing = briefings.find((b) => b.timeline?.some((e) => e.id === id))!;
    await page.goto(`${served.origin}${urls.briefing(briefing.slug)}`);
    await page.getByRole('region', { name: 'On the timeline' }).locator(`a[href$="#${id}"]`).click();
    await expect(page).toHaveURL(`${served.origin}${urls.timelinePage(pageOf.get(id)!, id)}`);
    await expect(page.locator(`li[id="${id}"]`)).toBeInViewport();
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
      'href',
      `https://briefings.example${urls.timelinePage(pageOf.get(id)!)}`,
    );
  }
});

test('a person’s quotations run over pages newest first, each once, with the briefings of each page', async ({
  page,
}) => {
  const person = 'official-one';
  const quoted = newestFirst(briefings).flatMap((b) =>
    (b.quotes ?? []).filter((q) => q.speaker === person).map((q) => ({ text: q.text, href: urls.briefing(b.slug) })),
  );
  expect(quoted.length).toBeGreaterThan(25);
  const publishedAt = new Map(briefings.map((b) => [urls.briefing(b.slug), b.published]));

  // The corpus's quotations are random stretches of its sources, so a shorter one can fall inside
  // a longer one: the page then shows it under that passage, as its extract.
  const pages = await listingPages(page, `${served.origin}${urls.person(person)}`, async (p) => ({
    passages: await p.locator('.person-quotes > li').evaluateAll((items) =>
      items.map((li) => {
        const hrefs = (node: Element | null) =>
          [...(node?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!);
        return {
          text: li.querySelector('blockquote')!.textContent!.trim(),
          hrefs: hrefs(li.querySelector('.quote-briefing')),
          extracts: [...li.querySelectorAll('.quote-extracts > li')].map((x) => ({
            text: x.querySelector('q')!.textContent!.trim(),
            hrefs: hrefs(x),
          })),
        };
      }),
    ),
    briefings: await p
      .getByRole('region', { name: /^Briefings that quote/ })
      .locator('article.card h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
    url: p.url(),
  }));
  expect(pages.map((p) => p.url)).toEqual(pages.map((_, i) => `${served.origin}${urls.personPage(person, i + 1)}`));
  pages.slice(0, -1).forEach((p) => expect(p.passages).toHaveLength(25));
  expect(pages.at(-1)!.passages.length).toBeLessThanOrEqual(25);

  // Every citation is shown exactly once, as a passage or as an extract, linking its briefing.
  const shown = pages.flatMap((p) => p.passages.flatMap((x) => [x, ...x.extracts]));
  expect(new Set(shown.map((x) => x.text)).size).toBe(shown.length);
  const citations = (x: { text: string; hrefs: string[] }) => x.hrefs.map((href) => `${href} ${x.text}`);
  expect(shown.flatMap(citations).sort()).toEqual(quoted.map((q) => `${q.href} ${q.text}`).sort());

  for (const p of pages) {
    // The page's briefings are those its quotations cite, each once.
    const cited = new Set(p.passages.flatMap((x) => [...x.hrefs, ...x.extracts.flatMap((e) => e.hrefs)]));
    expect([...p.briefings].sort()).toEqual([...cited].sort());
  }
  // Newest first by the day a briefing first quoted the passage (or an extract of it).
  const firstQuoted = pages
    .flatMap((p) => p.passages)
    .map((x) => [...x.hrefs, ...x.extracts.flatMap((e) => e.hrefs)].map((h) => publishedAt.get(h)!).sort()[0]!);
  expect(firstQuoted).toEqual([...firstQuoted].sort().reverse());
});

test('the people index lists everyone quoted, on one page while they fit', async ({ page }) => {
  await page.goto(`${served.origin}${urls.people()}`);
  expect(people.length).toBeLessThanOrEqual(25);
  const listed = await page
    .locator('.people-index h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(people.map((id) => urls.person(id)).sort());
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Pages of people' })).toHaveCount(0);
});

test('pages with page links have no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
  const paged = [urls.topicPage('cartels', 2), urls.timelinePage(2), urls.personPage('official-one', 2)];
  for (const path of paged)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${served.origin}${path}`);
      await expect(page.locator('nav.pager a[rel="next"], nav.pager a[rel="prev"]').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${path} (${colorScheme}) ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    }
});
