import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/checker/field-label.ts';

describe('fieldLabel: a value path in words', () => {
  it('names a field, a list item (counted from 1) and a field inside one', () => {
    expect(fieldLabel(['title'])).toBe('`title`');
    expect(fieldLabel(['topics', 1])).toBe('`topics` item 2');
    expect(fieldLabel(['quotes', 0, 'speaker'])).toBe('`speaker` in `quotes` item 1');
    expect(fieldLabel([3])).toBe('the list item 4');
    expect(fieldLabel([])).toBe('');
  });
});
