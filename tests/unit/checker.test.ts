import { describe, expect, it } from 'vitest';
import { runChecker } from '../helpers/checker.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, type CheckResult, type Problem } from '../../src/checker/index.ts';
import { analyzeSafely } from '../../src/checker/analyze.ts';
import { checkSchema } from '../../src/checker/rules/schema.ts';
import { parseYaml } from '../../src/checker/yaml-positions.ts';
import { z } from 'astro/zod';
import type { CollectionName } from '../../src/model/collections.ts';

/**
 * One fixture per rule: tests/fixtures/checker/cases/<case>/ is laid over a valid content folder
 * (tests/fixtures/checker/base/), the real checker runs on the result, and the test asserts the
 * exact problems it reports: file, line, column, severity and rule id.
 */
const FIXTURES = resolve('tests/fixtures/checker');
const TODAY = '2026-06-01';

type Expected = [file: string, line: number, column: number, severity: Problem['severity'], rule: string];

interface Case {
  expect: Expected[];
  /** Something the message must say, such as the fix. */
  says?: RegExp;
  base?: string;
  /** Files of the valid base to leave out. */
  without?: string[];
}

const b = (name: string) => `content/briefings/${name}`;

const CASES: Record<string, Case> = {
  'yaml-syntax-unclosed-quote': {
    expect: [[b('unclosed-quote.md'), 2, 8, 'error', 'yaml-syntax']],
    says: /never closed: end the value with "/,
  },
  'yaml-syntax-colon': {
    expect: [[b('colon-in-value.md'), 2, 8, 'error', 'yaml-syntax']],
    says: /such as title: "Rubio: a fixture briefing"/,
  },
  'yaml-syntax-and-fields': {
    // A mistake confined to one line does not hide the problems on the others.
    expect: [
      [b('colon-and-unknown-topic.md'), 2, 1, 'error', 'schema/required'],
      [b('colon-and-unknown-topic.md'), 2, 8, 'error', 'yaml-syntax'],
      [b('colon-and-unknown-topic.md'), 5, 10, 'error', 'unknown-topic'],
    ],
  },
  'yaml-syntax-duplicate-key': {
    expect: [[b('duplicate-key.md'), 8, 1, 'error', 'yaml-syntax']],
    says: /`kind` is written twice/,
  },
  'broken-person-link': {
    // People pages are internal links too (the registry gives the collection pages); a numbered
    // page of the people index is not a person, and with two people there is no page 2.
    expect: [
      [b('person-links.md'), 12, 45, 'error', 'broken-internal-link'],
      [b('person-links.md'), 13, 1, 'error', 'broken-internal-link'],
    ],
    says: /goes to a person page that does not exist: there is no people\/marco-rubios\.yaml; did you mean "marco-rubio"\?/,
  },
  'internal-link-routes': {
    // Every route is read back from the file: a Spanish topic page by its es.slug, a topic's
    // numbered page by its briefings, a timeline entry, a person's page by their quotes.
    expect: [
      [b('route-links.md'), 18, 31, 'error', 'broken-internal-link'],
      [b('route-links.md'), 18, 59, 'error', 'broken-internal-link'],
      [b('route-links.md'), 19, 27, 'error', 'broken-internal-link'],
      [b('route-links.md'), 19, 52, 'error', 'broken-internal-link'],
      [b('route-links.md'), 20, 5, 'error', 'broken-internal-link'],
      [b('route-links.md'), 20, 77, 'error', 'broken-internal-link'],
    ],
    says: /"cartels" is the English id: the Spanish page is \/es\/temas\/carteles\//,
  },
  'timeline-repeated-entry': {
    // One mistake, one report: the id is checked across the site in one pass, not also by the schema.
    expect: [[b('repeated-entry.md'), 14, 5, 'error', 'timeline/duplicate-id']],
    says: /already used by another timeline entry/,
  },
  'yaml-syntax-tab': { expect: [[b('tab-indent.md'), 8, 1, 'error', 'yaml-syntax']], says: /indent with spaces/ },
  'yaml-syntax-data-file': {
    expect: [['content/topics/trade.yaml', 1, 7, 'error', 'yaml-syntax']],
    says: /end it with \]/,
  },
  'frontmatter-missing': { expect: [[b('no-frontmatter.md'), 1, 1, 'error', 'frontmatter-missing']] },
  'frontmatter-unclosed': {
    expect: [[b('unclosed-frontmatter.md'), 1, 1, 'error', 'frontmatter-unclosed']],
    says: /add a line with just `---`/,
  },
  'frontmatter-empty': { expect: [[b('empty-frontmatter.md'), 1, 1, 'error', 'frontmatter-empty']] },
  'frontmatter-not-fields': { expect: [[b('sentence-frontmatter.md'), 2, 1, 'error', 'frontmatter-not-fields']] },
  'data-empty': { expect: [['content/people/nobody.yaml', 1, 1, 'error', 'data-empty']] },
  'data-not-fields': { expect: [['content/sources/a-list.yaml', 1, 1, 'error', 'data-not-fields']] },
  'schema-required': {
    expect: [[b('no-kind.md'), 2, 1, 'error', 'schema/required']],
    says: /^`kind` is required and must be one of: news, explainer, analysis, context$/,
  },
  'schema-type': { expect: [[b('featured-yes.md'), 8, 1, 'error', 'schema/type']], says: /true or false/ },
  'schema-enum': { expect: [[b('kind-opinion.md'), 5, 1, 'error', 'schema/enum']] },
  'schema-length': { expect: [[b('short-title.md'), 2, 1, 'error', 'schema/length']] },
  'schema-format': {
    expect: [[b('impossible-date.md'), 4, 1, 'error', 'schema/format']],
    says: /^`published` must be a date like 2025-05-21$/,
  },
  'schema-unknown-field': {
    expect: [[b('feature-typo.md'), 8, 1, 'error', 'schema/unknown-field']],
    says: /did you mean `featured`\?/,
  },
  'duplicate-reference': { expect: [[b('topic-twice.md'), 6, 19, 'error', 'duplicate-reference']] },
  'updated-before-published': { expect: [[b('updated-early.md'), 8, 1, 'error', 'updated-before-published']] },
  'empty-quote-frontmatter': { expect: [[b('empty-quote-text.md'), 10, 5, 'error', 'empty-quote']] },
  'empty-quote-body': {
    expect: [
      [b('empty-quote-body.md'), 12, 9, 'error', 'empty-quote'],
      [b('empty-quote-body.md'), 14, 1, 'error', 'empty-quote'],
    ],
  },
  'unknown-topic': {
    expect: [[b('unknown-topic.md'), 6, 10, 'error', 'unknown-topic']],
    says: /^`topics` item 1 names an unknown topic "cartel"; did you mean "cartels"\?$/,
  },
  'unknown-source': {
    expect: [[b('unknown-source.md'), 7, 11, 'error', 'unknown-source']],
    says: /did you mean "afp-rubio-mexico-trip"\?/,
  },
  'unknown-person': {
    expect: [[b('unknown-speaker.md'), 9, 5, 'error', 'unknown-person']],
    says: /^`speaker` in `quotes` item 1 names an unknown person "marco-rubi"; did you mean "marco-rubio"\?$/,
  },
  'slug-format': { expect: [[b('Bad_Slug.md'), 1, 1, 'error', 'slug-format']], says: /such as "bad-slug"/ },
  'duplicate-slug': {
    expect: [
      [b('valid-briefing.md'), 1, 1, 'error', 'duplicate-slug'],
      [b('Valid-Briefing.md'), 1, 1, 'error', 'duplicate-slug'],
      [b('Valid-Briefing.md'), 1, 1, 'error', 'slug-format'],
    ],
  },
  'missing-topic': {
    without: ['topics/extradition.yaml'],
    expect: [['content/topics/extradition.yaml', 1, 1, 'error', 'missing-topic']],
  },
  'published-in-future': { expect: [[b('future.md'), 4, 1, 'warning', 'published-in-future']] },
  draft: { expect: [[b('a-draft.md'), 8, 1, 'info', 'draft']] },
  'html-forbidden-tag': {
    expect: [
      [b('script-tag.md'), 14, 1, 'error', 'html-forbidden-tag'],
      [b('script-tag.md'), 16, 14, 'error', 'html-forbidden-tag'],
    ],
  },
  'html-event-handler': { expect: [[b('onclick.md'), 12, 21, 'error', 'html-event-handler']] },
  'html-inline-style': { expect: [[b('inline-style.md'), 12, 12, 'error', 'html-inline-style']] },
  'html-not-allowed': {
    expect: [
      [b('div-tag.md'), 12, 1, 'error', 'html-not-allowed'],
      [b('div-tag.md'), 16, 9, 'error', 'html-not-allowed'],
    ],
  },
  'line-endings': { expect: [[b('old-mac.md'), 1, 1, 'error', 'line-endings']], says: /carriage returns only/ },
  'nesting-too-deep': { expect: [[b('deep-quote.md'), 14, 1, 'error', 'nesting-too-deep']], says: /flatten it/ },
  'image-missing': {
    expect: [[b('missing-image.md'), 14, 1, 'error', 'image-missing']],
    says: /does not exist beside this briefing/,
  },
  'image-remote': {
    expect: [[b('remote-image.md'), 14, 1, 'error', 'image-remote']],
    says: /Content-Security-Policy blocks/,
  },
  'html-unclosed': { expect: [[b('unclosed-tag.md'), 14, 1, 'error', 'html-unclosed']], says: /never closed/ },
  'text-control-character': {
    expect: [
      [b('bidi-title.md'), 2, 27, 'error', 'text-control-character'],
      [b('bidi-title.md'), 3, 6, 'error', 'text-control-character'],
    ],
    says: /U\+202E\), which makes text display in another order/,
  },
  'link-unsafe-scheme': {
    expect: [
      [b('unsafe-links.md'), 12, 1, 'error', 'link-unsafe-scheme'],
      [b('unsafe-links.md'), 12, 32, 'error', 'link-unsafe-scheme'],
      [b('unsafe-links.md'), 13, 5, 'error', 'link-unsafe-scheme'],
      [b('unsafe-links.md'), 13, 52, 'error', 'link-unsafe-scheme'],
    ],
  },
  'broken-internal-link': {
    expect: [
      [b('broken-links.md'), 12, 5, 'error', 'broken-internal-link'],
      [b('broken-links.md'), 12, 43, 'error', 'broken-internal-link'],
    ],
  },
  'broken-internal-link-base': {
    base: '/briefings-mx/',
    expect: [
      [b('broken-links-base.md'), 12, 5, 'error', 'broken-internal-link'],
      [b('broken-links-base.md'), 12, 83, 'error', 'broken-internal-link'],
    ],
  },
  'link-to-draft': {
    expect: [
      [b('draft-target.md'), 8, 1, 'info', 'draft'],
      [b('links-to-draft.md'), 12, 5, 'warning', 'link-to-draft'],
    ],
  },
  'heading-h1': { expect: [[b('h1.md'), 10, 1, 'error', 'heading-h1']] },
  'heading-skip': { expect: [[b('skipped-level.md'), 12, 1, 'error', 'heading-skip']], says: /use `###`/ },
  'heading-skip-first': { expect: [[b('starts-at-h3.md'), 10, 1, 'error', 'heading-skip']], says: /use `##`/ },
  'empty-body': { expect: [[b('no-body.md'), 10, 1, 'error', 'empty-body']] },
  'empty-body-comment': { expect: [[b('only-comment.md'), 11, 1, 'error', 'empty-body']] },
  'ignored-file': { expect: [[b('notes.txt'), 1, 1, 'warning', 'ignored-file']], says: /ending in \.md/ },
};

