import { describe, expect, it } from 'vitest';
import { analyzeFile, type FileFacts } from '../../src/checker/analyze.ts';
import { finish } from '../../src/checker/check.ts';

const root = '/project';
const contentDir = '/project/content';

function briefingFile(slug: string, extra: string, body = '## What happened\n\nText.\n') {
  const text = [
    '---',
    'title: A briefing for the alias tests',
    'dek: A one-sentence summary that is long enough to pass.',
    'published: 2026-01-02',
    'kind: news',
    'topics: [cartels]',
    'sources: [afp-rubio-mexico-trip]',
    extra,
    '---',
    '',
    body,
  ].join('\n');
  return analyzeFile(`content/briefings/${slug}.md`, 'briefings', slug, text);
}

function dataFile(collection: 'topics' | 'sources' | 'people', id: string, text: string) {
  return analyzeFile(`content/${collection}/${id}.yaml`, collection, id, text);
}

const others: FileFacts[] = [
  ...['cartels', 'weapons-flow', 'migration', 'extradition'].map((id, order) =>
    dataFile('topics', id, `name: ${id}\ndescription: A topic description long enough to pass.\norder: ${order}\n`),
  ),
  dataFile(
    'sources',
    'afp-rubio-mexico-trip',
    'outlet: AFP\nkind: wire report\ndescription: A wire report on the trip.\n',
  ),
];

function check(...briefings: FileFacts[]) {
  return finish([...briefings, ...others], { root, contentDir, today: '2026-12-31' }).problems.filter(
    (p) => p.severity !== 'info',
  );
}

describe('aliases (former slugs)', () => {
  it('are accepted when no slug or other alias uses them', () => {
    expect(check(briefingFile('new-slug', 'aliases: [old-slug, older-slug]'), briefingFile('other', ''))).toEqual([]);
  });

  it('must be well-formed slugs, in a list', () => {
    expect(check(briefingFile('new-slug', 'aliases: [Old_Slug]'))).toEqual([
      expect.objectContaining({
        line: 8,
        column: 11,
        rule: 'schema/format',
        message: expect.stringContaining('`aliases` item 1'),
      }),
    ]);
    expect(check(briefingFile('new-slug', 'aliases: old-slug'))).toEqual([
      expect.objectContaining({
        line: 8,
        rule: 'schema/type',
        message: expect.stringContaining('list of former slugs'),
      }),
    ]);
  });

  it('collide with another briefing’s slug, reported at the alias’s line', () => {
    const problems = check(briefingFile('new-slug', 'aliases:\n  - old-slug\n  - other'), briefingFile('other', ''));
    expect(problems).toEqual([
      {
        file: 'content/briefings/new-slug.md',
        line: 10,
        column: 5,
        severity: 'error',
        rule: 'alias-collision',
        message:
          '`aliases` item 2 "other" is the slug of content/briefings/other.md: the old URL would be taken by that briefing; remove the alias or rename one of them',
      },
    ]);
  });

  it('collide with the briefing’s own slug', () => {
    expect(check(briefingFile('new-slug', 'aliases: [new-slug]'))).toEqual([
      expect.objectContaining({
        line: 8,
        rule: 'alias-collision',
        message: expect.stringContaining("is this briefing's own slug"),
      }),
    ]);
  });

  it('collide with an alias of another briefing, naming where it was first claimed', () => {
    expect(
      check(briefingFile('first', 'aliases: [old-slug]'), briefingFile('second', 'aliases:\n  - old-slug')),
    ).toEqual([
      expect.objectContaining({
        file: 'content/briefings/second.md',
        line: 9,
        column: 5,
        rule: 'alias-collision',
        message:
          '`aliases` item 1 "old-slug" is already an alias of content/briefings/first.md (line 8): an old URL can send readers to one briefing only',
      }),
    ]);
  });

  it('collide when the same alias is listed twice', () => {
    expect(check(briefingFile('new-slug', 'aliases: [old-slug, old-slug]'))).toEqual([
      expect.objectContaining({
        line: 8,
        column: 21,
        rule: 'alias-collision',
        message: expect.stringContaining('already an alias of this briefing'),
      }),
    ]);
  });

  it('count a draft’s slug as taken', () => {
    expect(
      check(briefingFile('new-slug', 'aliases: [coming-soon]'), briefingFile('coming-soon', 'draft: true')),
    ).toEqual([expect.objectContaining({ rule: 'alias-collision' })]);
  });

  it('make a body link to an old slug a warning that names the current one', () => {
    const problems = check(
      briefingFile('new-slug', 'aliases: [old-slug]'),
      briefingFile('other', '', '## Section\n\nSee [the briefing](/briefings/old-slug/).\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/briefings/other.md',
        severity: 'warning',
        rule: 'link-to-alias',
        message: expect.stringContaining('link to /briefings/new-slug/ instead'),
      }),
    ]);
  });
});
