import { describe, expect, it } from 'vitest';
import { counterparts, editionPairs, type EditionInventory } from '../../src/lib/counterparts.ts';
import { createUrls } from '../../src/lib/urls.ts';

const urls = createUrls('/mx/');
const inventory: EditionInventory = {
  translations: [{ original: 'rubio-trip', translation: 'viaje-de-rubio' }],
  topics: [{ id: 'weapons-flow', slug: 'trafico-de-armas', pages: { en: 3, es: 2 } }],
  people: [{ id: 'marco-rubio', pages: { en: 2, es: 1 } }],
  peopleIndex: { en: 1, es: 1 },
  timeline: { en: 2, es: 2 },
};
const pairs = counterparts(editionPairs(inventory, urls), urls);

describe('the pairs of pages the editions share', () => {
  it('pairs each page with the same page of the other edition, only where both exist', () => {
    expect(pairs.pairs).toEqual([
      { en: '/mx/', es: '/mx/es/' },
      { en: '/mx/topics/', es: '/mx/es/temas/' },
      { en: '/mx/search/', es: '/mx/es/buscar/' },
      { en: '/mx/briefings/rubio-trip/', es: '/mx/es/notas/viaje-de-rubio/' },
      { en: '/mx/topics/weapons-flow/', es: '/mx/es/temas/trafico-de-armas/' },
      { en: '/mx/topics/weapons-flow/2/', es: '/mx/es/temas/trafico-de-armas/2/' },
      { en: '/mx/timeline/', es: '/mx/es/cronologia/' },
      { en: '/mx/timeline/2/', es: '/mx/es/cronologia/2/' },
      { en: '/mx/people/', es: '/mx/es/personas/' },
      { en: '/mx/people/marco-rubio/', es: '/mx/es/personas/marco-rubio/' },
    ]);
  });

  it('finds a page’s counterpart both ways, and none for a page only one edition has', () => {
    expect(pairs.of('/mx/briefings/rubio-trip/')).toBe('/mx/es/notas/viaje-de-rubio/');
    expect(pairs.of('/mx/es/notas/viaje-de-rubio/')).toBe('/mx/briefings/rubio-trip/');
    expect(pairs.of('/mx/topics/weapons-flow/3/')).toBeUndefined();
    expect(pairs.of('/mx/people/marco-rubio/2/')).toBeUndefined();
    expect(pairs.alternates('/mx/es/cronologia/2/')).toEqual({ en: '/mx/timeline/2/', es: '/mx/es/cronologia/2/' });
    expect(pairs.alternates('/mx/briefings/untranslated/')).toBeUndefined();
  });

  it('sends the header link to the counterpart, or to the other edition’s home when there is none', () => {
    expect(pairs.languageLink('/mx/es/temas/', 'es')).toEqual({ lang: 'en', href: '/mx/topics/', kind: 'counterpart' });
    expect(pairs.languageLink('/mx/briefings/untranslated/', 'en')).toEqual({
      lang: 'es',
      href: '/mx/es/',
      kind: 'missing',
    });
    expect(pairs.languageLink('/mx/es/404/', 'es')).toEqual({ lang: 'en', href: '/mx/', kind: 'missing' });
  });

  it('refuses an inventory that pairs one page twice', () => {
    const twice = editionPairs(
      {
        ...inventory,
        translations: [
          { original: 'rubio-trip', translation: 'viaje-de-rubio' },
          { original: 'rubio-trip', translation: 'otra-version' },
        ],
      },
      urls,
    );
    expect(() => counterparts(twice, urls)).toThrow('/mx/briefings/rubio-trip/ is paired twice');
  });
});
