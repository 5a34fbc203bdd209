import { describe, expect, it } from 'vitest';
import { lastChanged, updatedDay } from '../../src/lib/last-changed.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const corrections = [
  { date: day('2026-11-27'), text: 'The second correction, listed first.' },
  { date: day('2026-11-25'), text: 'The first correction, listed second.' },
];

describe('lastChanged', () => {
  it('is `published` for a briefing never changed', () => {
    expect(lastChanged({ published: day('2026-11-23') })).toEqual(day('2026-11-23'));
  });

  it('is the latest of `published`, `updated` and every correction, in any order written', () => {
    expect(lastChanged({ published: day('2026-11-23'), updated: day('2026-11-26') })).toEqual(day('2026-11-26'));
    expect(lastChanged({ published: day('2026-11-23'), corrections })).toEqual(day('2026-11-27'));
    expect(lastChanged({ published: day('2026-11-23'), updated: day('2026-11-26'), corrections })).toEqual(
      day('2026-11-27'),
    );
    expect(lastChanged({ published: day('2026-11-23'), updated: day('2026-11-28'), corrections })).toEqual(
      day('2026-11-28'),
    );
  });

  it('counts a same-day `updated` as a change on that day', () => {
    expect(lastChanged({ published: day('2026-11-23'), updated: day('2026-11-23') })).toEqual(day('2026-11-23'));
    expect(updatedDay({ published: day('2026-11-23'), updated: day('2026-11-23') })).toEqual(day('2026-11-23'));
  });
});

describe('updatedDay, the "Updated" a page and its citation show', () => {
  it('is none for a briefing never changed', () => {
    expect(updatedDay({ published: day('2026-11-23') })).toBeUndefined();
  });

  it('is lastChanged once there is an `updated` or a correction', () => {
    expect(updatedDay({ published: day('2026-11-23'), corrections })).toEqual(day('2026-11-27'));
    expect(updatedDay({ published: day('2026-11-23'), updated: day('2026-11-26') })).toEqual(day('2026-11-26'));
  });
});
