import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createUrls } from '../../src/lib/urls.ts';

/** The URLs of the build under test (BASE_PATH as it was built), and what dist/ holds. */
export const urls = createUrls(process.env.BASE_PATH);
export const distDir = process.env.OUT_DIR || 'dist';

/** Slugs of the briefing pages that were built, read from the output folder itself (not the redirects of old slugs). */
export function builtBriefingSlugs(): string[] {
  return readdirSync(join(distDir, 'briefings'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .filter(
      (d) => !readFileSync(join(distDir, 'briefings', d.name, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
    )
    .map((d) => d.name)
    .sort();
}
