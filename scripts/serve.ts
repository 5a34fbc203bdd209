/**
 * A plain static file server for a built site, as a static host would serve it:
 * node scripts/serve.ts [DIR] [--port N] [--base /subpath/]   (--port 0: any free port)
 * Files are served under the base path; a missing page gets its edition's 404 page with status 404
 * (DIR/404.html; under es/, the Spanish edition's DIR/es/404/index.html), as the URL helper names them.
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { createUrls, EDITION_PATHS, normalizeBase } from '../src/lib/urls.ts';
import { LANGUAGES, type Language } from '../src/schemas/edition.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT || '4321' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dir = resolve(positionals[0] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run npm run build first`);
  process.exit(1);
}
const base = normalizeBase(values.base);
const files = sirv(dir, { dev: false, etag: true, dotfiles: false });

/** Each edition's 404 page in DIR (a nested one is written as a folder with its index.html). */
const site = createUrls('/');
const notFoundPages = new Map(
  LANGUAGES.map((lang) => {
    const path = site.notFound(lang).slice(1);
    return [lang, join(dir, path.endsWith('/') ? `${path}index.html` : path)] as const;
  }),
);
/** The edition a site path belongs to: the one whose home folder starts it, else the default. */
const editionOf = (path: string): Language =>
  LANGUAGES.find((lang) => EDITION_PATHS[lang].home && path.startsWith(`/${EDITION_PATHS[lang].home}`)) ?? 'en';

function notFound(res: import('node:http').ServerResponse, lang: Language = 'en') {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  const own = notFoundPages.get(lang)!;
  const page = existsSync(own) ? own : notFoundPages.get('en')!;
  res.end(existsSync(page) ? readFileSync(page) : 'Not found');
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (base !== '/' && (url === base.slice(0, -1) || url.startsWith(`${base.slice(0, -1)}?`))) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!url.startsWith(base)) return notFound(res);
  req.url = url.slice(base.length - 1);
  files(req, res, () => notFound(res, editionOf(req.url!)));
});

server.listen(Number(values.port), values.host, () => {
  // With --port 0 the system picks a free port: the line below says which.
  const { port } = server.address() as import('node:net').AddressInfo;
  console.log(`Serving ${dir} at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}${base}`);
});
