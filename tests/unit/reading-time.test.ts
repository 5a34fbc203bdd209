import { describe, expect, it } from 'vitest';
import { briefingReadingTime, countWords, readingTime } from '../../src/lib/reading-time.ts';
import { briefingData } from '../helpers/briefings.ts';
import { count } from '../../src/i18n/index.ts';

describe('reading time', () => {
  it('counts the words a reader reads, not Markdown, link targets or HTML', () => {
    expect(countWords('## Why it matters\n\nRubio’s trip, in the [coming weeks](https://example.org/a-b-c).')).toBe(9);
    expect(countWords(`Sheinbaum called <span lang='es'>"mano dura"</span> the US-bought guns' route.`)).toBe(8);
    expect(countWords('')).toBe(0);
  });

  it('rounds up to whole minutes, never below one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingTime([words(10)])).toEqual({ words: 10, minutes: 1 });
    expect(count('en', 'minutesRead', readingTime([words(10)]).minutes)).toBe('1 min read');
    expect(readingTime([words(460)]).minutes).toBe(2);
    expect(readingTime([words(461)]).minutes).toBe(3);
    expect(readingTime([words(1000), undefined, words(150)], 230)).toEqual({
      words: 1150,
      minutes: 5,
    });
    expect(count('en', 'minutesRead', 5)).toBe('5 min read');
  });

  it('counts a briefing’s dek, body and quotes', () => {
    const b = {
      body: 'One two three.',
      data: briefingData({
        dek: 'Four five six seven.',
        quotes: [{ speaker: 'x', text: 'Eight nine.', context: 'ctx', source: 's' }],
      }),
    };
    expect(briefingReadingTime(b).words).toBe(9);
  });
});
