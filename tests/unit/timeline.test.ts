import { describe, expect, it } from 'vitest';
import { parseTimelineDate, timelineSchema, type TimelineEntry } from '../../src/schemas/index.ts';
import { orderTimeline, paginateTimeline, timelineProblems, timelineWhen } from '../../src/lib/timeline.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { analyzeFile } from '../../src/checker/analyze.ts';
import { checkTimelines } from '../../src/checker/rules/timeline.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const base = { status: 'occurred', source: 'afp', event: 'Something happened that matters.' } as const;

/** Entries as the schema gives them to the site. */
function entries(raw: Record<string, unknown>[]): TimelineEntry[] {
  return timelineSchema().parse(raw.map((r) => ({ ...base, ...r })));
}

function rejection(raw: Record<string, unknown>[]) {
  const result = timelineSchema().safeParse(raw.map((r) => ({ ...base, ...r })));
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

describe('timeline dates', () => {
  it.each([
    ['2025', 'year', '2025-01-01', '2026-01-01'],
    ['2025-02', 'month', '2025-02-01', '2025-03-01'],
    ['2024-02-29', 'day', '2024-02-29', '2024-03-01'],
    ['2025-12', 'month', '2025-12-01', '2026-01-01'],
  ])('%s is a %s', (text, precision, start, end) => {
    expect(parseTimelineDate(text)).toEqual({ precision, text, start: day(start), end: day(end) });
  });

  it.each(['2025-02-30', '2025-13', '25-02', 'February', '2025-2', '0999', ''])('%s is not a date', (text) => {
    expect(parseTimelineDate(text)).toBeUndefined();
  });

  it('reads the forms YAML gives: a number for a year, a Date for a day', () => {
    const [year, dayEntry] = entries([
      { id: 'a', date: 2025 },
      { id: 'b', date: day('2025-02-14') },
    ]);
    expect(year!.date).toMatchObject({ precision: 'year', text: '2025' });
    expect(dayEntry!.date).toMatchObject({ precision: 'day', text: '2025-02-14' });
  });

  it('reads as precisely as written, never more', () => {
    const [y, m, d, w] = entries([
      { id: 'y', date: '2025' },
      { id: 'm', date: '2025-02' },
      { id: 'd', date: '2025-02-14' },
      { id: 'w', when: 'in the coming weeks', status: 'planned' },
    ]);
    expect([y, m, d, w].map((e) => timelineWhen(e!))).toEqual([
      { text: '2025', datetime: '2025' },
      { text: 'February 2025', datetime: '2025-02' },
      { text: '14 February 2025', datetime: '2025-02-14' },
      { text: 'In the coming weeks' },
    ]);
  });
});

describe('timeline entries are checked by the schema, naming the field', () => {
  it('a bad calendar date', () => {
    expect(rejection([{ id: 'a', date: '2025-02-30' }])).toEqual([
      { field: '0.date', message: expect.stringContaining('a year (2025), a month (2025-02) or a day (2025-02-14)') },
    ]);
  });

  it('neither a date nor the source’s words', () => {
    expect(rejection([{ id: 'a' }])).toEqual([
      { field: '0.date', message: expect.stringMatching(/^is required, or `when`/) },
    ]);
  });

  it('both a date and words', () => {
    expect(rejection([{ id: 'a', date: '2025', when: 'in February' }])).toEqual([
      { field: '0.when', message: expect.stringContaining('must not be given together with `date`') },
    ]);
  });

  it('`after` on a dated entry, and `after` naming itself', () => {
    expect(rejection([{ id: 'a', date: '2025', after: 'b' }])).toEqual([
      { field: '0.after', message: expect.stringContaining('only for entries without a calendar date') },
    ]);
    expect(rejection([{ id: 'a', when: 'later', after: 'a' }])).toEqual([
      { field: '0.after', message: 'must name another entry, not this one' },
    ]);
  });

  it('an unknown status and a missing event', () => {
    const { event: _omit, ...noEvent } = base;
    const result = timelineSchema().safeParse([{ ...noEvent, id: 'a', when: 'soon', status: 'rumoured' }]);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['0.event', expect.stringMatching(/^is required/)],
      ['0.status', 'must be one of: planned, confirmed, occurred'],
    ]);
  });

  it('leaves the same id twice in one briefing to the check across briefings, which reports it once', () => {
    const twice = [
      { id: 'a', date: '2025' },
      { id: 'a', date: '2026' },
    ];
    expect(timelineSchema().safeParse(twice.map((r) => ({ ...base, ...r }))).success).toBe(true);
    expect(timelineProblems(twice).map(({ index, rule }) => [index, rule])).toEqual([[1, 'timeline/duplicate-id']]);
  });
});

