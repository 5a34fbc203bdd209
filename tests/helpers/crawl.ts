/**
 * The project's link checker: crawls a served build from its home page (and robots.txt, the
 * sitemaps and the 404 page) and follows every link, asset, canonical URL and #fragment on the
 * site's origin. Links to other sites are recorded, not fetched. A reference is broken when
 * the server does not answer 200 (a redirect counts: links must already be in the site's URL
 * style), when a page link lacks its trailing slash, when a #fragment names no id on the target
 * page, or when it uses a javascript:, data: or vbscript: URL.
 */
import { parseDocument, DomUtils } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

export interface Reference {
  /** The page or file it is written in. */
  from: string;
  /** As written. */
  href: string;
  /** Where it points, absolute, with the site's URL mapped onto the local server. */
  url: URL;
  /** Where it is written: `a[href]`, `link[rel=canonical]`, `css url()`, `sitemap loc`... */
  kind: string;
}

export interface Broken {
  from: string;
  href: string;
  reason: string;
}

export interface CrawledFile {
  url: string;
  status: number;
  /** For a redirect: where the server sends the browser. */
  location?: string;
  contentType: string;
  body: string;
  /** For HTML: the parsed document. */
  document?: HtmlDocument;
  /** For HTML: every id (and a[name]) on the page, with how many times it occurs. */
  ids?: Map<string, number>;
}

export interface CrawlResult {
  files: Map<string, CrawledFile>;
  references: Reference[];
  external: { from: string; href: string; rel: string[] }[];
  broken: Broken[];
}

export interface CrawlOptions {
  /** Where to start, such as the home page; absolute URLs on the local server. */
  start: string[];
  /** The site's public URL with its base (SITE_URL + BASE_PATH): absolute URLs under it are the site's own. */
  siteUrl: string;
  /** The local server's URL for the same base. */
  localUrl: string;
}

const UNSAFE = /^\s*(javascript|data|vbscript):/i;

/** Elements and attributes that point somewhere, with the kind they are reported as. */
const URL_ATTRIBUTES: [string, string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'poster'],
  ['form', 'action'],
  ['object', 'data'],
];

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

export function refreshUrl(content: string): string | undefined {
  return /url\s*=\s*['"]?([^'"]+)['"]?/i.exec(content)?.[1]?.trim();
}

function cssUrls(css: string): string[] {
  const found = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((m) => m[2]!);
  return [...found, ...imports];
}

export async function crawl({ start, siteUrl, localUrl }: CrawlOptions): Promise<CrawlResult> {
  const local = new URL(localUrl);
  const toLocal = (url: URL) =>
    url.href.startsWith(siteUrl) ? new URL(localUrl + url.href.slice(siteUrl.length)) : url;
  const files = new Map<string, CrawledFile>();
  const references: Reference[] = [];
  const external: CrawlResult['external'] = [];
  const broken: Broken[] = [];
  const queue: string[] = [];
  const queued = new Set<string>();
  const enqueue = (url: URL) => {
    const key = url.href.replace(/#.*$/, '');
    if (!queued.has(key)) {
      queued.add(key);
      queue.push(key);
    }
  };

  const refer = (from: string, href: string, kind: string, element?: HtmlElement) => {
    if (UNSAFE.test(href)) {
      broken.push({ from, href: href.slice(0, 40), reason: `${kind} uses a ${href.trim().split(':')[0]}: URL` });
      return;
    }
    let url: URL;
    try {
      url = toLocal(new URL(href, from));
    } catch {
      broken.push({ from, href, reason: `${kind} is not a valid URL` });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // mailto:, tel:
    if (url.origin !== local.origin) {
      external.push({ from, href, rel: (element?.attribs.rel ?? '').split(/\s+/).filter(Boolean) });
      return;
    }
    if (href.includes('#') && url.hash === '') {
      broken.push({ from, href, reason: `${kind} has an empty #fragment` });
    }
    references.push({ from, href, url, kind });
    enqueue(url);
  };

  for (const url of start) enqueue(new URL(url));
  while (queue.length) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.text();
    const location = response.headers.get('location') ?? undefined;
    const file: CrawledFile = { url, status: response.status, contentType, body, ...(location && { location }) };
    files.set(url, file);
    if (response.status !== 200) continue;

    if (contentType.includes('text/html')) {
      const document = parseDocument(body);
      file.document = document;
      file.ids = new Map();
      for (const el of DomUtils.findAll(() => true, document.children)) {
        const id = el.attribs.id ?? (el.name === 'a' ? el.attribs.name : undefined);
        if (id !== undefined) file.ids.set(id, (file.ids.get(id) ?? 0) + 1);
        for (const [tag, attribute] of URL_ATTRIBUTES) {
          const value = el.attribs[attribute];
          if (el.name !== tag || value === undefined) continue;
          const kind = tag === 'link' ? `link[rel=${el.attribs.rel ?? ''}]` : `${tag}[${attribute}]`;
          refer(url, value, kind, el);
        }
        for (const value of [el.attribs.srcset, el.attribs.imagesrcset]) {
          if (value) for (const src of srcsetUrls(value)) refer(url, src, `${el.name}[srcset]`, el);
        }
        if (el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'refresh') {
          const target = refreshUrl(el.attribs.content ?? '');
          if (target) refer(url, target, 'meta[http-equiv=refresh]', el);
        }
        if (el.name === 'style') for (const src of cssUrls(DomUtils.textContent(el))) refer(url, src, 'style url()');
        if (el.attribs.style) for (const src of cssUrls(el.attribs.style)) refer(url, src, 'style="" url()');
      }
    } else if (contentType.includes('text/css')) {
      for (const src of cssUrls(body)) refer(url, src, 'css url()');
    } else if (contentType.includes('xml')) {
      for (const m of body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) refer(url, m[1]!, 'sitemap <loc>');
    } else if (url.endsWith('/robots.txt')) {
      for (const m of body.matchAll(/^Sitemap:\s*(\S+)/gim)) refer(url, m[1]!, 'robots.txt Sitemap');
    }
  }

  for (const ref of references) {
    const target = files.get(ref.url.href.replace(/#.*$/, ''))!;
    if (target.status !== 200) {
      const where = target.location ? ` to ${target.location}` : '';
      broken.push({ from: ref.from, href: ref.href, reason: `${ref.kind}: HTTP ${target.status}${where}` });
      continue;
    }
    const last = ref.url.pathname.slice(ref.url.pathname.lastIndexOf('/') + 1);
    if (target.contentType.includes('text/html') && last !== '' && !last.endsWith('.html')) {
      broken.push({ from: ref.from, href: ref.href, reason: `${ref.kind}: a page URL without its trailing slash` });
    }
    if (ref.url.hash) {
      const id = decodeURIComponent(ref.url.hash.slice(1));
      if (!target.ids?.has(id))
        broken.push({ from: ref.from, href: ref.href, reason: `${ref.kind}: no id "${id}" on ${target.url}` });
    }
  }
  return { files, references, external, broken };
}
