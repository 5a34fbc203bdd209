import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/lib/dates.ts';
import { formatDay } from '../../src/i18n/index.ts';
import { briefingSchema } from '../../src/schemas/index.ts';

/** Runs in each time zone vitest.config.ts names: what a reader sees must not depend on it. */
describe(`dates in the time zone ${process.env.TZ ?? '(none set)'}`, () => {
  it('runs in a zone far from UTC, as the configuration asks', () => {
    const offset = new Date('2026-01-01T00:00:00Z').getTimezoneOffset();
    expect(Math.abs(offset)).toBeGreaterThanOrEqual(11 * 60);
  });

  it('reads a frontmatter day as that calendar day, whatever the zone', () => {
    const data = briefingSchema().parse({
      title: 'A briefing title for tests',
      dek: 'A one-sentence summary that is long enough to pass.',
      published: '2026-11-23',
      kind: 'news',
      topics: ['cartels'],
      sources: ['afp-rubio-mexico-trip'],
    });
    expect(isoDay(data.published)).toBe('2026-11-23');
    expect(formatDay('en', data.published)).toBe('23 November 2026');
  });
});
