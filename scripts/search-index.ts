/**
 * Builds the Pagefind search index of a built site into <site>/pagefind/. Only briefing pages
 * are indexed: they alone mark their content with data-pagefind-body, and tag their topics with
 * data-pagefind-filter="topic:<id>" for the search page's topic filters.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces, which the site does not use: its search page has its own. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Indexes the site; says how many HTML pages Pagefind read and how many it indexed (the briefings). */
export async function buildSearchIndex(siteDir: string): Promise<{ read: number; indexed: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
    // Only briefing pages carry data-pagefind-body: reading the others would index nothing.
    const added = await index.addDirectory({ path: siteDir, glob: 'briefings/*/index.html' });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    for (const name of readdirSync(written.outputPath)) if (UNUSED.test(name)) rmSync(join(written.outputPath, name));
    const fragments = join(written.outputPath, 'fragment');
    return { read: added.page_count, indexed: existsSync(fragments) ? readdirSync(fragments).length : 0 };
  } finally {
    await pagefind.close();
  }
}
