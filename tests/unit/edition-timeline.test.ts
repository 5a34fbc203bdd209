import { describe, expect, it } from 'vitest';
import { editionTimelineRows } from '../../src/lib/edition-timeline.ts';
import { orderTimeline, paginateTimeline } from '../../src/lib/timeline.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const sources = new Map([
  [
    'afp',
    {
      id: 'afp',
      data: { outlet: 'AFP', kind: 'wire report', published: day('2026-11-20'), es: { kind: 'nota de agencia' } },
    },
  ],
]);
const trip = briefing('trip', {
  timeline: [
    { id: 'tour', when: 'in February', event: 'Rubio tours.', status: 'occurred', source: 'afp' },
    { id: 'visit', when: 'in the coming weeks', event: 'Rubio visits.', status: 'planned', source: 'afp' },
    {
      id: 'hearing',
      date: { text: '2025-03', start: day('2025-03-01'), end: day('2025-04-01'), precision: 'month' },
      event: 'A hearing.',
      status: 'occurred',
      source: 'afp',
    },
  ],
});
const rows = orderTimeline([trip], sources);

describe('the timeline in another edition', () => {
  it('shows the entries a translation translates, in the English order, in the edition’s words', () => {
    const shown = editionTimelineRows(rows, 'es', () => [
      { id: 'visit', when: 'en las próximas semanas', event: 'Rubio visita.' },
      { id: 'hearing', event: 'Una audiencia.' },
    ]);
    expect(shown.map((row) => (row.kind === 'report' ? row.label : `${row.when.text}: ${row.entry.event}`))).toEqual([
      'Marzo de 2025: Una audiencia.',
      'Nota de AFP (nota de agencia), 20 de noviembre de 2026',
      'En las próximas semanas: Rubio visita.',
    ]);
    // The translated rows paginate as the English ones do.
    expect(paginateTimeline(shown).pageOf('visit')).toBe(1);
  });

  it('leaves out entries no translation gives, and a report with none of its entries left', () => {
    expect(editionTimelineRows(rows, 'es', () => undefined)).toEqual([]);
    const dated = editionTimelineRows(rows, 'es', () => [{ id: 'hearing', event: 'Una audiencia.' }]);
    expect(dated.map((row) => row.kind)).toEqual(['entry']);
  });
});
