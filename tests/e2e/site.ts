import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createUrls } from '../../src/lib/urls.ts';

/** The URLs of the build under test (BASE_PATH as it was built), and what dist/ holds. */
export const urls = createUrls(process.env.BASE_PATH);
export const distDir = process.env.OUT_DIR || 'dist';

/** Slugs of the briefing pages that were built, read from the output folder itself. */
export function builtBriefingSlugs(): string[] {
  return readdirSync(join(distDir, 'briefings'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