describe('the order of the timeline', () => {
  const undated = { id: 'afp', data: { outlet: 'AFP', kind: 'wire report' } };
  const dated = { id: 'dated', data: { outlet: 'Wire', kind: 'news report', published: day('2025-03-10') } };
  const sources = new Map([
    ['afp', undated],
    ['dated', dated],
  ]);
  const order = (bs: ReturnType<typeof briefing>[]) =>
    orderTimeline(bs, sources).map((row) => (row.kind === 'report' ? `[${row.source.id}]` : row.entry.id));

  it('puts dated entries by the start of their period, coarser first', () => {
    const b = briefing('b', {
      timeline: entries([
        { id: 'march-14', date: '2025-03-14' },
        { id: 'year', date: '2025' },
        { id: 'february', date: '2025-02' },
        { id: 'march', date: '2025-03' },
        { id: 'older', date: '2024-12-31' },
      ]),
    });
    expect(order([b])).toEqual(['older', 'year', 'february', 'march', 'march-14']);
  });

  it('puts entries without a date around their source’s report: past before it, plans after it', () => {
    const b = briefing('b', {
      timeline: entries([
        { id: 'trip', when: 'in the coming weeks', status: 'planned' },
        { id: 'tour', when: 'in February' },
        { id: 'remark', when: 'earlier this month', after: 'tour' },
        { id: 'dated', date: '2025-01' },
      ]),
    });
    // An undated report sits after every dated entry.
    expect(order([b])).toEqual(['dated', 'tour', 'remark', '[afp]', 'trip']);
  });

  it('places a dated source’s report on its day', () => {
    const b = briefing('b', {
      timeline: entries([
        { id: 'april', date: '2025-04' },
        { id: 'feb', date: '2025-02' },
        { id: 'soon', when: 'next month', status: 'confirmed', source: 'dated' },
        { id: 'lately', when: 'recently', source: 'dated' },
      ]),
    });
    expect(order([b])).toEqual(['feb', 'lately', '[dated]', 'soon', 'april']);
  });

  it('puts `after` entries right after their anchor, across briefings, in written order', () => {
    const older = briefing('older', {
      published: day('2025-01-01'),
      timeline: entries([
        { id: 'anchor', date: '2025-05' },
        { id: 'later', date: '2025-06' },
      ]),
    });
    const newer = briefing('newer', {
      published: day('2025-02-01'),
      timeline: entries([
        { id: 'second', when: 'soon after', after: 'anchor' },
        { id: 'third', when: 'then', after: 'second' },
        { id: 'first', when: 'right after', after: 'anchor' },
      ]),
    });
    expect(order([newer, older])).toEqual(['anchor', 'second', 'third', 'first', 'later']);
  });

  it('refuses to order entries with problems the checker reports', () => {
    const b = briefing('b', { timeline: entries([{ id: 'a', when: 'later', after: 'nowhere' }]) });
    expect(() => orderTimeline([b], sources)).toThrow(/Timeline entry "a": `after` names no timeline entry "nowhere"/);
  });
});

describe('problems between entries', () => {
  it('an id used twice across briefings, an unknown `after` with a suggestion, a circle, an entry of a draft', () => {
    const problems = timelineProblems([
      { id: 'tour', after: 'trip' },
      { id: 'trip', after: 'tour' },
      { id: 'tour' },
      { id: 'remark', after: 'tuor' },
      { id: 'draft-entry', draft: true },
      { id: 'uses-draft', after: 'draft-entry' },
    ]);
    expect(problems.map(({ index, field, rule }) => [index, field, rule])).toEqual([
      [2, 'id', 'timeline/duplicate-id'],
      [3, 'after', 'timeline/unknown-entry'],
      [5, 'after', 'timeline/after-draft'],
      [0, 'after', 'timeline/after-cycle'],
    ]);
    expect(problems[1]!.message).toBe('`after` names no timeline entry "tuor"; did you mean "tour"?');
    expect(problems[3]!.message).toContain('tour → trip → tour');
  });

  it('the content checker reports them at the line of the field, across files', () => {
    const file = (name: string, timeline: string) =>
      analyzeFile(
        `content/briefings/${name}.md`,
        'briefings',
        name,
        `---\ntitle: A briefing title for tests\ndek: A one-sentence summary that is long enough to pass.\npublished: 2026-01-10\nkind: news\ntopics: [cartels]\nsources: [afp]\ntimeline:\n${timeline}---\n\n## Body\n\nText.\n`,
      );
    const one = file(
      'one',
      '  - id: tour\n    when: in February\n    event: Rubio tours Latin America.\n    status: occurred\n    source: afp\n',
    );
    const two = file(
      'two',
      '  - id: tour\n    when: earlier\n    event: A second entry with the same id.\n    status: occurred\n    source: afp\n  - id: remark\n    when: earlier this month\n    after: tuor\n    event: Sheinbaum calls the statement historic.\n    status: occurred\n    source: afp\n',
    );
    expect(one.problems.concat(two.problems)).toEqual([]);
    expect(checkTimelines([one, two])).toEqual([
      expect.objectContaining({ file: 'content/briefings/two.md', line: 9, rule: 'timeline/duplicate-id' }),
      expect.objectContaining({
        file: 'content/briefings/two.md',
        line: 16,
        rule: 'timeline/unknown-entry',
        message: '`after` names no timeline entry "tuor"; did you mean "tour"?',
      }),
    ]);
  });

  it('the content checker reports a schema problem in an entry at its line', () => {
    const facts = analyzeFile(
      'content/briefings/x.md',
      'briefings',
      'x',
      `---\ntitle: A briefing title for tests\ndek: A one-sentence summary that is long enough to pass.\npublished: 2026-01-10\nkind: news\ntopics: [cartels]\nsources: [afp]\ntimeline:\n  - id: tour\n    date: February\n    event: Rubio tours Latin America.\n    status: occurred\n    source: afp\n---\n\n## Body\n\nText.\n`,
    );
    expect(facts.problems).toEqual([
      expect.objectContaining({
        line: 10,
        rule: 'schema/format',
        message: expect.stringMatching(/^`date` in `timeline` item 1 must be a calendar date/),
      }),
    ]);
  });
});

