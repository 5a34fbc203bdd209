import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, urls } from './site.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { keyPaths } from '../../src/i18n/index.ts';

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

test('the Spanish edition has a home, every page type and a page for every translated briefing, each in Spanish', () => {
  expect(spanish.map((p) => p.url)).toEqual(
    expect.arrayContaining([
      urls.home('es'),
      urls.topics('es'),
      urls.topic('carteles', 'es'),
      urls.timeline('es'),
      urls.people('es'),
      urls.person('marco-rubio', 'es'),
      urls.person('claudia-sheinbaum', 'es'),
    ]),
  );
  expect(spanish.filter((p) => p.url.startsWith(urls.path('es/notas/'))).length).toBe(7);
  for (const page of spanish) expect(langOf(page.file), page.url).toBe('es');
  for (const page of pages.filter((p) => !spanish.includes(p))) expect(langOf(page.file), page.url).toBe('en');
});

test('hreflang alternates are reciprocal over every page pair, with x-default the English page', () => {
  const paired = pages.filter((p) => Object.keys(alternatesOf(p.file)).length > 0);
  // Both homes, seven briefing pairs, both topic indexes, four topic pairs, both search pages,
  // both timelines, both people indexes and two people's pages (every listing fits one page).
  expect(paired.length).toBe(2 * (1 + 7 + 1 + 4 + 1 + 1 + 1 + 2));
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
    urls.timeline('es'),
    urls.people(),
    urls.people('es'),
    urls.person('marco-rubio'),
    urls.person('claudia-sheinbaum', 'es'),
    urls.search(),
    urls.search('es'),
    // The 404 pages, at a missing address of each edition.
    ...pages.filter((p) => p.kind === '404').map((p) => p.url),
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

/**
 * The English interface's words: every dictionary string (split at its `{name}` and `#` slots),
 * but the locale codes and the Spanish words of the link to the Spanish edition.
 */
const englishWords = keyPaths(en)
  .filter((key) => !/^(locale|ogLocale|otherEdition\.)/.test(key))
  .map((key) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], en) as string)
  .flatMap((text) => text.split(/\{\w+\}|#/))
  .map((part) => part.trim().replace(/^[,:.·()\s]+|[,:.·()\s]+$/g, ''))
  .filter((part) => /\p{L}{2}/u.test(part));

test('no Spanish page shows an English interface word, quotations marked lang="en" aside', async ({ page }) => {
  expect(englishWords).toEqual(expect.arrayContaining(['Published', 'Pages of', 'Skip to content', 'min read']));
  for (const { url } of spanish) {
    await page.goto(url);
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const marked of body.querySelectorAll('[lang]:not([lang^="es"])')) marked.remove();
      const labels = [...body.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
      return [document.title, body.innerText, ...labels].join('\n');
    });
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = englishWords.filter((words) =>
      new RegExp(`(?<![\\p{L}])${escape(words)}(?![\\p{L}])`, 'u').test(text),
    );
    expect(found, url).toEqual([]);
  }
});

test('the test of English words on Spanish pages can fail: it finds them on an English page', async ({ page }) => {
  await page.goto(urls.person('marco-rubio'));
  const text = await page.evaluate(() => document.body.innerText);
  expect(englishWords.filter((words) => text.includes(words))).toEqual(
    expect.arrayContaining(['People', 'Quotes, newest first', 'Quoted in']),
  );
});

test('a Spanish person page shows each quotation once, translated and marked, with its English original', async ({
  page,
}) => {
  await page.goto(urls.person('marco-rubio', 'es'));
  await expect(page.locator('h1')).toHaveText('Marco Rubio');
  await expect(page.locator('.dek')).toHaveText('Secretario de Estado de Estados Unidos');
  const quotes = page.locator('.person-quotes > li > figure.quote');
  await expect(quotes.first().locator('.own-translation')).toHaveText('(traducción propia)');
  await expect(quotes.first().locator('details.quote-original > p')).toHaveAttribute('lang', 'en');
  const texts = await quotes.locator('blockquote p').allTextContents();
  expect(new Set(texts).size).toBe(texts.length);
  // Every briefing it links to is a Spanish one.
  for (const href of await page.locator('.quote-briefing a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(new RegExp(`^${urls.path('es/notas/')}`));
  await page.goto(urls.person('claudia-sheinbaum', 'es'));
  // Words she said in Spanish are shown as said: no translation mark, no English original.
  const said = page.locator('figure.quote', { hasText: 'mano dura' });
  await expect(said.locator('.own-translation')).toHaveCount(0);
  await expect(said.locator('details')).toHaveCount(0);
});

test('the sitemap lists both editions, each page with the same alternates as its own hreflang links', () => {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
    path: new URL(loc!).pathname,
    alternates: Object.fromEntries(
      [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, code, href]) => [
        code,
        new URL(href!).pathname,
      ]),
    ),
  }));
  expect(entries.filter((e) => e.path.startsWith(urls.home('es'))).length).toBeGreaterThan(0);
  for (const { path, alternates } of entries) {
    const built = byUrl.get(path);
    expect(built, path).toBeDefined();
    expect(alternates, path).toEqual(alternatesOf(built!.file));
  }
  // Every page pair is there, from both sides.
  const paired = pages.filter((p) => Object.keys(alternatesOf(p.file)).length > 0);
  expect(entries.filter((e) => Object.keys(e.alternates).length > 0).length).toBe(paired.length);
});

