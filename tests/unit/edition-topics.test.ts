import { describe, expect, it } from 'vitest';
import { topicSummaries } from '../../src/lib/edition-topics.ts';

const weapons = {
  id: 'weapons-flow',
  data: {
    name: 'Weapons flow',
    description: 'Guns bought in the US.',
    es: { name: 'Tráfico de armas', description: 'Armas compradas en EU.', slug: 'trafico-de-armas' },
  },
};
const trade = { id: 'trade', data: { name: 'Trade', description: 'Trade between the two countries.' } };

describe('the topics an edition lists (home, topics index, search filters)', () => {
  it('in English: every topic, by id and path word, with its name and count', () => {
    const index = [
      { topic: weapons, briefings: [1, 2] },
      { topic: trade, briefings: [3] },
    ];
    expect(topicSummaries(index, 'en')).toEqual([
      {
        id: 'weapons-flow',
        slug: 'weapons-flow',
        name: 'Weapons flow',
        description: 'Guns bought in the US.',
        count: 2,
      },
      { id: 'trade', slug: 'trade', name: 'Trade', description: 'Trade between the two countries.', count: 1 },
    ]);
  });

  it('in Spanish: the topics with a Spanish version, filtered by the same id, in Spanish words and path word', () => {
    const index = [
      { topic: weapons, entries: [1, 2] },
      { topic: trade, entries: [3] },
    ];
    expect(topicSummaries(index, 'es')).toEqual([
      {
        id: 'weapons-flow',
        slug: 'trafico-de-armas',
        name: 'Tráfico de armas',
        description: 'Armas compradas en EU.',
        count: 2,
      },
    ]);
  });
});
