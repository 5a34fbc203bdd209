/**
 * npm run screenshots: photographs a briefing page of the built site (dist/) in light mode,
 * dark mode and on a phone-sized screen, and its Spanish version, into docs/screenshots/*.png, with
 * the system Chromium.
 * Run `npm run build` first; retake after any change to the design.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { serveBuiltSite } from './built-site.ts';

/** A briefing with sections, quotes and a Spanish term: the page the README shows. */
const SLUG = process.argv[2] ?? 'rubio-says-us-guns-arm-mexican-cartels';
/** Its Spanish version, with a quote shown as our translation and the English original. */
const SPANISH_SLUG = process.argv[3] ?? 'rubio-afirma-que-armas-compradas-en-eu-abastecen-a-carteles';
const OUT = 'docs/screenshots';

const shots = [
  { file: 'briefing-light.png', colorScheme: 'light', viewport: { width: 1280, height: 1300 } },
  { file: 'briefing-dark.png', colorScheme: 'dark', viewport: { width: 1280, height: 1300 } },
  { file: 'briefing-phone.png', colorScheme: 'light', viewport: { width: 390, height: 844 }, phone: true },
  { file: 'briefing-es-light.png', colorScheme: 'light', viewport: { width: 1280, height: 1300 }, lang: 'es' },
] as const;

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH (see README.md)');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const site = await serveBuiltSite();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const phone = 'phone' in shot;
    const context = await browser.newContext({
      viewport: shot.viewport,
      colorScheme: shot.colorScheme,
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const path = 'lang' in shot ? site.urls.briefing(SPANISH_SLUG, shot.lang) : site.urls.briefing(SLUG);
    const response = await page.goto(site.at(path));
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}; is it built?`);
    // The Spanish page is shown with a translated quote's English original open.
    if ('lang' in shot)
      await page
        .locator('details.quote-original')
        .first()
        .evaluate((d) => d.setAttribute('open', ''));
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    console.log(`${OUT}/${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  site.stop();
}
