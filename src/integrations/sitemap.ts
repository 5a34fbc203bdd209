import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageSitemapFacts } from '../lib/sitemap.ts';
import { readHead } from './page-head.ts';
import type { SiteUrls } from '../lib/urls.ts';
import { LANGUAGES } from '../schemas/edition.ts';

/**
 * @astrojs/sitemap for this site: `sitemap-index.xml` listing every page under its canonical
 * (directory, trailing-slash) URL, each with what the built page itself declares (lib/sitemap.ts):
 * its `lastmod` (the `lastChanged` day its layout states), its other edition and x-default as
 * `xhtml:link` alternates (the same hreflang links, from lib/counterparts.ts), and nothing for a
 * page that asks not to be indexed (the redirects of renamed briefings), nor for the 404 pages.
 * Non-page files such as robots.txt are left out. No content file is read here: the pages,
 * built from the content model, are its one reader.
 */
export function siteSitemap({ urls }: { urls: SiteUrls }): AstroIntegration {
  let outDir: string | undefined;
  const fileOf = (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname).slice(urls.base.length);
    return join(outDir!, path, 'index.html');
  };
  // The 404 pages are not pages to list, yet they stay crawlable (no noindex), as Lighthouse asks.
  const notFound = new Set(LANGUAGES.map((lang) => urls.notFound(lang)));
  const inner = sitemap({
    namespaces: { news: false, xhtml: true, image: false, video: false },
    filter: (page) => page.endsWith('/') && !notFound.has(new URL(page).pathname),
    serialize: async (item) => {
      const facts = pageSitemapFacts(await readHead(fileOf(item.url)));
      if (!facts.indexable) return undefined;
      return {
        ...item,
        ...(facts.lastmod ? { lastmod: facts.lastmod } : {}),
        ...(facts.alternates.length ? { links: facts.alternates } : {}),
      };
    },
  });
  // @astrojs/sitemap's own hooks, told first where the pages were written.
  return {
    name: 'briefings:sitemap',
    hooks: {
      ...inner.hooks,
      'astro:build:done': (options) => {
        outDir = fileURLToPath(options.dir);
        return inner.hooks['astro:build:done']?.(options);
      },
    },
  };
}
