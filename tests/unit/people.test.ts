import { describe, expect, it } from 'vitest';
import { peopleIndex } from '../../src/lib/people.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { passagesBySpeaker } from '../../src/lib/quotations.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const quote = (speaker: string, text: string) => ({ speaker, text, context: 'Testimony', source: 'afp' });
const rubio = { id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } };
const sheinbaum = { id: 'sheinbaum', data: { name: 'Claudia Sheinbaum', role: 'President of Mexico' } };
const nobody = { id: 'nobody', data: { name: 'Ana Nobody', role: 'Never quoted' } };

describe('people', () => {
  const older = briefing('older', {
    published: day('2026-01-01'),
    quotes: [quote('rubio', 'First.'), quote('sheinbaum', 'historic')],
  });
  const newer = briefing('newer', {
    published: day('2026-01-05'),
    quotes: [quote('rubio', 'Second.'), quote('rubio', 'Third.'), quote('rubio', 'First.')],
  });
  const none = briefing('none', { published: day('2026-01-09') });

  it('indexes people by name with how many quotations, each once, and in how many briefings', () => {
    expect(
      peopleIndex([sheinbaum, rubio, nobody], passagesBySpeaker([older, newer, none])).map((e) => [
        e.person.id,
        e.quotes,
        e.briefings,
      ]),
    ).toEqual([
      ['nobody', 0, 0],
      ['sheinbaum', 1, 1],
      ['rubio', 3, 2],
    ]);
  });

  it('the people index is paginated like any listing, with its page URLs', () => {
    const people = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      data: { name: `Person ${String(i).padStart(2, '0')}`, role: 'Official' },
    }));
    const pages = paginate(peopleIndex(people, passagesBySpeaker([])), 25);
    expect(pages.map((p) => p.items.length)).toEqual([25, 5]);
    expect(pages[1]!.items[0]!.person.id).toBe('p25');
    expect([urls.peoplePage(1), urls.peoplePage(2)]).toEqual(['/mx/people/', '/mx/people/2/']);
    expect([urls.personPage('rubio', 1), urls.personPage('rubio', 3)]).toEqual([
      '/mx/people/rubio/',
      '/mx/people/rubio/3/',
    ]);
  });
});