test('every page of both editions states its language in its JSON-LD, canonical to itself', () => {
  for (const { file, url, kind } of pages) {
    const html = readFileSync(file, 'utf8');
    const data = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as { inLanguage?: string },
    );
    expect(
      data.some((d) => d.inLanguage === langOf(file)),
      url,
    ).toBe(true);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
    if (kind !== '404') expect(new URL(canonical).pathname, url).toBe(url);
  }
});

test('a Spanish page describes its shared picture and names its publisher in Spanish', () => {
  const briefing = spanish.find((p) => p.url.startsWith(urls.path('es/notas/')))!;
  for (const { file, url } of spanish) {
    const html = readFileSync(file, 'utf8');
    expect(/<meta property="og:image:alt" content="([^"]+)"/.exec(html)?.[1], url).toBe(es.socialImageAlt);
  }
  const data = [
    ...readFileSync(briefing.file, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
  ]
    .map((m) => JSON.parse(m[1]!) as { publisher?: { name?: string } })
    .find((d) => d.publisher);
  expect(data?.publisher?.name).toBe('Rubio en México: notas');
});

test('every Spanish briefing ends, as the English one does, with more in its first topic and related briefings, all in Spanish', async ({
  page,
}) => {
  const briefingPages = spanish.filter((p) => p.kind === 'briefing');
  expect(briefingPages.length).toBe(7);
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const briefing of briefingPages) {
    await page.goto(briefing.url);
    const sequence = page.locator('nav.topic-sequence');
    await expect(sequence.locator('h2'), briefing.url).toHaveText(es.briefingSections.sequence);
    await expect(sequence.locator('li.sequence-topic'), briefing.url).toContainText(es.briefing.allInTopic);
    const [topicHref] = await hrefs('nav.topic-sequence li.sequence-topic a');
    expect(topicHref, briefing.url).toMatch(new RegExp(`^${urls.topics('es')}[^/]+/$`));
    expect(byUrl.get(topicHref!)?.kind, `${briefing.url}: ${topicHref}`).toBe('topic');
    // Previous and next are this page's neighbours in the order the Spanish topic page lists them.
    await page.goto(topicHref!);
    const listed = await hrefs('article.card h3 a');
    const at = listed.indexOf(briefing.url);
    expect(at, `${briefing.url} is listed on ${topicHref}`).toBeGreaterThanOrEqual(0);
    await page.goto(briefing.url);
    const items = sequence.locator('li:not(.sequence-topic)');
    const expected = [
      ...(listed[at + 1] ? [[es.briefing.previous, listed[at + 1]]] : []),
      ...(listed[at - 1] ? [[es.briefing.next, listed[at - 1]]] : []),
    ];
    if (expected.length === 0) await expect(items).toHaveText([es.topics.only]);
    else {
      await expect(items, briefing.url).toHaveCount(expected.length);
      for (const [i, [word, href]] of expected.entries()) {
        await expect(items.nth(i), briefing.url).toContainText(word!);
        expect(await hrefs(`nav.topic-sequence li:not(.sequence-topic) >> nth=${i} >> a`)).toEqual([href]);
      }
    }
    const related = page.locator('aside.related');
    await expect(related.locator('h2'), briefing.url).toHaveText(es.briefingSections.related);
    const cards = await hrefs('aside.related article.card h3 a');
    expect(cards.length, briefing.url).toBeGreaterThan(0);
    expect(cards.length, briefing.url).toBeLessThanOrEqual(3);
    expect(cards, briefing.url).not.toContain(briefing.url);
    for (const href of [...cards, ...(await hrefs('nav.topic-sequence li:not(.sequence-topic) a'))]) {
      expect(href, briefing.url).toMatch(new RegExp(`^${urls.path('es/notas/')}`));
      expect(byUrl.get(href)?.kind, `${briefing.url} → ${href}`).toBe('briefing');
    }
    // Not one English word of the English page's ending.
    const ending = (await sequence.innerText()) + (await related.innerText());
    for (const word of [
      en.briefingSections.sequence,
      en.briefingSections.related,
      en.briefing.allInTopic.trim(),
      en.briefing.previous.trim(),
      en.briefing.next.trim(),
    ])
      expect(ending, briefing.url).not.toContain(word);
    await expect(related.locator('time').first()).toContainText(/de noviembre de 2026/);
  }
});

test('the dateline keeps a space between its words and the date, in both editions', async ({ page }) => {
  await page.goto(urls.briefing('rubio-says-us-guns-arm-mexican-cartels'));
  await expect(page.locator('.dateline')).toHaveText(/^Published 23 November 2026 · \d+ min read$/);
  await page.goto(urls.briefing('rubio-afirma-que-armas-compradas-en-eu-abastecen-a-carteles', 'es'));
  await expect(page.locator('.dateline')).toHaveText(/^Publicado 30 de noviembre de 2026 · \d+ min de lectura$/);
});
