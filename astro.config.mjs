// @ts-check
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

/** Where the site is served: `SITE_URL` (scheme and host) and `BASE_PATH` (a subpath, or "/"). */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || 'dist',
  // Styles inline in each page, so that a page arrives whole in one request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck()],
  devToolbar: { enabled: false },
});
