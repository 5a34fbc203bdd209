import { describe, expect, it } from 'vitest';
import { pageLinks, pageParam, pagePosition, pageTitle, paginate } from '../../src/lib/pagination.ts';
import { createUrls } from '../../src/lib/urls.ts';

describe('paginate', () => {
  it('splits a list into pages of a fixed size, keeping the order', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => [p.number, p.total, p.items])).toEqual([
      [1, 3, [1, 2, 3]],
      [2, 3, [4, 5, 6]],
      [3, 3, [7]],
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 25)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('refuses a page size that is not a whole number above 0', () => {
    expect(() => paginate([1], 0)).toThrow('page size');
  });
});

describe('page links', () => {
  const urls = createUrls('/sub/');
  const href = (n: number) => urls.topicPage('cartels', n);

  it('links the first page at the topic URL and later pages under it', () => {
    expect([href(1), href(2)]).toEqual(['/sub/topics/cartels/', '/sub/topics/cartels/2/']);
  });

  it('has no prev on the first page and no next on the last', () => {
    expect(pageLinks({ number: 1, total: 3 }, href)).toMatchObject({ prev: undefined, next: '/sub/topics/cartels/2/' });
    expect(pageLinks({ number: 3, total: 3 }, href)).toMatchObject({ prev: '/sub/topics/cartels/2/', next: undefined });
  });

  it('shows a bounded window of page numbers with gaps, however many pages there are', () => {
    const numbers = (current: number, total: number) =>
      pageLinks({ number: current, total }, href).pages.map((p) =>
        'gap' in p ? '…' : p.current ? `[${p.number}]` : String(p.number),
      );
    expect(numbers(1, 3)).toEqual(['[1]', '2', '3']);
    expect(numbers(10, 400)).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '400']);
    expect(numbers(400, 400)).toEqual(['1', '…', '398', '399', '[400]']);
    expect(numbers(250, 4000).length).toBe(numbers(250, 400).length);
  });
});

describe('page names and route parameters', () => {
  it('gives page 1 no route parameter and the listing its plain name', () => {
    expect(pageParam({ number: 1, total: 3 })).toBeUndefined();
    expect(pageTitle('Cartels', { number: 1, total: 3 })).toBe('Cartels');
    expect(pagePosition({ number: 1, total: 1 })).toBe('');
  });

  it('numbers later pages in their parameter, title and position', () => {
    expect(pageParam({ number: 2, total: 3 })).toBe('2');
    expect(pageTitle('Cartels', { number: 2, total: 3 })).toBe('Cartels, page 2 of 3');
    expect(pagePosition({ number: 1, total: 3 })).toBe('page 1 of 3');
  });
});
