import { expect, test } from '@playwright/test';
import { readContent } from '../helpers/content.ts';
import { urls } from './site.ts';

const content = await readContent();
const published = content.published;
const titleOf = new Map(published.map((b) => [b.id, b.data.title]));
const timelineEntries = published.flatMap((b) => (b.data.timeline ?? []).map((entry) => ({ entry, briefing: b })));

test('search: type "extradition", see results in the URL, and reach a briefing', async ({ page }) => {
  await page.goto(urls.search());
  await page.getByLabel('Search the briefings').fill('extradition');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ briefings? for “extradition”\.$/);
  await expect(page).toHaveURL(`${urls.search()}?q=extradition`);
  const first = page.locator('#search-results li h2 a').first();
  await expect(page.locator('#search-results li').first().locator('mark').first()).toContainText(/extradit/i);
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  expect([...titleOf.values()]).toContain(title);
});

test('search: a shared URL runs its search, and a topic filter keeps only that topic', async ({ page }) => {
  await page.goto(`${urls.search()}?q=extradition&topic=migration`);
  await expect(page.getByLabel('Search the briefings')).toHaveValue('extradition');
  await expect(page.getByRole('checkbox', { name: 'Migration' })).toBeChecked();
  await expect(page.locator('#search-status')).toHaveText(/ in Migration\.$/);
  const hrefs = await page
    .locator('#search-results li h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const inMigration = published.filter((b) => b.data.topics.includes('migration')).map((b) => urls.briefing(b.id));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(inMigration).toContain(href);

  await page.getByRole('checkbox', { name: 'Migration' }).uncheck();
  await expect(page).toHaveURL(`${urls.search()}?q=extradition`);
  await expect(page.locator('#search-status')).not.toHaveText(/ in Migration/);
});

for (const [edition, query] of [
  ['en', 'extradition'],
  ['es', 'extradición'],
] as const) {
  test(`search (${edition}): a shared URL fills in its results without moving anything already on screen`, async ({
    page,
  }) => {
    // A phone-sized window, as Lighthouse's mobile run uses: the page and its footer fit on screen.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${urls.search(edition)}?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
}

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says so and lists the topic indexes', async ({ page }) => {
    await page.goto(urls.search());
    await expect(page.locator('.search-noscript')).toContainText('Search needs JavaScript');
    await expect(page.getByRole('search')).toBeHidden();
    for (const topic of content.topics)
      await expect(page.locator(`main a[href="${urls.topic(topic.id)}"]`)).toHaveText(topic.data.name);
  });
});

test('the timeline lists every entry once, each linking to its briefing', async ({ page }) => {
  expect(timelineEntries.length).toBeGreaterThan(0);
  await page.goto(urls.timeline());
  const ids = await page.locator('.timeline-entry').evaluateAll((items) => items.map((li) => li.id));
  expect([...ids].sort()).toEqual(timelineEntries.map(({ entry }) => entry.id).sort());
  for (const { entry, briefing } of timelineEntries) {
    const item = page.locator(`li[id="${entry.id}"]`);
    await expect(item.locator('.timeline-event')).toHaveText(entry.event);
    await expect(item.locator('.timeline-briefing a')).toHaveAttribute('href', urls.briefing(briefing.id));
    if (entry.when) await expect(item.locator('.timeline-when')).toContainText(entry.when, { ignoreCase: true });
  }
  const { entry, briefing } = timelineEntries[0]!;
  await page.locator(`li[id="${entry.id}"] .timeline-briefing a`).click();
  await expect(page.locator('h1')).toHaveText(briefing.data.title);
  await page.getByRole('region', { name: 'On the timeline' }).locator('.briefing-timeline a').first().click();
  // The site's few entries fit on the timeline's first page; tests/e2e/pagination.spec.ts follows links to later pages.
  await expect(page).toHaveURL(urls.timelinePage(1, entry.id));
});

