import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeFile } from '../../src/checker/analyze.ts';
import { briefingSchema } from '../../src/schemas/index.ts';
import { correctionNotice } from '../../src/lib/corrections.ts';
import { briefingData } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('corrections in the schema', () => {
  const base = {
    title: 'A briefing with a correction',
    dek: 'A briefing that was corrected after it was published, once.',
    published: '2026-11-23',
    kind: 'news',
    topics: ['cartels'],
    sources: ['afp-rubio-mexico-trip'],
  };

  it('accepts corrections on or after the day of publication', () => {
    const result = briefingSchema().safeParse({
      ...base,
      corrections: [
        { date: '2026-11-23', text: 'An earlier version misspelled a name.' },
        { date: '2026-11-24', text: 'An earlier version gave the wrong committee.' },
      ],
    });
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.corrections?.map((c) => c.date)).toEqual([day('2026-11-23'), day('2026-11-24')]);
  });

  it('rejects an empty list and a correction without text', () => {
    const issues = (corrections: unknown) =>
      briefingSchema()
        .safeParse({ ...base, corrections })
        .error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues([])).toEqual([['corrections', 'must list at least one correction, or be left out']]);
    expect(issues([{ date: '2026-11-24' }])).toEqual([
      ['corrections.0.text', 'is required: what was wrong and what the briefing now says'],
    ]);
  });
});

describe('the content checker on briefings with bad corrections', () => {
  const check = (file: string) =>
    analyzeFile(file, 'briefings', 'fixture', readFileSync(file, 'utf8')).problems.map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`,
    );

  it('names file, line and field of a correction dated before publication', () => {
    const file = 'tests/fixtures/checker/correction-before-published.md';
    expect(check(file)).toEqual([
      `${file}:11:5 correction-before-published \`date\` in \`corrections\` item 2 must not be before \`published\``,
    ]);
  });

  it('names file, line and field of every malformed correction', () => {
    const file = 'tests/fixtures/checker/bad-corrections.md';
    expect(check(file)).toEqual([
      `${file}:11:5 schema/format \`date\` in \`corrections\` item 2 must be a date like 2025-05-21`,
      `${file}:13:5 schema/required \`text\` in \`corrections\` item 3 is required: what was wrong and what the briefing now says`,
      `${file}:16:5 schema/unknown-field \`by\` in \`corrections\` item 4 is not a field here; the fields are: date, text`,
    ]);
  });
});

describe('the corrections notice', () => {
  const corrections = [
    { date: day('2026-11-27'), text: 'The second correction, listed first.' },
    { date: day('2026-11-25'), text: 'The first correction, listed second.' },
  ];

  it('lists corrections oldest first, with the latest day, and nothing without corrections', () => {
    expect(correctionNotice(briefingData())).toBeUndefined();
    const notice = correctionNotice(briefingData({ corrections }))!;
    expect(notice.latest).toEqual(day('2026-11-27'));
    expect(notice.corrections.map((c) => c.text)).toEqual([
      'The first correction, listed second.',
      'The second correction, listed first.',
    ]);
  });
});
