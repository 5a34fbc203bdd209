import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readContent } from '../helpers/content.ts';
import { builtPages, preloadsModule, runnableScripts, urls } from './site.ts';

/**
 * The Spanish edition's search (/es/buscar/): its own Pagefind index (the Spanish briefings,
 * stemmed as Spanish), the same topic filters with their Spanish names, every word from the
 * Spanish dictionary; and the English search, which keeps to the English index.
 */
const content = await readContent();
const originals = new Map(content.published.map((b) => [b.id, b]));
const translations = content.translations.filter((t) => !t.data.draft && originals.has(t.data.translationOf));
const spanishTitle = new Map(translations.map((t) => [urls.briefing(t.id, 'es'), t.data.title]));
const inTopic = (topic: string) =>
  translations
    .filter((t) => originals.get(t.data.translationOf)!.data.topics.includes(topic))
    .map((t) => urls.briefing(t.id, 'es'));
const resultLinks = (page: import('@playwright/test').Page) =>
  page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

test('búsqueda: type "extradición", get Spanish briefings, keep it in the URL, reach one', async ({ page }) => {
  await page.goto(urls.search('es'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('Buscar');
  await page.getByLabel('Buscar en las notas').fill('extradición');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ notas? para “extradición”\.$/);
  await expect(page).toHaveURL(`${urls.search('es')}?q=${encodeURIComponent('extradición')}`);
  const hrefs = await resultLinks(page);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect([...spanishTitle.keys()], href).toContain(href);
  await expect(page.locator('#search-results li').first().locator('mark').first()).toContainText(/extradi/i);
  const first = page.locator('#search-results li h2 a').first();
  const title = (await first.textContent())!;
  expect(title).toBe(spanishTitle.get(hrefs[0]!));
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('búsqueda: the same word without its accent finds the same briefings', async ({ page }) => {
  await page.goto(`${urls.search('es')}?q=${encodeURIComponent('extradición')}`);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ notas? para/);
  const accented = (await resultLinks(page)).sort();
  await page.goto(`${urls.search('es')}?q=extradicion`);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ notas? para “extradicion”\.$/);
  expect((await resultLinks(page)).sort()).toEqual(accented);
});

test('búsqueda: a topic filter, named in Spanish, keeps only that topic', async ({ page }) => {
  await page.goto(`${urls.search('es')}?q=Rubio&topic=extradition`);
  await expect(page.getByLabel('Buscar en las notas')).toHaveValue('Rubio');
  const box = page.getByRole('checkbox', { name: 'Extradición' });
  await expect(box).toBeChecked();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ notas? para “Rubio” en Extradición\.$/);
  const filtered = await resultLinks(page);
  expect(filtered.length).toBeGreaterThan(0);
  for (const href of filtered) expect(inTopic('extradition'), href).toContain(href);

  await box.uncheck();
  await expect(page).toHaveURL(`${urls.search('es')}?q=Rubio`);
  await expect(page.locator('#search-status')).not.toHaveText(/ en Extradición/);
  await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(filtered.length);
});

test('the English search finds only English briefings, and the Spanish search only Spanish ones', async ({ page }) => {
  // "Rubio" is in every briefing of both editions.
  await page.goto(`${urls.search()}?q=Rubio`);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ briefings? for “Rubio”\.$/);
  const english = await resultLinks(page);
  expect(english.length).toBe(originals.size);
  for (const href of english) expect(href.startsWith(urls.path('briefings/')), href).toBe(true);

  await page.goto(`${urls.search('es')}?q=Rubio`);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ notas? para “Rubio”\.$/);
  const spanish = await resultLinks(page);
  expect(spanish.length).toBe(translations.length);
  for (const href of spanish) expect(href.startsWith(urls.path('es/notas/')), href).toBe(true);

  // A word only the Spanish briefings hold finds nothing in English.
  await page.goto(`${urls.search()}?q=${encodeURIComponent('extradiciones')}`);
  await expect(page.locator('#search-status')).toHaveText('No briefings for “extradiciones”.');
});

test('búsqueda: the page speaks Spanish, and its header leads to the English search', async ({ page }) => {
  await page.goto(urls.search('es'));
  await expect(page.getByRole('button', { name: 'Buscar' })).toBeVisible();
  await expect(page.locator('fieldset legend')).toHaveText('Solo en estos temas');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Explorar por tema');
  for (const topic of content.topics) {
    await expect(page.getByRole('checkbox', { name: topic.data.es!.name })).toHaveValue(topic.id);
    await expect(page.locator(`main a[href="${urls.topic(topic.data.es!.slug, 'es')}"]`)).toHaveText(
      topic.data.es!.name,
    );
  }
  await expect(page.locator('main')).not.toContainText(/Search|Browse|briefing/);
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('Buscar');
  await page.locator('header a.edition-link').click();
  await expect(page).toHaveURL(urls.search());
  await expect(page.locator('header a.edition-link')).toHaveAttribute('href', urls.search('es'));
});

test.describe('búsqueda sin JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says so in Spanish and lists the Spanish topics', async ({ page }) => {
    await page.goto(urls.search('es'));
    await expect(page.locator('.search-noscript')).toHaveText(/^La búsqueda necesita JavaScript/);
    await expect(page.getByRole('search')).toBeHidden();
    for (const topic of content.topics) {
      const link = page.locator(`main .topic-grid a[href="${urls.topic(topic.data.es!.slug, 'es')}"]`);
      await expect(link).toHaveText(topic.data.es!.name);
      // Its count in Spanish words: the translations whose original is in the topic.
      const n = translations.filter((t) => originals.get(t.data.translationOf)!.data.topics.includes(topic.id)).length;
      await expect(link.locator('xpath=..').locator('.count')).toHaveText(n === 1 ? '1 nota' : `${n} notas`);
    }
  });
});

test('the two search pages are the only pages that load JavaScript', () => {
  const withScript = builtPages().filter(({ file }) => {
    const html = readFileSync(file, 'utf8');
    return runnableScripts(html).length > 0 || preloadsModule(html);
  });
  expect(withScript.map((p) => p.url)).toEqual([urls.search('es'), urls.search()]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violations on the Spanish search with its results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${urls.search('es')}?q=${encodeURIComponent('extradición')}&topic=extradition`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
}
