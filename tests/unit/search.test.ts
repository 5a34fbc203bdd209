import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  isEmptySearch,
  pagefindFilters,
  readSearchState,
  resultSummary,
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

  it('says what was found', () => {
    const names = new Map([['migration', 'Migration']]);
    expect(resultSummary(3, { query: 'extradition', topics: ['migration'] }, names)).toBe(
      '3 briefings for “extradition” in Migration.',
    );
    expect(resultSummary(1, { query: 'x', topics: [] }, names)).toBe('1 briefing for “x”.');
    expect(resultSummary(0, { query: 'zzz', topics: [] }, names)).toBe('No briefings for “zzz”.');
  });
});