/** A temporary project holding content/: the valid base with the case's files laid over it. */
function contentFor(...cases: string[]): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'checker-'));
  const contentDir = join(root, 'content');
  cpSync(join(FIXTURES, 'base'), contentDir, { recursive: true });
  for (const name of cases) {
    for (const file of CASES[name]?.without ?? []) rmSync(join(contentDir, file));
    const overlay = join(FIXTURES, 'cases', name);
    if (existsSync(overlay)) cpSync(overlay, contentDir, { recursive: true, force: true });
  }
  return { root, contentDir };
}

const check = (where: { root: string; contentDir: string }, base = '/', threads?: number) =>
  checkContent({ ...where, base, today: TODAY, cacheDir: false, threads });

const found = (result: CheckResult): Expected[] =>
  result.problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule]);

/** Every rule id the tests below make the checker report, to compare with the README's table. */
const TESTED_RULES = new Set([
  ...Object.values(CASES).flatMap((c) => c.expect.map((e) => e[4])),
  'unreadable-file',
  'symlink-outside',
  'content-folder-missing',
  'checker-failure',
  'schema/invalid',
  // Tested with the features they belong to: aliases.test.ts, corrections.test.ts,
  // timeline.test.ts and schemas.test.ts.
  'alias-collision',
  'link-to-alias',
  'correction-before-published',
  'timeline/duplicate-id',
  'timeline/unknown-entry',
  'timeline/after-draft',
  'timeline/after-cycle',
  'person-id-number',
  // Links to timeline entries: internal-links.test.ts.
  'timeline-link-moves',
  // The source-archive rules: checker-sources.test.ts.
  'source/quote-not-verbatim',
  'source/copied-run',
  'source/close-paraphrase',
  'source/not-archived',
]);

