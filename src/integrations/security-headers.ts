import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import { readHead } from './page-head.ts';
import { headersFile } from '../lib/headers.ts';

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaCsp(html: string): string | undefined {
  // Only the meta element itself is parsed (htmlparser2 decodes its attribute): reading every
  // page's whole head was a second of a 4,000-briefing build.
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy\b[^>]*>/i.exec(html)?.[0];
  if (!tag) return undefined;
  const meta = DomUtils.findOne((el) => el.name === 'meta', parseDocument(tag).children);
  return meta?.attribs.content;
}

/** A page's policy, from its head alone. */
async function pagePolicy(file: string): Promise<string | undefined> {
  return metaCsp(await readHead(file));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Writes `_headers` at the root of the output once every page is written: the CSP of the pages'
 * `<meta>` elements (their hashes merged) plus `frame-ancestors 'none'`, `X-Content-Type-Options`
 * and `Referrer-Policy`. It is generated rather than kept in public/ because the policy must carry
 * the hashes of the inline styles, which change with the stylesheet. A page without a policy
 * fails the build.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefings:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await htmlFiles(out);
        const policies: string[] = new Array(files.length);
        // A few reads in flight at once; each page's policy keeps its place, so the file is stable.
        const READERS = 8;
        await Promise.all(
          Array.from({ length: READERS }, async (_, reader) => {
            for (let i = reader; i < files.length; i += READERS) {
              const policy = await pagePolicy(files[i]!);
              if (!policy)
                throw new Error(`${relative(process.cwd(), files[i]!)} has no Content-Security-Policy <meta>`);
              policies[i] = policy;
            }
          }),
        );
        await writeFile(join(out, '_headers'), headersFile(base, policies));
        logger.info(`_headers written from ${policies.length} pages' policies`);
      },
    },
  };
}
