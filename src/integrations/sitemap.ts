import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { listContentFiles } from '../checker/index.ts';
import { briefingSchema } from '../schemas/index.ts';
import { visibleBriefings, type BriefingLike } from '../lib/briefings.ts';
import { briefingRedirects } from '../lib/redirects.ts';
import { sitemapLastmods } from '../lib/sitemap.ts';
import type { SiteUrls } from '../lib/urls.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';

/** The briefings a production build publishes, read from their frontmatter with the site's schema. */
async function publishedBriefings(contentDir: string): Promise<BriefingLike[]> {
  const files = (await listContentFiles(contentDir, contentDir)).filter((f) => f.collection === 'briefings');
  const schema = briefingSchema();
  const briefings = files.flatMap((file) => {
    const frontmatter = readFrontmatter(readFileSync(file.path, 'utf8'));
    const parsed = frontmatter ? schema.safeParse(parseYaml(frontmatter.yaml)) : undefined;
    // The content checker has refused invalid files before the build started.
    return parsed?.success ? [{ id: file.id, data: parsed.data }] : [];
  });
  return visibleBriefings(briefings, { includeDrafts: false });
}

/**
 * @astrojs/sitemap for this site: `sitemap-index.xml` listing every page under its canonical
 * (directory, trailing-slash) URL with `lastmod` from `lastChanged` (lib/last-changed.ts); redirect pages
 * of renamed briefings, the 404 page and non-page files such as robots.txt are left out.
 */
export function siteSitemap({ contentDir, urls, site }: { contentDir: string; urls: SiteUrls; site: string }) {
  let facts: Promise<{ lastmods: Map<string, string>; redirects: Set<string> }> | undefined;
  const load = () =>
    (facts ??= publishedBriefings(contentDir).then((briefings) => ({
      lastmods: new Map([...sitemapLastmods(briefings, urls)].map(([path, day]) => [urls.absolute(path, site), day])),
      redirects: new Set(briefingRedirects(briefings).map((r) => urls.absolute(urls.briefing(r.from), site))),
    })));
  const integration: AstroIntegration = sitemap({
    namespaces: { news: false, xhtml: false, image: false, video: false },
    filter: (page) => page.endsWith('/'),
    serialize: async (item) => {
      const { lastmods, redirects } = await load();
      if (redirects.has(item.url)) return undefined;
      const lastmod = lastmods.get(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  return integration;
}
