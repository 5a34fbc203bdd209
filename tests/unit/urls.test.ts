import { describe, expect, it } from 'vitest';
import { createUrls, normalizeBase } from '../../src/lib/urls.ts';

describe('urls', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['briefings-mx', '/briefings-mx/'],
    ['/briefings-mx', '/briefings-mx/'],
    ['/a/b/', '/a/b/'],
  ])('normalizes base %s to %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });

  it('makes directory URLs with a trailing slash at the root', () => {
    const urls = createUrls('/');
    expect([
      urls.home(),
      urls.briefing('a-b'),
      urls.topics(),
      urls.topic('weapons-flow'),
      urls.path('favicon.svg'),
    ]).toEqual(['/', '/briefings/a-b/', '/topics/', '/topics/weapons-flow/', '/favicon.svg']);
  });

  it('puts every URL under a subpath base', () => {
    const urls = createUrls('/briefings-mx');
    expect([urls.home(), urls.briefing('a-b'), urls.topic('migration'), urls.path('/topics/migration/')]).toEqual([
      '/briefings-mx/',
      '/briefings-mx/briefings/a-b/',
      '/briefings-mx/topics/migration/',
      '/briefings-mx/topics/migration/',
    ]);
  });

  it('puts each edition’s search page and feeds in its own paths', () => {
    const urls = createUrls('/sub/');
    expect([urls.search(), urls.search('en'), urls.search('es')]).toEqual([
      '/sub/search/',
      '/sub/search/',
      '/sub/es/buscar/',
    ]);
    expect([
      urls.feed('rss.xml'),
      urls.feed('atom.xml', 'weapons-flow'),
      urls.feed('feed.json', undefined, 'es'),
      urls.feed('rss.xml', 'trafico-de-armas', 'es'),
    ]).toEqual([
      '/sub/rss.xml',
      '/sub/topics/weapons-flow/atom.xml',
      '/sub/es/feed.json',
      '/sub/es/temas/trafico-de-armas/rss.xml',
    ]);
  });

  it('makes absolute URLs from a site and a path, without doubling the base', () => {
    const urls = createUrls('/sub/');
    expect(urls.absolute(urls.topic('cartels'), 'https://example.org')).toBe('https://example.org/sub/topics/cartels/');
    expect(urls.absolute('topics/', 'https://example.org')).toBe('https://example.org/sub/topics/');
  });
});