test('the timeline keeps the source’s order: the February tour, Sheinbaum’s remark, the report, the planned trip', async ({
  page,
}) => {
  await page.goto(urls.timeline());
  const rows = await page
    .locator('.timeline > li')
    .evaluateAll((items) => items.map((li) => li.id || `[${li.textContent!.trim()}]`));
  expect(rows).toEqual([
    'february-latin-america-tour',
    'sheinbaum-calls-us-gun-statement-historic',
    '[The AFP wire report (no date given)]',
    'rubio-first-mexico-trip',
  ]);
  await expect(page.locator('li[id="rubio-first-mexico-trip"] .status')).toHaveText('Planned');
  await expect(page.locator('.timeline time')).toHaveCount(0);
});

test('a person’s page lists each of their quotations once, and the briefings that quote them', async ({ page }) => {
  for (const person of content.people) {
    const quoted = published.flatMap((b) =>
      (b.data.quotes ?? []).filter((q) => q.speaker === person.id).map((q) => ({ q, b })),
    );
    await page.goto(urls.person(person.id));
    await expect(page.locator('h1')).toHaveText(person.data.name);
    await expect(page.locator('.dek')).toHaveText(person.data.role);
    // Each quotation once: a passage in a blockquote, a shorter extract of it under it.
    const texts = await page.locator('.person-quotes blockquote, .quote-extracts q').allTextContents();
    expect(texts.map((t) => t.trim()).sort()).toEqual([...new Set(quoted.map(({ q }) => q.text))].sort());
    const briefings = await page
      .getByRole('region', { name: /^Briefings that quote/ })
      .locator('article.card h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(briefings.sort()).toEqual([...new Set(quoted.map(({ b }) => urls.briefing(b.id)))].sort());
  }
});

test('a briefing links its quotes to their speakers, its neighbours in its first topic, and related briefings', async ({
  page,
}) => {
  const b = published.find((x) => x.id === 'rubio-says-us-guns-arm-mexican-cartels')!;
  await page.goto(urls.briefing(b.id));
  await page.locator('figure.quote figcaption a').first().click();
  await expect(page).toHaveURL(urls.person('marco-rubio'));
  await page.goBack();
  const sequence = page.getByRole('navigation', { name: 'More in this topic' });
  await expect(sequence.locator('.sequence-topic a')).toHaveText(
    content.topics.find((t) => t.id === b.data.topics[0])!.data.name,
  );
  await expect(sequence.locator('.sequence-topic a')).toHaveAttribute('href', urls.topic(b.data.topics[0]!));
  const neighbours = await sequence
    .locator('li:not(.sequence-topic) a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(neighbours.length).toBeGreaterThan(0);
  for (const href of neighbours) {
    const id = href!.split('/').filter(Boolean).pop()!;
    expect(published.find((x) => x.id === id)!.data.topics).toContain(b.data.topics[0]);
  }
  const related = page.getByRole('complementary', { name: 'Related briefings' }).locator('article.card');
  await expect(related).toHaveCount(3);
});

test('search: an excerpt is shown as text, never parsed as HTML', async ({ page }) => {
  // A stand-in for the Pagefind bundle whose one result has an excerpt carrying markup.
  const hostile = 'before <img src="x" onerror="window.__ran = 1"><b>bold</b> <mark>hit</mark> &lt;i&gt; after';
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export async function options() {}
export async function search() {
  return { results: [{ data: async () => (${JSON.stringify({ url: '/x/', meta: { title: 'A result' }, excerpt: hostile })}) }] };
}`,
    }),
  );
  await page.goto(`${urls.search()}?q=anything`);
  const excerpt = page.locator('#search-results li p').first();
  await expect(excerpt).toContainText('hit');
  await expect(excerpt.locator('img, b, i')).toHaveCount(0);
  await expect(excerpt.locator('mark')).toHaveText('hit');
  await expect(excerpt).toHaveText('before bold hit <i> after');
  expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
});
