import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EN, listParts, plural } from '../../src/lib/plurals.ts';
import { en } from '../../src/i18n/en.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** A count written in words by hand: `n === 1 ? '1 error' : `${n} errors``. */
const HAND_WRITTEN = /[=!]==\s*1\s*\?\s*(['"`])[^'"`]*\1\s*:\s*`[^`]*\$\{[^}]+\}\s*[a-z]+s\b/;

describe('plural', () => {
  it('counts in English: one, then many, and none as many', () => {
    expect(plural('en', 1, en.counts.briefings)).toBe('1 briefing');
    expect(plural('en', 2, en.counts.briefings)).toBe('2 briefings');
    expect(plural('en', 0, en.counts.quotes)).toBe('0 quotes');
    expect(plural('en', 1, en.counts.minutesRead)).toBe('1 min read');
    expect(plural('en', 1, en.counts.readCorrections)).toBe('Read the correction');
    expect(plural('en', 3, en.counts.readCorrections)).toBe('Read the corrections');
    expect(plural('en', 2, EN.errors)).toBe('2 errors');
  });

  it('writes numbers as the language does', () => {
    expect(plural('en', 1234, en.counts.briefings)).toBe('1,234 briefings');
    expect(plural('es', 12345, { one: '# informe', other: '# informes' })).toBe('12.345 informes');
  });

  it('takes the plural rules of the language given: Spanish, and a language with more forms', () => {
    const es = { one: '# cita', many: '# de citas', other: '# citas' };
    expect(plural('es', 1, es)).toBe('1 cita');
    expect(plural('es', 2, es)).toBe('2 citas');
    expect(plural('es', 1_000_000, es)).toBe('1.000.000 de citas');
    const pl = { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' };
    expect([1, 2, 5, 22].map((n) => plural('pl', n, pl))).toEqual(['1 plik', '2 pliki', '5 plików', '22 pliki']);
  });
});

describe('listParts', () => {
  const text = (parts: ReturnType<typeof listParts<string>>) => parts.map((p) => p.item ?? p.text).join('');

  it('joins items with the words of the language, keeping the items themselves', () => {
    expect(text(listParts('en', ['A']))).toBe('A');
    expect(text(listParts('en', ['A', 'B']))).toBe('A and B');
    expect(text(listParts('en-GB', ['A', 'B', 'C']))).toBe('A, B and C');
    expect(text(listParts('es', ['A', 'B', 'C']))).toBe('A, B y C');
    const items = [{ id: 1 }, { id: 2 }];
    expect(listParts('en', items).flatMap((p) => (p.item ? [p.item] : []))).toEqual(items);
  });
});

describe('one plural formatter', () => {
  it('recognises a count written in words by hand', () => {
    expect(HAND_WRITTEN.test("errors === 1 ? '1 error' : `${errors} errors`")).toBe(true);
    expect(HAND_WRITTEN.test("n !== 1 ? 'x' : `${n} briefings`")).toBe(true);
    expect(HAND_WRITTEN.test('page.number === 1 ? undefined : String(page.number)')).toBe(false);
  });

  it('no module under src/ writes a count in words by hand: each goes through plural()', () => {
    const found = sourceFiles('src').filter((file) => HAND_WRITTEN.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