describe('the content checker, one fixture per rule', () => {
  it('the base fixture is clean', async () => {
    const result = await check({ root: FIXTURES, contentDir: join(FIXTURES, 'base') });
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(8);
  });

  it.each(Object.keys(CASES).map((name) => [name]))('%s', async (name) => {
    const spec = CASES[name]!;
    const result = await check(contentFor(name), spec.base);
    expect(found(result)).toEqual(spec.expect);
    for (const p of result.problems) {
      // Plain words, never a parser's or zod's own phrasing.
      expect(p.message).not.toMatch(/Invalid input|expected \w+, received|undefined|\[object/);
    }
    if (spec.says) expect(result.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(spec.says));
    expect(result.errors).toBe(spec.expect.filter((e) => e[3] === 'error').length);
    expect(result.warnings).toBe(spec.expect.filter((e) => e[3] === 'warning').length);
  });

  it('reports a file it cannot read', async () => {
    const where = contentFor();
    symlinkSync(join(where.contentDir, 'nowhere.md'), join(where.contentDir, 'briefings', 'dangling.md'));
    const result = await check(where);
    expect(found(result)).toEqual([[b('dangling.md'), 1, 1, 'error', 'unreadable-file']]);
  });

  it('accepts an image where the README puts it, in content/briefings/images/', async () => {
    const where = contentFor();
    mkdirSync(join(where.contentDir, 'briefings', 'images'));
    cpSync(resolve('public/logo.png'), join(where.contentDir, 'briefings', 'images', 'chart.png'));
    const valid = readFileSync(join(where.contentDir, 'briefings', 'valid-briefing.md'), 'utf8');
    writeFileSync(
      join(where.contentDir, 'briefings', 'valid-briefing.md'),
      `${valid}\n![A chart of nothing in particular](./images/chart.png)\n`,
    );
    const result = await check(where);
    expect(found(result)).toEqual([]);
  });

  it('refuses a link to a file outside the content folder, and does not read it', async () => {
    const where = contentFor();
    const secret = join(mkdtempSync(join(tmpdir(), 'checker-outside-')), 'secret.md');
    cpSync(join(where.contentDir, 'briefings', 'valid-briefing.md'), secret);
    symlinkSync(secret, join(where.contentDir, 'briefings', 'published-secret.md'));
    const result = await check(where);
    expect(found(result)).toEqual([[b('published-secret.md'), 1, 1, 'error', 'symlink-outside']]);
  });

  it('reports nesting deep enough to exhaust a parser at its line, without parsing it', () => {
    const head = readFileSync(join(FIXTURES, 'base/briefings/valid-briefing.md'), 'utf8').split('\n---\n')[0]!;
    const list = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n');
    for (const body of [list, '['.repeat(10_000), '<span>'.repeat(10_000), '>'.repeat(10_000)]) {
      const text = `${head}\n---\n\n${body}\n`;
      const line = head.split('\n').length + 3;
      const facts = analyzeSafely('content/briefings/deep.md', 'briefings', 'deep', text);
      expect(facts.problems.map((p) => [p.rule, p.line - line])).toEqual([
        ['nesting-too-deep', body === list ? 33 : 0],
      ]);
    }
  });

  it('reports a missing content folder instead of crashing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'checker-'));
    const result = await check({ root, contentDir: join(root, 'no-such-folder') });
    expect(found(result)).toEqual([['no-such-folder', 1, 1, 'error', 'content-folder-missing']]);
  });

  it('turns a crash inside the checker into a problem on the file', () => {
    const facts = analyzeSafely('content/x/y.yaml', 'nonsense' as CollectionName, 'y', 'a: 1\n');
    expect(facts.problems).toEqual([expect.objectContaining({ rule: 'checker-failure', line: 1, column: 1 })]);
  });

  const REST = 'description: Tariffs and trade between the two countries.\norder: 5\n';
  it.each([
    ['name: @trade\n', 1, 7, 'a value cannot start with `@` unless it is in quotes, such as name: "@trade"'],
    ['name: "Trade "and" tariffs"\n', 1, 15, 'there is more text after the closing quote mark'],
    ["name: 'Trade\n", 1, 7, "this value opens a quote mark (') that is never closed"],
    ['name:"Trade"\n', 1, 1, 'this line is not written as `name: value`'],
    ['name: *trade\n', 1, 7, 'put it in quotes, such as name: "*trade"'],
    ['name: Trade\n---\n', 2, 1, 'a `---` line splits this file in two: remove it'],
    ['name: {a: 1\n', 1, 7, 'this value opens with { but is never closed'],
    ['name: Trade\ntags:\n  - a\n - b\n', 4, 1, 'list items ("- ") must line up under each other'],
  ])('explains the YAML mistake in %j at its line', (start, line, column, says) => {
    const facts = analyzeSafely('content/topics/trade.yaml', 'topics', 'trade', `${start}${REST}`);
    expect(facts.problems).toEqual([
      expect.objectContaining({ line, column, rule: 'yaml-syntax', message: expect.stringContaining(says) }),
    ]);
  });

  it('names any other schema rule schema/invalid, at its field', () => {
    const schema = z.strictObject({ name: z.string().refine((v) => v !== 'x', { error: 'must not be "x"' }) });
    const parsed = parseYaml('name: x\n', 1);
    const { problems } = checkSchema('content/topics/t.yaml', parsed.doc.toJS(), parsed, schema);
    expect(problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([
      [1, 1, 'schema/invalid', '`name` must not be "x"'],
    ]);
  });

  it('reports several faults in several files in one run, sorted by file and line', async () => {
    const cases = ['unknown-topic', 'yaml-syntax-data-file', 'html-forbidden-tag', 'schema-enum', 'empty-quote-body'];
    const result = await check(contentFor(...cases));
    const expected = cases.flatMap((name) => CASES[name]!.expect);
    expect(found(result)).toEqual(
      [...expected].sort((x, y) => x[0].localeCompare(y[0], 'en') || x[1] - y[1] || x[2] - y[2]),
    );
  });

  it('gives the same answer on worker threads as on one thread', async () => {
    const where = contentFor('unknown-topic', 'link-unsafe-scheme', 'duplicate-slug', 'data-empty', 'heading-skip');
    const one = await check(where, '/', 0);
    const threaded = await check(where, '/', 2);
    expect(threaded.problems).toEqual(one.problems);
    expect(threaded.problems.length).toBeGreaterThan(5);
  });

  it('finds nothing wrong in the real content/', async () => {
    const root = process.cwd();
    const result = await checkContent({ root, contentDir: join(root, 'content'), cacheDir: false });
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(result.files).toBeGreaterThan(10);
  });

  it('the README lists every rule id the checker reports, and no other', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| rule id'));
    const listed = [...table.matchAll(/^\| `([a-z0-9/-]+)` +\|/gm)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(TESTED_RULES);
    expect(listed).toHaveLength(TESTED_RULES.size);
  });
});

const cli = (root: string, ...args: string[]) => runChecker(root, args);

describe('npm run check:content', { timeout: 30_000 }, () => {
  it('exits 0 on clean content and prints the summary', () => {
    const run = cli(contentFor().root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      '8 files checked: 0 errors, 0 warnings; 2 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)\n',
    );
  });

  it('exits 1 on errors, one line per problem in the documented format, without colour when piped', () => {
    // No case whose result depends on the day it runs: the command reads the real clock.
    const run = cli(contentFor('unknown-topic', 'ignored-file', 'yaml-syntax-data-file').root);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'content/briefings/notes.txt:1:1  warning  this is not read: a briefing must be a file ending in .md directly inside the briefings folder  (ignored-file)',
      'content/briefings/unknown-topic.md:6:10  error  `topics` item 1 names an unknown topic "cartel"; did you mean "cartels"?  (unknown-topic)',
      'content/topics/trade.yaml:1:7  error  this list opens with [ but is never closed: end it with ] on the same line  (yaml-syntax)',
      '10 files checked: 2 errors, 1 warning; 2 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)',
    ]);
  });

  it('--format json gives the same problems for tools', () => {
    const run = cli(contentFor('unknown-topic', 'draft').root, '--format', 'json');
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as CheckResult;
    expect(json).toMatchObject({ files: 10, errors: 1, warnings: 0 });
    expect(json.problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule])).toEqual([
      ['content/briefings/a-draft.md', 8, 1, 'info', 'draft'],
      ['content/briefings/unknown-topic.md', 6, 10, 'error', 'unknown-topic'],
    ]);
  });

  it('exits 2 on an unknown option or format', () => {
    const { root } = contentFor();
    expect(cli(root, '--format', 'xml').status).toBe(2);
    expect(cli(root, '--colour').status).toBe(2);
  });
});
