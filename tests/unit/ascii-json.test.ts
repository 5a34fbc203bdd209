import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/lib/ascii-json.ts';

describe('asciiJson', () => {
  const value = {
    quote: '“Seguridad”, dijo — año 2026',
    emoji: 'flag 🇲🇽 and 𝄞',
    separators: 'line\u2028para\u2029end',
    keyé: ['ñ', 'plain', 1, true, null],
    escaped: 'already \\u00e9 and "quoted"',
  };
  const text = JSON.stringify(value);

  it('writes only ASCII', () => {
    expect(/[^\x00-\x7f]/.test(asciiJson(text))).toBe(false);
    expect(asciiJson('"“"')).toBe('"\\u201c"');
    expect(asciiJson('"🇲"')).toBe('"\\ud83c\\uddf2"');
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(asciiJson(text))).toEqual(value);
  });

  it('leaves ASCII text as it is', () => {
    const ascii = JSON.stringify({ a: 'plain "text" \\ here', b: [1, 2] });
    expect(asciiJson(ascii)).toBe(ascii);
  });
});
