/**
 * Builds the Pagefind search index of a built site into <site>/pagefind/. Only briefing pages
 * are indexed: they alone mark their content with data-pagefind-body, and tag their topics with
 * data-pagefind-filter="topic:<id>" for the search page's topic filters. Each edition gets an
 * index of its own: Pagefind splits the pages by their `<html lang>` and stems each language as
 * it is written, and the search script loads the index of its own page's `<html lang>`, so the
 * English search finds only English briefings and the Spanish search only Spanish ones.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EDITION_PATHS } from '../src/lib/urls.ts';
import { LANGUAGES } from '../src/schemas/edition.ts';

/** Pagefind's ready-made interfaces, which the site does not use: its search pages have their own. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** The briefing pages of every edition, as a glob over the built site: `{briefings/,es/notas/}*\/index.html`. */
const BRIEFING_PAGES = `{${LANGUAGES.map((lang) => EDITION_PATHS[lang].briefings).join(',')}}*/index.html`;

/** Indexes the site; says how many HTML pages Pagefind read and how many it indexed (the briefings of both editions). */
export async function buildSearchIndex(siteDir: string): Promise<{ read: number; indexed: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
    // Only briefing pages carry data-pagefind-body: reading the others would index nothing.
    const added = await index.addDirectory({ path: siteDir, glob: BRIEFING_PAGES });
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
