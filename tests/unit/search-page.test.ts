import { describe, expect, it } from 'vitest';
import { searchTopics } from '../../src/lib/search-page.ts';
import { createUrls } from '../../src/lib/urls.ts';

const urls = createUrls('/sub/');
const topics = [
  {
    id: 'weapons-flow',
    data: {
      name: 'Weapons flow',
      description: 'Guns bought in the US.',
      es: { name: 'Tráfico de armas', description: 'Armas compradas en EU.', slug: 'trafico-de-armas' },
    },
  },
  { id: 'trade', data: { name: 'Trade', description: 'Trade between the two countries.' } },
];
const counts = new Map([
  ['weapons-flow', 2],
  ['trade', 1],
]);

describe('the topics a search page offers', () => {
  it('in English: every topic, filtered by id, linking to its page, with its count', () => {
    expect(searchTopics('en', topics, (id) => counts.get(id)!, urls)).toEqual([
      { id: 'weapons-flow', name: 'Weapons flow', href: '/sub/topics/weapons-flow/', count: '2 briefings' },
      { id: 'trade', name: 'Trade', href: '/sub/topics/trade/', count: '1 briefing' },
    ]);
  });

  it('in Spanish: the topics with a Spanish version, filtered by the same id, in Spanish words and paths', () => {
    expect(searchTopics('es', topics, (id) => counts.get(id)!, urls)).toEqual([
      { id: 'weapons-flow', name: 'Tráfico de armas', href: '/sub/es/temas/trafico-de-armas/', count: '2 notas' },
    ]);
  });
});
