/**
 * node scripts/screenshot-preview-error.ts: photographs what `npm run dev` shows for a briefing
 * whose file has an error, for the README (docs/screenshots/preview-error.png). It starts the
 * dev server on a free port over content/, gives one briefing a `kind` the schema does not
 * allow and a misspelt topic, takes the picture with the system Chromium, and puts the file back as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startDevServer } from './dev-server.ts';

const SLUG = 'rubio-plans-first-mexico-trip';
const OUT = 'docs/screenshots/preview-error.png';

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH (see README.md)');
  process.exit(1);
}
const contentDir = resolve('content');
const file = join(contentDir, 'briefings', `${SLUG}.md`);
const original = readFileSync(file, 'utf8');
const restore = () => writeFileSync(file, original);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    restore();
    process.exit(1);
  });

const server = await startDevServer({ contentDir });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  await server.waitFor(/content checked:/, 30_000);
  const from = server.output().length;
  writeFileSync(file, original.replace('kind: news', 'kind: opinion').replace('topics: [cartels,', 'topics: [cartel,'));
  await server.waitFor(/\(unknown-topic\)/, 10_000, from);
  const page = await browser.newPage({ viewport: { width: 1000, height: 420 }, colorScheme: 'light' });
  const response = await page.goto(new URL(`briefings/${SLUG}/`, server.url).href);
  if (response?.status() !== 500) throw new Error(`expected the error page, got HTTP ${response?.status()}`);
  await page.screenshot({ path: OUT });
  console.log(OUT);
} finally {
  restore();
  await browser.close();
  await server.stop();
}
