import { describe, expect, it } from 'vitest';
import { briefingNeighbours } from '../../src/lib/briefing-neighbours.ts';
import { indexBriefings, indexInOrder } from '../../src/lib/briefing-index.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const topics = [
  {
    id: 'migration',
    data: {
      name: 'Migration',
      description: 'Migration, described at length.',
      es: { name: 'Migración', description: 'La migración, descrita con detalle.', slug: 'migracion' },
    },
  },
  { id: 'cartels', data: { name: 'Cartels', description: 'Cartels, described at length.' } },
];
const titled = (id: string, published: string, topicIds: string[]) =>
  briefing(id, { title: `Title ${id}`, published: day(published), topics: topicIds });

describe('briefingNeighbours', () => {
  const all = [
    titled('old', '2026-01-01', ['migration']),
    titled('mid', '2026-01-02', ['migration', 'cartels']),
    titled('new', '2026-01-03', ['migration']),
    titled('cartel-news', '2026-01-04', ['cartels']),
  ];
  const [old, mid, latest] = all;

  it('links an English page’s neighbours in its first topic and its related briefings in English', () => {
    const shown = briefingNeighbours({ briefing: mid!, index: indexBriefings(all), topics, urls, lang: 'en' });
    expect(shown.sequence).toEqual({
      topic: { name: 'Migration', href: '/mx/topics/migration/' },
      previous: { title: 'Title old', href: '/mx/briefings/old/' },
      next: { title: 'Title new', href: '/mx/briefings/new/' },
    });
    expect(shown.related.map((b) => b.id)).toEqual(['cartel-news', 'new', 'old']);
  });

  it('links a Spanish page’s neighbours with the Spanish topic name, path word and briefing paths', () => {
    const cards = [latest!, mid!, old!].map((b) => ({ ...b, id: `es-${b.id}` }));
    const shown = briefingNeighbours({ briefing: cards[1]!, index: indexInOrder(cards), topics, urls, lang: 'es' });
    expect(shown.sequence).toEqual({
      topic: { name: 'Migración', href: '/mx/es/temas/migracion/' },
      previous: { title: 'Title old', href: '/mx/es/notas/es-old/' },
      next: { title: 'Title new', href: '/mx/es/notas/es-new/' },
    });
    expect(shown.related.map((b) => b.id)).toEqual(['es-new', 'es-old']);
  });

  it('refuses to link a topic page the edition does not have, and has no sequence without a topic', () => {
    const index = indexInOrder([all[3]!]);
    expect(() => briefingNeighbours({ briefing: all[3]!, index, topics, urls, lang: 'es' })).toThrow(
      'The topic "cartels" has no page in the "es" edition: it has no `es` block',
    );
    const topicless = { id: 'none', data: { topics: [] } };
    expect(briefingNeighbours({ briefing: topicless, index, topics, urls, lang: 'es' })).toEqual({
      sequence: undefined,
      related: [],
    });
  });
});
