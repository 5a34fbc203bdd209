import { expect, test, type Page } from '@playwright/test';
import { builtBriefingSlugs, urls } from './site.ts';

/** Messages the browser logs when the Content Security Policy refuses something. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) found.push(message.text());
  });
  return found;
}

const slug =
  builtBriefingSlugs().find((s) => s === 'what-to-watch-as-rubio-heads-to-mexico') ?? builtBriefingSlugs()[0]!;

test('a section heading has a visible link to itself that the keyboard reaches', async ({ page }) => {
  await page.goto(urls.briefing(slug));
  const heading = page.locator('.briefing-body h2').first();
  const id = await heading.getAttribute('id');
  expect(id).toMatch(/^[a-z0-9-]+$/);
  const link = page.locator(`.briefing-body a.heading-link[href="#${id}"]`);
  await expect(link).toBeVisible();
  await expect(link).toHaveAccessibleName(`Link to this section: ${(await heading.textContent())!.trim()}`);

  let tabs = 0;
  while (!(await link.evaluate((el) => el === document.activeElement)) && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${urls.briefing(slug)}#${id}`);
  await expect(heading).toBeInViewport();
});

test('a shared link to a section opens at that section', async ({ page }) => {
  await page.goto(urls.briefing(slug));
  const last = page.locator('.briefing-body :is(h2, h3)').last();
  const id = await last.getAttribute('id');
  await page.goto(`${urls.briefing(slug)}#${id}`);
  await expect(last).toBeInViewport();
});

test('the Content Security Policy refuses nothing the page uses: its inline stylesheet applies', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto(urls.briefing(slug));
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/style-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.locator('.site-header')).toHaveCSS('display', 'flex');
  await expect(page.locator('.heading-wrapper').first()).toHaveCSS('display', 'flex');
  expect(violations).toEqual([]);
});
