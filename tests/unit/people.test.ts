import { describe, expect, it } from 'vitest';
import { peopleIndex, personPages } from '../../src/lib/people.ts';
import { paginate } from '../../src/lib/pagination.ts';
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
      peopleIndex([sheinbaum, rubio, nobody], [older, newer, none]).map((e) => [e.person.id, e.quotes, e.briefings]),
    ).toEqual([
      ['nobody', 0, 0],
      ['sheinbaum', 1, 1],
      ['rubio', 3, 2],
    ]);
  });

  it('splits each person’s quotations into pages, each quotation once, each page with the briefings citing it', () => {
    const pages = personPages([rubio, nobody], [older, none, newer], 2).map(({ person, page, briefings }) => [
      person.id,
      `${page.number}/${page.total}`,
      page.items.map(({ quote, briefings }) => `${quote.text} (${briefings.map((b) => b.id).join(', ')})`),
      briefings.map((b) => b.id),
    ]);
    expect(pages).toEqual([
      ['rubio', '1/2', ['Second. (newer)', 'Third. (newer)'], ['newer']],
      ['rubio', '2/2', ['First. (newer, older)'], ['newer', 'older']],
      ['nobody', '1/1', [], []],
    ]);
  });

  it('pages of a long list of quotations each hold at most 25, every quotation once', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      briefing(`b${String(i).padStart(2, '0')}`, {
        published: day(`2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
        quotes: [quote('rubio', `Quote ${i}a.`), quote('rubio', `Quote ${i}b.`), quote('rubio', 'Said every time.')],
      }),
    );
    const pages = personPages([rubio], many);
    expect(pages.map(({ page }) => page.items.length)).toEqual([25, 25, 25, 25, 21]);
    const texts = pages.flatMap(({ page }) => page.items.map(({ quote }) => quote.text));
    expect(new Set(texts).size).toBe(121);
    const said = pages.flatMap(({ page }) => page.items).find((p) => p.quote.text === 'Said every time.')!;
    expect(said.briefings).toHaveLength(60);
  });

  it('the people index is paginated like any listing, with its page URLs', () => {
    const people = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      data: { name: `Person ${String(i).padStart(2, '0')}`, role: 'Official' },
    }));
    const pages = paginate(peopleIndex(people, []), 25);
    expect(pages.map((p) => p.items.length)).toEqual([25, 5]);
    expect(pages[1]!.items[0]!.person.id).toBe('p25');
    expect([urls.peoplePage(1), urls.peoplePage(2)]).toEqual(['/mx/people/', '/mx/people/2/']);
    expect([urls.personPage('rubio', 1), urls.personPage('rubio', 3)]).toEqual([
      '/mx/people/rubio/',
      '/mx/people/rubio/3/',
    ]);
  });
});
