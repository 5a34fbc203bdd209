import { DICTIONARIES } from '../../src/i18n/index.ts';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();
/** One page of each kind. */
const samples = [...new Map(pages.map((p) => [p.kind, p])).values()];
const briefing =
  pages.find((p) => p.url.includes('rubio-says-us-guns-arm-mexican-cartels')) ??
  pages.find((p) => p.kind === 'briefing')!;

for (const { url, kind } of samples) {
  test(`${url} (${kind}) fits a 320 px screen without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('a briefing follows the reader’s dark mode setting', async ({ page }) => {
  const background = async () => {
    await page.goto(briefing.url);
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  const luminance = (rgb: string) =>
    rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0) / 3;
  expect(luminance(light)).toBeGreaterThan(200);
  expect(luminance(dark)).toBeLessThan(50);
});

test('a briefing prints without navigation, keeping its sources and citation', async ({ page }) => {
  await page.goto(briefing.url);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-nav', '.topic-links', '.skip-link', '.related'])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  await expect(page.locator('.toc')).toHaveCount(1);
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('.sources li').first()).toBeVisible();
  await expect(page.locator('.citation')).toBeVisible();
});

test('printed links show their address after them, except in-page links and the citation’s own', async ({ page }) => {
  const home = pages.find((p) => p.kind === 'home')!;
  for (const url of [home.url, briefing.url]) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const afters = await page.locator('main a[href]').evaluateAll((links) =>
      links
        .filter((a) => a.getClientRects().length > 0)
        .map((a) => ({
          href: a.getAttribute('href')!,
          cite: !!a.closest('.citation'),
          after: getComputedStyle(a, '::after').content,
        })),
    );
    expect(afters.length, url).toBeGreaterThan(0);
    for (const { href, cite, after } of afters)
      expect(after, href).toBe(href.startsWith('#') || cite ? 'none' : `" (${href})"`);
  }
});

test('Spanish words are marked lang="es" wherever a briefing shows them', async ({ page }) => {
  let found = 0;
  for (const { url } of pages.filter((p) => p.kind === 'briefing')) {
    await page.goto(url);
    const langs = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (/mano dura/i.test(node.textContent ?? ''))
          out.push(node.parentElement!.closest('[lang]')!.getAttribute('lang')!);
      return out;
    });
    found += langs.length;
    expect(
      langs.filter((lang) => lang !== 'es'),
      url,
    ).toEqual([]);
  }
  expect(found, '"mano dura" appears in the briefings').toBeGreaterThan(0);
});

test('a quote’s caption reads as words: speaker, role, where it was said, source', async ({ page }) => {
  await page.goto(briefing.url);
  await expect(page.locator('figure.quote figcaption').first()).toHaveText(
    /^Marco Rubio, US Secretary of State, Testimony to the House Foreign Affairs Committee \(via AFP\)$/,
  );
});

for (const { url, kind, lang } of samples) {
  test(`${url} (${kind}) has one banner, main and footer, site navigation and one h1`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    // Named in the page's own language: "Site", "Sitio".
    await expect(page.getByRole('navigation', { name: DICTIONARIES[lang].nav.label })).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}
