import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import {
  excerptParts,
  isEmptySearch,
  pagefindFilters,
  readSearchState,
  resultSummary,
  searchMessages,
  topicFilterAttribute,
  writeSearchState,
} from '../../src/lib/search.ts';

describe('search state in the URL', () => {
  const known = ['cartels', 'weapons-flow', 'migration', 'extradition'];

  it('reads ?q= and ?topic=, keeping known topics in the site’s order', () => {
    const state = readSearchState(new URLSearchParams('q=+mano+dura+&topic=migration&topic=nope&topic=cartels'), known);
    expect(state).toEqual({ query: 'mano dura', topics: ['cartels', 'migration'] });
  });

  it('writes a shareable query string that reads back the same', () => {
    const state = { query: 'extradition & “guns”', topics: ['cartels', 'migration'] };
    const text = writeSearchState(state);
    expect(text).toBe('?q=extradition+%26+%E2%80%9Cguns%E2%80%9D&topic=cartels&topic=migration');
    expect(readSearchState(new URLSearchParams(text), known)).toEqual(state);
    expect(writeSearchState({ query: '  ', topics: [] })).toBe('');
    expect(isEmptySearch({ query: ' ', topics: [] })).toBe(true);
  });

  it('filters Pagefind by any of the chosen topics, with the attribute briefing pages carry', () => {
    expect(pagefindFilters({ query: 'x', topics: ['cartels', 'migration'] })).toEqual({
      topic: { any: ['cartels', 'migration'] },
    });
    expect(pagefindFilters({ query: 'x', topics: [] })).toEqual({});
    expect(topicFilterAttribute('weapons-flow')).toBe('topic:weapons-flow');
  });

  it('turns an excerpt into text parts, never HTML', () => {
    expect(excerptParts('bringing back and <mark>extraditing</mark> people &lt;b&gt; &amp; &#39;more&#39;')).toEqual([
      { text: 'bringing back and ', marked: false },
      { text: 'extraditing', marked: true },
      { text: " people <b> & 'more'", marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
    expect(excerptParts('a &#99999999; b')).toEqual([{ text: 'a &#99999999; b', marked: false }]);
  });

  it('says what was found, in English', () => {
    const names = new Map([
      ['migration', 'Migration'],
      ['cartels', 'Cartels'],
    ]);
    const en = searchMessages(DICTIONARIES.en);
    expect(resultSummary(3, { query: 'extradition', topics: ['migration'] }, names, en)).toBe(
      '3 briefings for “extradition” in Migration.',
    );
    expect(resultSummary(1, { query: 'x', topics: [] }, names, en)).toBe('1 briefing for “x”.');
    expect(resultSummary(0, { query: 'zzz', topics: [] }, names, en)).toBe('No briefings for “zzz”.');
    expect(resultSummary(2, { query: '', topics: ['cartels', 'migration'] }, names, en)).toBe(
      '2 briefings in Cartels or Migration.',
    );
  });

  it('says what was found, in Spanish, from the Spanish dictionary', () => {
    const names = new Map([
      ['extradition', 'Extradición'],
      ['migration', 'Migración'],
    ]);
    const es = searchMessages(DICTIONARIES.es);
    expect(es.locale).toBe('es-MX');
    expect(resultSummary(1, { query: 'extradición', topics: ['extradition'] }, names, es)).toBe(
      '1 nota para “extradición” en Extradición.',
    );
    expect(resultSummary(3, { query: 'armas', topics: ['extradition', 'migration'] }, names, es)).toBe(
      '3 notas para “armas” en Extradición o Migración.',
    );
    expect(resultSummary(0, { query: 'zzz', topics: [] }, names, es)).toBe('Ninguna nota para “zzz”.');
    expect(resultSummary(1200, { query: 'a', topics: [] }, names, es)).toBe('1,200 notas para “a”.');
  });

  it('keeps a query holding `#` or `$&` as typed', () => {
    const en = searchMessages(DICTIONARIES.en);
    expect(resultSummary(1, { query: '#1 $& $1', topics: [] }, new Map(), en)).toBe('1 briefing for “#1 $& $1”.');
  });
});
