// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { createUrls } from './src/lib/urls.ts';
import { briefingMarkdown } from './src/lib/markdown.ts';
import { CSP_DIRECTIVES } from './src/lib/headers.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/schemas/edition.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import { asciiDataStore } from './src/integrations/ascii-data-store.ts';

/** Where the site is served: `SITE_URL` (scheme and host) and `BASE_PATH` (a subpath, or "/"). */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** The one URL helper, for this base; src/site/config.ts makes the same from Astro's BASE_URL. */
const urls = createUrls(process.env.BASE_PATH);

export default defineConfig({
  site,
  base: urls.base,
  output: 'static',
  // The editions (src/schemas/edition.ts): English at the root, as every URL shared so far, Spanish
  // under es/. Astro reads each page's edition from its URL (Astro.currentLocale); its own redirects
  // and fallbacks are not used: every page is written by a route of its own.
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || 'dist',
  // scripts/build.ts gives each build the cache folder's astro/; by default Astro's (node_modules/.astro).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Styles inline in each page, so that a page arrives whole in one request. Four pages render at
  // once so that writing one overlaps rendering the next (npm run bench: 2,000 briefings 12.9 s → 11.4 s).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  markdown: {
    processor: satteri({ hastPlugins: [briefingMarkdown(urls)] }),
    // Briefings are prose; Shiki's inline style attributes would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
  security: {
    csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] },
  },
  integrations: [
    buildPhases('first'),
    contentCheck(),
    asciiDataStore(),
    siteSitemap({ urls }),
    securityHeaders(),
    buildPhases('last'),
  ],
  // Pages whose cache key (src/lib/cache-keys.ts) and code are unchanged are copied from the last
  // build (scripts/build.ts keeps the cache and empties it when the code changes).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
});
