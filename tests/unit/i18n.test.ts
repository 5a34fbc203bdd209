import { describe, expect, it } from 'vitest';
import { count, DICTIONARIES, editionOf, fill, formatDay, keyPaths } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/schemas/edition.ts';

const at = (dict: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], dict);

describe('the dictionaries', () => {
  it('give every English key a non-empty translation in every edition', () => {
    const keys = keyPaths(DICTIONARIES.en);
    expect(keys.length).toBeGreaterThan(40);
    for (const lang of LANGUAGES) {
      const missing = keys.filter(
        (key) => typeof at(DICTIONARIES[lang], key) !== 'string' || !at(DICTIONARIES[lang], key),
      );
      expect(missing, lang).toEqual([]);
      expect(keyPaths(DICTIONARIES[lang]).sort(), lang).toEqual([...keys].sort());
    }
  });

  it('fails a dictionary that lacks a key', () => {
    const { nav, ...rest } = DICTIONARIES.es;
    const { search: _search, ...partialNav } = nav;
    const partial = { ...rest, nav: partialNav };
    expect(keyPaths(DICTIONARIES.en).filter((key) => typeof at(partial, key) !== 'string')).toEqual(['nav.search']);
  });

  it('writes dates and counts as each edition does', () => {
    const day = new Date(Date.UTC(2026, 10, 23));
    expect(formatDay('en', day)).toBe('23 November 2026');
    expect(formatDay('es', day)).toBe('23 de noviembre de 2026');
    expect(count('es', 'briefings', 1)).toBe('1 nota');
    expect(count('es', 'briefings', 2)).toBe('2 notas');
    expect(count('es', 'quotes', 1000)).toBe('1,000 citas');
    expect(count('en', 'briefings', 2)).toBe('2 briefings');
    expect(DICTIONARIES.es.briefing.ownTranslation).toBe('(traducción propia)');
  });
});

describe('filling in and choosing a dictionary', () => {
  it('fills each {word} of a string, and names a missing one', () => {
    expect(fill(DICTIONARIES.es.topics.pages, { name: 'Cárteles' })).toBe('Páginas de Cárteles');
    expect(fill(DICTIONARIES.en.pagination.position, { number: 2, total: 5 })).toBe('page 2 of 5');
    expect(() => fill(DICTIONARIES.en.person.none, {})).toThrow('needs a value for {name}');
  });

  it('reads the edition from Astro’s locale, English when there is none', () => {
    expect(editionOf('es')).toBe('es');
    expect(editionOf(undefined)).toBe('en');
    expect(editionOf('fr')).toBe('en');
  });
});
