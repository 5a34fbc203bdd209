import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createUrls } from '../../src/lib/urls.ts';

/** The URLs of the build under test (BASE_PATH as it was built), and what dist/ holds. */
export const urls = createUrls(process.env.BASE_PATH);
export const distDir = process.env.OUT_DIR || 'dist';

/** Whether a built page is the redirect page of a former slug (aliases.spec.ts tests those). */
const isRedirect = (file: string) => readFileSync(file, 'utf8').includes('http-equiv="refresh"');

/** Slugs of the briefing pages that were built, read from the output folder itself (not the redirects of old slugs). */
export function builtBriefingSlugs(): string[] {
  return readdirSync(join(distDir, 'briefings'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .filter((d) => !isRedirect(join(distDir, 'briefings', d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** A page of the built site: its file in dist/, the URL it is served at, its kind and edition. */
export interface BuiltPage {
  file: string;
  url: string;
  kind: 'home' | 'briefing' | 'topics' | 'topic' | 'timeline' | 'people' | 'person' | '404' | 'other';
  lang: 'en' | 'es';
}

/** Each page kind's files, in both editions (English path words, then the Spanish ones). */
const KINDS: [BuiltPage['kind'], RegExp][] = [
  ['home', /^(es\/)?index\.html$/],
  ['404', /^(404\.html|es\/404\/index\.html)$/],
  ['topics', /^(topics|es\/temas)\/index\.html$/],
  ['briefing', /^(briefings|es\/notas)\/[^/]+\/index\.html$/],
  ['topic', /^(topics|es\/temas)\/[^/]+\/(\d+\/)?index\.html$/],
  ['timeline', /^(timeline|es\/cronologia)\/(\d+\/)?index\.html$/],
  ['people', /^(people|es\/personas)\/(\d+\/)?index\.html$/],
  ['person', /^(people|es\/personas)\/[^/]+\/(\d+\/)?index\.html$/],
];

function kindOf(relative: string): BuiltPage['kind'] {
  return KINDS.find(([, pattern]) => pattern.test(relative))?.[0] ?? 'other';
}

/**
 * Every HTML page in the build, with the URL a reader reaches it at (the 404 page at a missing
 * address); redirect pages of former slugs are left out, as a reader never stays on one.
 */
export function builtPages(): BuiltPage[] {
  const found: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(distDir, dir), { withFileTypes: true })) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.html') && !isRedirect(join(distDir, relative))) {
        const kind = kindOf(relative);
        const lang = relative.startsWith('es/') ? 'es' : 'en';
        const url =
          kind === '404'
            ? urls.path(lang === 'es' ? 'es/no-existe/' : 'no-such-page/')
            : urls.path(relative.endsWith('index.html') ? relative.slice(0, -'index.html'.length) : relative);
        found.push({ file: join(distDir, relative), url, kind, lang });
      }
    }
  };
  walk('');
  return found.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * What `read` finds on each page of a listing, page by page: starts at `start` and follows the
 * `<link rel="next">` of each page until the last.
 */
export async function listingPages<T>(
  page: import('@playwright/test').Page,
  start: string,
  read: (page: import('@playwright/test').Page) => Promise<T>,
): Promise<T[]> {
  const pages: T[] = [];
  let next: string | null = start;
  while (next) {
    await page.goto(next);
    pages.push(await read(page));
    // The page has loaded (goto waits for it): a missing rel="next" means the last page. Counting
    // first, rather than waiting briefly for the link, keeps a slow machine from ending the walk early.
    const link = page.locator('head link[rel="next"]');
    const href = (await link.count()) > 0 ? await link.getAttribute('href') : null;
    next = href && new URL(href, page.url()).href;
    if (pages.length > 1000) throw new Error(`${start}: rel="next" never ends`);
  }
  return pages;
}

/** The briefing links of a topic listing, page by page (the hrefs of each page's cards). */
export async function topicListingPages(page: import('@playwright/test').Page, start: string): Promise<string[][]> {
  return listingPages(page, start, (p) =>
    p.locator('article.card h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
  );
}

/** A built page's script elements that run: every one but JSON-LD data (which has no `src`). */
export function runnableScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
  return scripts.filter((attrs) => !/\btype=["']?application\/ld\+json["']?/i.test(attrs) || /\bsrc=/i.test(attrs));
}

/** Whether a built page asks the browser to preload a script module. */
export const preloadsModule = (html: string) => /<link\b[^>]*\brel=["']?modulepreload/i.test(html);
