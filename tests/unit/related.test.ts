import { indexBriefings } from '../../src/lib/briefing-index.ts';
import { describe, expect, it } from 'vitest';
import { neighboursInTopic } from '../../src/lib/topics.ts';
import { relatedBriefings } from '../../src/lib/briefings.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const topic = (id: string, name: string, order: number) => ({
  id,
  data: { name, description: `${name}, described at length.`, order },
});
const cartels = topic('cartels', 'Cartels', 1);
const weapons = topic('weapons-flow', 'Weapons flow', 2);
const migration = topic('migration', 'Migration', 3);

describe('related reading', () => {
  const a = briefing('a', { published: day('2026-01-01'), topics: ['cartels', 'weapons-flow'] });
  const b = briefing('b', { published: day('2026-01-02'), topics: ['cartels'] });
  const c = briefing('c', { published: day('2026-01-03'), topics: ['weapons-flow', 'cartels'] });
  const d = briefing('d', { published: day('2026-01-04'), topics: ['migration'] });
  const e = briefing('e', { published: day('2026-01-05'), topics: ['cartels', 'migration'] });
  const all = [a, b, c, d, e];

  it('ranks by shared topics, then recency, at most three', () => {
    expect(relatedBriefings(a, all).map((x) => x.id)).toEqual(['c', 'e', 'b']);
    expect(relatedBriefings(d, all).map((x) => x.id)).toEqual(['e']);
  });

  it('steps to the previous (older) and next (newer) briefing in the first topic', () => {
    const inCartels = neighboursInTopic(b, indexBriefings(all), [cartels, weapons, migration]);
    expect([inCartels.topic.id, inCartels.previous?.id, inCartels.next?.id]).toEqual(['cartels', 'a', 'c']);
    const first = neighboursInTopic(c, indexBriefings(all), [cartels, weapons, migration]);
    expect([first.topic.id, first.previous?.id, first.next?.id]).toEqual(['weapons-flow', 'a', undefined]);
    const newest = neighboursInTopic(e, indexBriefings(all), [cartels, weapons, migration]);
    expect([newest.previous?.id, newest.next?.id]).toEqual(['c', undefined]);
  });
});
