import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/dates.ts';
import { formatDay } from '../../src/i18n/index.ts';
import { kindLabel } from '../../src/lib/kinds.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('dates and labels', () => {
  it('formats calendar days in UTC', () => {
    expect(formatDay('en', day('2026-11-23'))).toBe('23 November 2026');
    expect(isoDay(day('2026-11-23'))).toBe('2026-11-23');
  });

  it('labels analysis as analysis', () => {
    expect(kindLabel('analysis')).toBe('Analysis');
  });
});
