import { describe, expect, it } from 'vitest';
import {
  briefingsForTopic,
  leadBriefing,
  newestFirst,
  relatedBriefings,
  visibleBriefings,
} from '../../src/lib/briefings.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('briefings', () => {
  const a = briefing('a', { published: day('2026-01-01'), topics: ['cartels', 'weapons-flow'] });
  const b = briefing('b', { published: day('2026-01-03'), topics: ['migration'] });
  const c = briefing('c', { published: day('2026-01-02'), topics: ['cartels'], featured: true });
  const d = briefing('d', {
    published: day('2026-01-02'),
    topics: ['weapons-flow', 'cartels'],
    updated: day('2026-01-05'),
  });
  const draft = briefing('e', { published: day('2026-02-01'), topics: ['cartels'], draft: true });

  it('orders newest first, then most recently updated, then by slug', () => {
    expect(newestFirst([a, b, c, d]).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
    const twin = briefing('aa', { published: day('2026-01-02'), topics: ['cartels'] });
    expect(newestFirst([c, twin]).map((x) => x.id)).toEqual(['aa', 'c']);
  });

  it('leaves drafts out unless asked', () => {
    expect(visibleBriefings([a, draft], { includeDrafts: false }).map((x) => x.id)).toEqual(['a']);
    expect(visibleBriefings([a, draft], { includeDrafts: true }).map((x) => x.id)).toEqual(['a', 'e']);
  });

  it('leads with the newest featured briefing, else the newest', () => {
    expect(leadBriefing([a, b, c, d])?.id).toBe('c');
    expect(leadBriefing([a, b])?.id).toBe('b');
    expect(leadBriefing([])).toBeUndefined();
  });

  it('lists a topic newest first', () => {
    expect(briefingsForTopic([a, b, c, d], 'cartels').map((x) => x.id)).toEqual(['d', 'c', 'a']);
    expect(briefingsForTopic([a, b, c, d], 'extradition')).toEqual([]);
  });

  it('relates briefings by shared topics, then recency, never itself', () => {
    expect(relatedBriefings(a, [a, b, c, d]).map((x) => x.id)).toEqual(['d', 'c']);
    expect(relatedBriefings(b, [a, b, c, d])).toEqual([]);
    expect(relatedBriefings(a, [a, b, c, d], 1).map((x) => x.id)).toEqual(['d']);
  });
});
