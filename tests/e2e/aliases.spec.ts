import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, serveSite, type Served } from '../helpers/build.ts';

/**
 * A renamed briefing in a real browser: the fixture content (tests/fixtures/deploy), whose
 * briefing fixture-renamed-briefing lists the alias fixture-old-slug, built once under a subpath
 * and served by scripts/serve.ts.
 */
test.describe.configure({ mode: 'default' });

const BASE = '/news/mx/';
let served: Served;
let work: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'briefings-aliases-'));
  buildSite({
    outDir: join(work, 'dist'),
    contentDir: resolve('tests/fixtures/deploy'),
    siteUrl: 'https://briefings.example',
    basePath: BASE,
  });
  served = await serveSite(join(work, 'dist'), BASE);
});

test.afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

test('an old slug’s address lands on the renamed briefing', async ({ page }) => {
  const response = await page.goto(`${served.home}briefings/fixture-old-slug/`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(`${served.home}briefings/fixture-renamed-briefing/`);
  await expect(page.locator('h1')).toHaveText('A renamed fixture briefing');
});

test('an old slug with a #section lands on the briefing, and a section link there works', async ({ page }) => {
  await page.goto(`${served.home}briefings/fixture-older-slug/`);
  await expect(page).toHaveURL(`${served.home}briefings/fixture-renamed-briefing/`);
  await page.getByRole('link', { name: 'what was said' }).click();
  await expect(page).toHaveURL(`${served.home}briefings/fixture-second-briefing/#what-was-said`);
  await expect(page.locator('#what-was-said')).toBeInViewport();
});
