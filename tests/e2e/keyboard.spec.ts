import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './site.ts';

/** What the keyboard has focused: its position among the page's links, and how its focus is drawn. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const links = [...document.querySelectorAll('a[href]')];
    const style = getComputedStyle(el);
    return {
      index: links.indexOf(el),
      label: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} “${el.textContent?.trim().slice(0, 40)}”`,
      className: el.className,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      visible: (() => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
      })(),
    };
  });
}

/** A briefing with a table of contents, so that in-page links are tabbed through too. */
const briefing = builtPages().find(
  (p) => p.kind === 'briefing' && readFileSync(p.file, 'utf8').includes('class="toc"'),
)!;

test(`keyboard only: ${briefing.url} starts with the skip link and reaches every link, focus always visible`, async ({
  page,
}) => {
  await page.goto(briefing.url);
  const linkCount = await page.locator('a[href]').count();
  expect(linkCount).toBeGreaterThan(10);

  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first?.className).toBe('skip-link');
  expect(first?.visible, 'the skip link shows when focused').toBe(true);

  const reached = new Set<number>();
  for (let step = 0, current = first; current && step < linkCount + 20; step++) {
    expect(current.outlineStyle, `focus drawn on ${current.label}`).not.toBe('none');
    expect(current.outlineWidth, `focus outline width on ${current.label}`).toBeGreaterThanOrEqual(2);
    expect(current.visible, `${current.label} is on screen when focused`).toBe(true);
    if (current.index >= 0) {
      if (reached.has(current.index)) break;
      reached.add(current.index);
    }
    await page.keyboard.press('Tab');
    current = await focused(page);
  }
  const all = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a, i) => `${i}: ${a.getAttribute('href')}`));
  expect(all.filter((_, i) => !reached.has(i))).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(briefing.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const next = await focused(page);
  expect(
    await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
    `the next Tab stays in main (${next?.label})`,
  ).toBe(true);
});
