import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, DomUtils } from 'htmlparser2';
import { headersFile } from '../lib/headers.ts';

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaCsp(html: string): string | undefined {
  // The policy is in the head; parsing only the head keeps this cheap for thousands of pages.
  const headEnd = html.indexOf('</head>');
  const meta = DomUtils.findOne(
    (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
    parseDocument(headEnd === -1 ? html : html.slice(0, headEnd)).children,
  );
  return meta?.attribs.content;
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
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const policy = metaCsp(await readFile(file, 'utf8'));
          if (!policy) throw new Error(`${relative(process.cwd(), file)} has no Content-Security-Policy <meta>`);
          policies.push(policy);
        }
        await writeFile(join(out, '_headers'), headersFile(base, policies));
        logger.info(`_headers written from ${policies.length} pages' policies`);
      },
    },
  };
}
