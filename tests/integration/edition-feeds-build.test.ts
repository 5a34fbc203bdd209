/**
 * The Spanish edition's feeds and an optimized image in every feed, read from a real build: the
 * site fixture (tests/fixtures/site) with tests/fixtures/edition-feeds added (Spanish blocks, a
 * briefing with an image Astro optimizes and two translations), built under a subpath. Every feed
 * is parsed as a feed reader would (strict XML, JSON); each Spanish feed declares its language,
 * lists the Spanish briefings at their Spanish addresses, and carries their Spanish bodies and
 * sources; an image reaches the feeds as an <img> at the absolute address of the built file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/html.ts';
import { parseFeedXml } from '../helpers/xml.ts';

const SITE = 'https://example.org';
const BASE = '/sub/';
const ROOT = `${SITE}${BASE}`;
const work = mkdtempSync(join(tmpdir(), 'briefings-edition-feeds-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const file = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  cpSync(resolve('tests/fixtures/site'), content, { recursive: true });
  for (const folder of ['briefings', 'topics', 'sources'])
    cpSync(resolve('tests/fixtures/edition-feeds', folder), join(content, folder), { recursive: true });
  cpSync(resolve('public/logo.png'), join(content, 'briefings/images/chart.png'));
  const result = build(content, out, { SITE_URL: SITE, BASE_PATH: BASE });
  expect(result.status, result.output).toBe(0);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Spanish briefings, newest first, with what their items must say. */
const NEWEST = [
  {
    slug: 'una-nota-publicada',
    title: 'Una nota de prueba publicada',
    dek: 'Una nota de prueba que una compilación de producción debe incluir como página.',
    body: 'Texto de prueba sobre la extradición',
    topics: ['Cárteles', 'Migración'],
  },
  {
    slug: 'una-nota-con-grafica',
    title: 'Una nota de prueba con una gráfica',
    dek: 'Una nota de prueba cuyo cuerpo muestra una gráfica que el sitio optimiza.',
    body: 'Texto después de la gráfica',
    topics: ['Cárteles'],
  },
];
const SCOPES = [
  { dir: 'es/', title: 'Rubio en México: notas', items: NEWEST },
  { dir: 'es/temas/carteles/', title: 'Cárteles · Rubio en México: notas', items: NEWEST },
  { dir: 'es/temas/migracion/', title: 'Migración · Rubio en México: notas', items: [NEWEST[0]!] },
];
const SPANISH_SOURCE =
  'AFP, nota de agencia. Nota de AFP sobre la primera visita a México que prepara el secretario de Estado Marco Rubio.';

