import { describe, expect, it } from 'vitest';
import { sortTopics, topicIndex, topicsOf } from '../../src/lib/topics.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('topics', () => {
  const topic = (id: string, order: number) => ({
    id,
    data: { name: id, description: `${id} description text`, order },
  });
  const topics = [topic('migration', 3), topic('cartels', 1), topic('extradition', 3), topic('weapons-flow', 2)];

  it('sorts by display order, then id', () => {
    expect(sortTopics(topics).map((t) => t.id)).toEqual(['cartels', 'weapons-flow', 'extradition', 'migration']);
  });

  it('indexes each topic with its briefings, newest first', () => {
    const x = briefing('x', { published: day('2026-01-01'), topics: ['cartels'] });
    const y = briefing('y', { published: day('2026-01-02'), topics: ['cartels', 'migration'] });
    const index = topicIndex(topics, [x, y]);
    expect(index.map((e) => [e.topic.id, e.briefings.map((b) => b.id)])).toEqual([
      ['cartels', ['y', 'x']],
      ['weapons-flow', []],
      ['extradition', []],
      ['migration', ['y']],
    ]);
    expect(topicsOf(y, topics).map((t) => t.id)).toEqual(['cartels', 'migration']);
  });
});