describe('the timeline in pages', () => {
  const afp = { id: 'afp', data: { outlet: 'AFP', kind: 'wire report' } };
  const wire = { id: 'wire', data: { outlet: 'Wire', kind: 'news report', published: day('2025-03-10') } };
  const sources = new Map([
    ['afp', afp],
    ['wire', wire],
  ]);
  const rowName = (row: { kind: 'entry'; entry: { id: string } } | { kind: 'report'; source: { id: string } }) =>
    row.kind === 'report' ? `[${row.source.id}]` : row.entry.id;
  const pagesOf = (raw: Record<string, unknown>[], size: number) => {
    const rows = orderTimeline([briefing('b', { timeline: entries(raw) })], sources);
    return paginateTimeline(rows, size);
  };

  it('puts `size` entries on a page; a report goes with the entry after it and does not count', () => {
    const { pages } = pagesOf(
      [
        { id: 'jan', date: '2025-01' },
        { id: 'feb', date: '2025-02' },
        { id: 'lately', when: 'recently', source: 'wire' },
        { id: 'soon', when: 'next month', status: 'planned', source: 'wire' },
        { id: 'april', date: '2025-04' },
      ],
      2,
    );
    // In order: jan, feb, lately, [wire], soon, april.
    expect(pages.map((p) => [p.number, p.total, p.items.map(rowName)])).toEqual([
      [1, 3, ['jan', 'feb']],
      [2, 3, ['lately', '[wire]', 'soon']],
      [3, 3, ['april']],
    ]);
  });

  it('keeps a report that no entry follows on the last page', () => {
    const { pages } = pagesOf(
      [
        { id: 'tour', when: 'in February' },
        { id: 'remark', when: 'earlier this month' },
        { id: 'dated', date: '2025-01' },
      ],
      2,
    );
    expect(pages.map((p) => p.items.map(rowName))).toEqual([
      ['dated', 'tour'],
      ['remark', '[afp]'],
    ]);
  });

  it('knows the page of every entry, and links an entry on its page', () => {
    const raw = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, date: `2025-0${i + 1}` }));
    const timeline = pagesOf(raw, 3);
    const onPages = timeline.pages.flatMap((p) => p.items.map((row) => [rowName(row), p.number]));
    expect(onPages).toEqual(raw.map(({ id }) => [id, timeline.pageOf(id)]));
    expect(timeline.pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    const urls = createUrls('/sub/');
    expect(urls.timelinePage(timeline.pageOf('e0'), 'e0')).toBe('/sub/timeline/#e0');
    expect(urls.timelinePage(timeline.pageOf('e6'), 'e6')).toBe('/sub/timeline/3/#e6');
    expect(() => timeline.pageOf('nowhere')).toThrow('Timeline entry "nowhere" is on no timeline page');
  });

  it('has one empty page when no briefing has entries', () => {
    const { pages } = paginateTimeline(orderTimeline([briefing('b')], sources), 3);
    expect(pages).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('holds at most `size` entries on a page however many there are, each entry on exactly one page', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      briefing(`b${String(i).padStart(2, '0')}`, {
        timeline: entries([
          { id: `dated-${i}`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}` },
          { id: `before-${i}`, when: 'earlier', source: i % 2 ? 'afp' : 'wire' },
          { id: `after-${i}`, when: 'later', status: 'planned', source: i % 2 ? 'wire' : 'afp' },
        ]),
      }),
    );
    // The default page size is the README's 25 entries a page.
    const { pages } = paginateTimeline(orderTimeline(many, sources));
    const ids = pages.flatMap((p) => p.items.flatMap((row) => (row.kind === 'entry' ? [row.entry.id] : [])));
    expect(ids.length).toBe(120);
    expect(new Set(ids).size).toBe(120);
    expect(pages.map((p) => p.items.filter((row) => row.kind === 'entry').length)).toEqual([25, 25, 25, 25, 20]);
    expect(pages.flatMap((p) => p.items.filter((row) => row.kind === 'report').map(rowName)).sort()).toEqual([
      '[afp]',
      '[wire]',
    ]);
  });
});