/** Every URL anywhere in a parsed feed, other than the formats' own identifiers. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return /^https?:\/\//.test(value) && !/w3\.org|jsonfeed\.org/.test(value) ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

describe('the Spanish feeds, built', () => {
  it.each(SCOPES)('$dir rss.xml declares Spanish and lists the Spanish briefings', ({ dir, title, items }) => {
    const { channel } = parseFeedXml(file(`${dir}rss.xml`)).rss;
    expect(channel.language).toBe('es');
    expect(channel.title).toBe(title);
    expect(channel.link).toBe(`${ROOT}${dir}`);
    expect(channel['atom:link']['@href']).toBe(`${ROOT}${dir}rss.xml`);
    const got = channel.item.map((i: Record<string, any>) => ({
      link: i.link,
      title: i.title,
      description: i.description,
      categories: i.category.map((c: Record<string, string>) => c['#text']),
    }));
    expect(got).toEqual(
      items.map((b) => ({
        link: `${ROOT}es/notas/${b.slug}/`,
        title: b.title,
        description: b.dek,
        categories: b.topics,
      })),
    );
    for (const url of urlsIn(channel)) expect(url.startsWith(ROOT), url).toBe(true);
  });

  it.each(SCOPES)('$dir atom.xml declares xml:lang="es" and carries each whole Spanish body', ({ dir, items }) => {
    const feed = parseFeedXml(file(`${dir}atom.xml`)).feed;
    expect(feed['@xml:lang']).toBe('es');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${ROOT}${dir}atom.xml`);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(items.map((b) => `${ROOT}es/notas/${b.slug}/`));
    feed.entry.forEach((entry: Record<string, any>, n: number) => {
      expect(entry.content['@type']).toBe('html');
      expect(entry.content['#text']).toContain(items[n]!.body);
      expect(entry.content['#text']).toContain(`<h2>Fuentes</h2><ul><li>${SPANISH_SOURCE}</li></ul>`);
      expect(entry.category.map((c: Record<string, string>) => c['@scheme'])).toEqual(
        items[n]!.topics.map(() => `${ROOT}es/temas/`),
      );
    });
    for (const url of urlsIn(feed)) expect(url.startsWith(ROOT), url).toBe(true);
  });

  it.each(SCOPES)('$dir feed.json declares its language, with links in the body absolute', ({ dir, title, items }) => {
    const json = JSON.parse(file(`${dir}feed.json`));
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'es', title });
    expect(json.feed_url).toBe(`${ROOT}${dir}feed.json`);
    expect(json.items.map((i: { url: string }) => i.url)).toEqual(items.map((b) => `${ROOT}es/notas/${b.slug}/`));
    for (const item of json.items)
      for (const [, url] of item.content_html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^https:\/\//);
    for (const url of urlsIn(json)) expect(url.startsWith(ROOT), url).toBe(true);
  });

  it('links one Spanish briefing to another at its absolute Spanish address', () => {
    const json = JSON.parse(file('es/feed.json'));
    expect(json.items[1].content_html).toContain(
      `<a href="${ROOT}es/notas/una-nota-publicada/">enlace a la otra nota</a>`,
    );
  });

  it('is advertised by the Spanish home and topic pages, and linked from their footer and the topic page', () => {
    const formats = (dir: string) => [
      ['application/rss+xml', `${BASE}${dir}rss.xml`],
      ['application/atom+xml', `${BASE}${dir}atom.xml`],
      ['application/feed+json', `${BASE}${dir}feed.json`],
    ];
    const alternates = (path: string) =>
      parseHtml(file(path))
        .querySelectorAll('link[rel="alternate"][type]')
        .map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(alternates('es/index.html')).toEqual(formats('es/'));
    expect(alternates('es/temas/carteles/index.html')).toEqual(formats('es/temas/carteles/'));
    const topic = parseHtml(file('es/temas/carteles/index.html'));
    expect(topic.querySelector('main .feed-links')!.textContent).toMatch(/^Seguir este tema: RSS · Atom · JSON Feed$/);
    expect(topic.querySelectorAll('main .feed-links a').map((a) => a.getAttribute('href'))).toEqual(
      formats('es/temas/carteles/').map(([, href]) => href),
    );
    for (const page of ['es/index.html', 'es/buscar/index.html', 'es/notas/una-nota-publicada/index.html']) {
      const footer = parseHtml(file(page)).querySelector('footer .feed-links')!;
      expect(footer.textContent, page).toMatch(/^Seguir todas las notas: /);
      expect(footer.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(
        formats('es/').map(([, href]) => href),
      );
    }
    for (const [, href] of [...formats('es/'), ...formats('es/temas/carteles/')])
      expect(existsSync(join(out, href!.slice(BASE.length))), href).toBe(true);
  });
});

describe('an image Astro optimizes, in the feeds', () => {
  /** The address a built page gives its one body image, absolute. */
  const pageImage = (path: string) => {
    const img = parseHtml(file(path)).querySelectorAll('.briefing-body img');
    expect(img).toHaveLength(1);
    return new URL(img[0]!.getAttribute('src')!, ROOT).href;
  };

  it.each([
    ['rss.xml', 'briefings/fixture-with-chart/', 'A chart of fixture numbers'],
    ['es/rss.xml', 'es/notas/una-nota-con-grafica/', 'Una gráfica con cifras de prueba'],
  ])('%s carries it as an <img> at the built file’s absolute address', (feedFile, page, alt) => {
    const src = pageImage(`${page}index.html`);
    expect(src).toMatch(new RegExp(`^${ROOT}_astro/chart\\.[\\w-]+\\.webp$`));
    expect(existsSync(join(out, src.slice(ROOT.length))), src).toBe(true);
    const item = parseFeedXml(file(feedFile)).rss.channel.item.find(
      (i: { link: string }) => i.link === `${ROOT}${page}`,
    );
    const body = parseHtml(item['content:encoded']);
    const images = body.querySelectorAll('img');
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([[src, alt]]);
  });

  it('reaches the JSON Feed and the Atom feed the same way', () => {
    const src = pageImage('briefings/fixture-with-chart/index.html');
    const json = JSON.parse(file('feed.json')).items.find((i: { id: string }) => i.id.endsWith('/fixture-with-chart/'));
    expect(json.content_html).toContain(`<img alt="A chart of fixture numbers" src="${src}">`);
    const atom = parseFeedXml(file('topics/cartels/atom.xml')).feed.entry.find((e: { id: string }) =>
      e.id.endsWith('/fixture-with-chart/'),
    );
    expect(atom.content['#text']).toContain(`src="${src}"`);
  });
});

describe('the search index of each edition', () => {
  it('holds the briefings of its own language only', () => {
    const entry = JSON.parse(file('pagefind/pagefind-entry.json'));
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, i]) => [lang, (i as any).page_count])),
    ).toEqual({ en: 2, es: 2 });
  });
});
