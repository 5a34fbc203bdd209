import { describe, expect, it } from 'vitest';
import { spanishHomeData } from '../../src/lib/edition-home.ts';
import { cardOf } from '../../src/lib/edition-briefings.ts';
import { sourceIn } from '../../src/lib/edition-sources.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const topics = [
  {
    id: 'cartels',
    data: {
      name: 'Cartels',
      description: 'Cartels in Mexico.',
      order: 1,
      es: { name: 'Cárteles', description: 'Los cárteles en México.', slug: 'carteles' },
    },
  },
  { id: 'migration', data: { name: 'Migration', description: 'Migration.', order: 2 } },
];
const entry = (id: string, published: string, extra = {}) => ({
  original: briefing(id, { published: day(published), topics: ['cartels'], ...extra }),
  translation: { id: `es-${id}`, data: { title: `Título ${id}`, dek: `Resumen ${id}.`, published: day('2026-02-01') } },
});

describe('the Spanish home', () => {
  it('chooses the lead and latest as the English home does, among translated briefings, shown as translations', () => {
    const older = entry('older', '2026-01-01', { featured: true });
    const newer = entry('newer', '2026-01-05', { kind: 'analysis' });
    const data = spanishHomeData([newer, older], topics, 'es');
    expect(data.lead?.briefing).toEqual(cardOf(older));
    expect(data.latest.map((c) => [c.id, c.data.kind])).toEqual([['es-newer', 'analysis']]);
    // Only topics with a Spanish version, counted in translated briefings.
    expect(data.topics).toEqual([
      { id: 'cartels', slug: 'carteles', name: 'Cárteles', description: 'Los cárteles en México.', count: 2 },
    ]);
  });
});

describe('a source in an edition', () => {
  const source = {
    outlet: 'AFP',
    kind: 'wire report' as const,
    description: 'A report by the agency.',
    note: 'Undated.',
    es: { kind: 'nota de agencia', description: 'Una nota de la agencia.' },
  };
  it('gives the Spanish words, and never the English note in their place', () => {
    expect(sourceIn(source, 'es')).toEqual({ kind: 'nota de agencia', description: 'Una nota de la agencia.' });
    expect(sourceIn(source, 'en')).toEqual({
      kind: 'wire report',
      description: 'A report by the agency.',
      note: 'Undated.',
    });
  });
});
