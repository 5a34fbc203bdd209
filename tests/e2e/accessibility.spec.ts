import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site.ts';

/** WCAG 2.2 AA, as axe-core tags it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPages();

test('every page type is built and checked, in both editions', () => {
  for (const lang of ['en', 'es'] as const) {
    const kinds = new Set(pages.filter((p) => p.lang === lang).map((p) => p.kind));
    for (const kind of ['home', 'briefing', 'topics', 'topic', 'timeline', 'people', 'person', '404'] as const)
      expect(kinds, `${lang} ${kind}`).toContain(kind);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { url, kind } of pages) {
    test(`axe: no WCAG 2.2 AA violations on ${url} (${kind}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }));
      expect(violations).toEqual([]);
      expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(10);
    });
  }
}
