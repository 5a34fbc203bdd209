import { describe, expect, it } from 'vitest';
import { readRoute } from '../../src/lib/routes.ts';
import { createUrls } from '../../src/lib/urls.ts';

describe('readRoute: the URL helper read backwards', () => {
  for (const base of ['/', '/sub/']) {
    const urls = createUrls(base);
    const read = (href: string) => readRoute(href, base);

    it('reads the numbered pages of a Spanish topic and person, as the English ones', () => {
      expect(readRoute('/es/temas/carteles/2/', '/')).toEqual({
        kind: 'entry',
        lang: 'es',
        collection: 'topics',
        id: 'carteles',
        page: 2,
      });
      expect(readRoute('/es/personas/marco-rubio/3/', '/')).toMatchObject({ kind: 'entry', lang: 'es', page: 3 });
    });

    it(`reads every kind of page the helper makes (base ${base})`, () => {
      expect(read(urls.home())).toEqual({ kind: 'home', lang: 'en' });
      expect(read(urls.home('es'))).toEqual({ kind: 'home', lang: 'es' });
      expect(read(urls.briefing('a-slug'))).toEqual({
        kind: 'entry',
        lang: 'en',
        collection: 'briefings',
        id: 'a-slug',
        page: 1,
      });
      expect(read(urls.briefing('una-nota', 'es'))).toEqual({
        kind: 'entry',
        lang: 'es',
        collection: 'translations',
        id: 'una-nota',
        page: 1,
      });
      expect(read(urls.topics())).toEqual({ kind: 'index', lang: 'en', collection: 'topics', page: 1 });
      expect(read(urls.topics('es'))).toEqual({ kind: 'index', lang: 'es', collection: 'topics', page: 1 });
      expect(read(urls.topic('cartels'))).toEqual({
        kind: 'entry',
        lang: 'en',
        collection: 'topics',
        id: 'cartels',
        page: 1,
      });
      expect(read(urls.topicPage('cartels', 3))).toMatchObject({ kind: 'entry', id: 'cartels', page: 3 });
      expect(read(urls.topic('carteles', 'es'))).toEqual({
        kind: 'entry',
        lang: 'es',
        collection: 'topics',
        id: 'carteles',
        page: 1,
      });
      expect(read(urls.people())).toEqual({ kind: 'index', lang: 'en', collection: 'people', page: 1 });
      expect(read(urls.peoplePage(2))).toEqual({ kind: 'index', lang: 'en', collection: 'people', page: 2 });
      expect(read(urls.person('marco-rubio'))).toMatchObject({ kind: 'entry', collection: 'people', page: 1 });
      expect(read(urls.personPage('marco-rubio', 2))).toMatchObject({ kind: 'entry', id: 'marco-rubio', page: 2 });
      expect(read(urls.timeline())).toEqual({ kind: 'timeline', lang: 'en', page: 1 });
      expect(read(urls.timelinePage(2))).toEqual({ kind: 'timeline', lang: 'en', page: 2 });
      expect(read(urls.timelinePage(1, 'tour'))).toEqual({ kind: 'timeline', lang: 'en', page: 1, entry: 'tour' });
      expect(read(urls.search())).toEqual({ kind: 'search', lang: 'en' });
      expect(read(urls.feed('rss.xml'))).toEqual({ kind: 'feed', lang: 'en', file: 'rss.xml' });
      expect(read(urls.feed('feed.json', 'cartels'))).toEqual({
        kind: 'feed',
        lang: 'en',
        file: 'feed.json',
        topic: 'cartels',
      });
      expect(read(urls.feed('atom.xml', undefined, 'es'))).toEqual({ kind: 'feed', lang: 'es', file: 'atom.xml' });
      expect(read(urls.feed('rss.xml', 'carteles', 'es'))).toEqual({
        kind: 'feed',
        lang: 'es',
        file: 'rss.xml',
        topic: 'carteles',
      });
      expect(read(urls.sitemapIndex())).toMatchObject({ kind: 'generated' });
      expect(read(urls.path('favicon.svg'))).toEqual({ kind: 'file', path: '/favicon.svg' });
    });
  }

  it('reads the Spanish edition’s path words: people, timeline and search', () => {
    expect(readRoute('/es/personas/', '/')).toEqual({ kind: 'index', lang: 'es', collection: 'people', page: 1 });
    expect(readRoute('/es/personas/marco-rubio/', '/')).toMatchObject({ kind: 'entry', lang: 'es', id: 'marco-rubio' });
    expect(readRoute('/es/cronologia/#gira', '/')).toEqual({ kind: 'timeline', lang: 'es', page: 1, entry: 'gira' });
    expect(readRoute('/es/buscar/?q=armas', '/')).toEqual({ kind: 'search', lang: 'es' });
  });

  it('understands a link written without the base path, or without its trailing slash', () => {
    expect(readRoute('/topics/migration', '/sub/')).toMatchObject({ kind: 'entry', id: 'migration' });
    expect(readRoute('/sub', '/sub/')).toEqual({ kind: 'home', lang: 'en' });
    expect(readRoute('/briefings/a%20b/#section', '/')).toMatchObject({ kind: 'entry', id: 'a b' });
  });

  it('names what the site never makes, with a hint where one helps', () => {
    expect(readRoute('/briefings/', '/')).toMatchObject({ kind: 'none', hint: expect.stringMatching(/one briefing/) });
    expect(readRoute('/about/', '/')).toEqual({ kind: 'none' });
    expect(readRoute('/people/1/', '/')).toEqual({ kind: 'none', hint: 'page 1 is /people/ itself' });
    expect(readRoute('/timeline/1/', '/')).toEqual({ kind: 'none', hint: 'page 1 is /timeline/ itself' });
    expect(readRoute('/topics/cartels/1/', '/')).toEqual({ kind: 'none', hint: 'page 1 is /topics/cartels/ itself' });
    expect(readRoute('/topics/cartels/two/', '/')).toMatchObject({ kind: 'none' });
    expect(readRoute('/briefings/a-slug/2/', '/')).toMatchObject({ kind: 'none' });
    expect(readRoute('/es/notas/una-nota/2/', '/')).toMatchObject({ kind: 'none' });
    expect(readRoute('/search/more/', '/')).toEqual({ kind: 'none' });
    expect(readRoute('/es/notas/', '/')).toMatchObject({ kind: 'none' });
  });
});
