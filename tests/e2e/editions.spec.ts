import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, urls } from './site.ts';

/** The hreflang alternates a built page declares, by language code, as site paths. */
function alternatesOf(file: string): Record<string, string> {
  const html = readFileSync(file, 'utf8');
  const found: Record<string, string> = {};
  for (const [, code, href] of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    found[code!] = new URL(href!).pathname;
  return found;
}
const langOf = (file: string) => /<html lang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const spanish = pages.filter((p) => p.url.startsWith(urls.home('es')));

test('the Spanish edition has a home and a page for every translated briefing, each in Spanish', () => {
  expect(spanish.map((p) => p.url)).toContain(urls.home('es'));
  expect(spanish.filter((p) => p.url.startsWith(urls.path('es/notas/'))).length).toBe(7);
  for (const page of spanish) expect(langOf(page.file), page.url).toBe('es');
  for (const page of pages.filter((p) => !spanish.includes(p))) expect(langOf(page.file), page.url).toBe('en');
});

test('hreflang alternates are reciprocal over every page pair, with x-default the English page', () => {
  const paired = pages.filter((p) => Object.keys(alternatesOf(p.file)).length > 0);
  // Both homes, seven briefing pairs, both topic indexes, four topic pairs and both search pages.
  expect(paired.length).toBe(2 * (1 + 7 + 1 + 4 + 1));
  for (const page of paired) {
    const alternates = alternatesOf(page.file);
    expect(Object.keys(alternates).sort(), page.url).toEqual(['en', 'es', 'x-default']);
    expect(alternates[langOf(page.file)!], page.url).toBe(page.url);
    expect(alternates['x-default'], page.url).toBe(alternates.en);
    for (const code of ['en', 'es']) {
      const other = byUrl.get(alternates[code]!);
      expect(other, `${page.url} → ${alternates[code]}`).toBeDefined();
      expect(alternatesOf(other!.file), `${alternates[code]} names ${page.url} back`).toEqual(alternates);
    }
  }
});

test('the header link to the other edition leads to the counterpart, or to the other home when there is none', async ({
  page,
}) => {
  const samples = [
    urls.home(),
    urls.home('es'),
    urls.briefing('rubio-plans-first-mexico-trip'),
    urls.briefing('rubio-prepara-su-primera-visita-a-mexico', 'es'),
    urls.topics(),
    urls.topics('es'),
    urls.topic('weapons-flow'),
    urls.topic('trafico-de-armas', 'es'),
    urls.timeline(),
    urls.people(),
    urls.search(),
    urls.search('es'),
  ];
  for (const url of samples) {
    const built = byUrl.get(url)!;
    const lang = langOf(built.file)!;
    const expected = alternatesOf(built.file)[lang === 'en' ? 'es' : 'en'] ?? urls.home(lang === 'en' ? 'es' : 'en');
    await page.goto(url);
    await page.locator('header a.edition-link').click();
    await expect(page, url).toHaveURL(new RegExp(`${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'es' : 'en');
  }
});

test('a Spanish briefing marks its translated quotes and keeps the English original in a details element', async ({
  page,
}) => {
  await page.goto(urls.briefing('rubio-afirma-que-mexico-coopera-mas-en-extradiciones', 'es'));
  const quote = page.locator('figure.quote').first();
  await expect(quote.locator('blockquote')).toContainText('(traducción propia)');
  const original = quote.locator('details[class="quote-original"] p');
  await expect(original).toHaveAttribute('lang', 'en');
  await quote.locator('details summary').click();
  await expect(original).toHaveText(/^They’ve also been increasingly cooperative, more than ever before/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_MX');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'en_GB');
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd!).inLanguage).toBe('es');
  await expect(page.locator('.dateline')).toContainText(/de noviembre de 2026/);
  // No English interface words: the self-links of headings and the skip link speak Spanish.
  await expect(page.locator('body')).not.toContainText('Link to this section');
  await expect(page.locator('.skip-link')).toHaveText('Ir al contenido');
});

test('a missing page under /es/ gets the Spanish 404 page, elsewhere the English one', async ({ page }) => {
  const spanish = await page.goto(urls.path('es/no-existe/'));
  expect(spanish?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
  const english = await page.goto(urls.path('no-such-page/'));
  expect(english?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
