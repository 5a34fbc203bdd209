import type { BriefingData } from '../../src/schemas/index.ts';

/** A valid briefing's frontmatter as Astro would hand it over, with `overrides` applied. */
export function briefingData(overrides: Partial<BriefingData> = {}): BriefingData {
  return {
    title: 'A briefing title for tests',
    dek: 'A one-sentence summary that is long enough to pass.',
    published: new Date('2026-01-10T00:00:00Z'),
    kind: 'news',
    topics: ['cartels'],
    sources: ['afp-rubio-mexico-trip'],
    featured: false,
    draft: false,
    ...overrides,
  };
}

export function briefing(id: string, overrides: Partial<BriefingData> = {}) {
  return { id, data: briefingData(overrides) };
}
