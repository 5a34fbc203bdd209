import { describe, expect, it } from 'vitest';
import { compareTranslationsNewestFirst } from '../../src/lib/edition-briefings.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (translation: string, translated: string, original: string, published: string, updated?: string) => ({
  translation: { id: translation, data: { published: day(translated) } },
  original: { id: original, data: { published: day(published), ...(updated && { updated: day(updated) }) } },
});

describe('the order of an edition’s briefings', () => {
  it('puts the newest translation first, then follows the originals’ order, whatever order they come in', () => {
    const list = [
      entry('a-nota', '2026-11-30', 'z-original', '2026-11-23'),
      entry('b-nota', '2026-11-30', 'y-original', '2026-11-23', '2026-11-25'),
      entry('c-nota', '2026-12-01', 'x-original', '2026-11-20'),
      entry('d-nota', '2026-11-30', 'a-original', '2026-11-23'),
      entry('e-nota', '2026-11-30', 'w-original', '2026-11-24'),
    ];
    const expected = ['c-nota', 'e-nota', 'b-nota', 'd-nota', 'a-nota'];
    expect([...list].sort(compareTranslationsNewestFirst).map((e) => e.translation.id)).toEqual(expected);
    expect(
      [...list]
        .reverse()
        .sort(compareTranslationsNewestFirst)
        .map((e) => e.translation.id),
    ).toEqual(expected);
  });
});
