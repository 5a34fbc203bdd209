import { describe, expect, it } from 'vitest';
import { runChecker } from '../helpers/checker.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, type CheckResult } from '../../src/checker/index.ts';
import { formatText } from '../../src/checker/report.ts';

/**
 * The source-archive rules on short texts the team wrote (tests/fixtures/sources/README.md):
 * each briefing is laid over the checker's valid base, alone, and checked with the fixture archive.
 */
const FIXTURES = resolve('tests/fixtures/sources');
const ARCHIVE = join(FIXTURES, 'archive');
const TODAY = '2026-06-01';

function project(briefing: string, text = readFileSync(join(FIXTURES, 'content/briefings', briefing), 'utf8')) {
  const root = mkdtempSync(join(tmpdir(), 'checker-sources-'));
  const contentDir = join(root, 'content');
  cpSync(resolve('tests/fixtures/checker/base'), contentDir, { recursive: true });
  rmSync(join(contentDir, 'briefings/valid-briefing.md'));
  cpSync(join(FIXTURES, 'content/sources'), join(contentDir, 'sources'), { recursive: true });
  writeFileSync(join(contentDir, 'briefings', briefing), text);
  return { root, contentDir };
}

const check = (
  where: { root: string; contentDir: string },
  options: { archive?: string | undefined; requireArchive?: boolean; threads?: number; cacheDir?: string } = {},
) => checkContent({ ...where, archive: ARCHIVE, today: TODAY, cacheDir: false, ...options });

const found = (result: CheckResult) => result.problems.map((p) => [p.file, p.line, p.column, p.severity, p.rule]);
const b = (name: string) => `content/briefings/${name}`;

describe('the source-archive rules', () => {
  it('pass exact quotations and own words about the same facts', async () => {
    const result = await check(project('clean.md'));
    expect(result.problems).toEqual([]);
    expect(result.unverified).toBe(0);
  });

  it('report a quotation with one word changed at its line, with the closest passage', async () => {
    const result = await check(project('one-word.md'));
    expect(found(result)).toEqual([
      [b('one-word.md'), 10, 12, 'error', 'source/quote-not-verbatim'],
      [b('one-word.md'), 17, 36, 'error', 'source/quote-not-verbatim'],
      [b('one-word.md'), 19, 3, 'error', 'source/quote-not-verbatim'],
    ]);
    expect(result.problems[0]!.message).toContain(
      'the closest passage there reads "We have waited far too long for this terminal"',
    );
    expect(result.problems[1]!.message).toContain('"carry twice as many [passengers] as the old pier"');
  });

  it('report every quotation of the clean briefing once one of its words is changed', async () => {
    const text = readFileSync(join(FIXTURES, 'content/briefings/clean.md'), 'utf8');
    const quoted = [
      ["this terminal.'", "this harbour.'"],
      ['The town is ready for it.”', 'The town is ready for us.”'],
      ['"carry twice as many', '"carry thrice as many'],
      ['"We have\nwaited ...', '"We had\nwaited ...'],
      ['> The town is ready', '> The city is ready'],
    ];
    const lines: number[] = [];
    for (const [from, to] of quoted) {
      expect(text).toContain(from);
      const result = await check(project('clean.md', text.replace(from!, to!)));
      expect(result.problems.map((p) => p.rule)).toEqual(['source/quote-not-verbatim']);
      lines.push(result.problems[0]!.line);
    }
    expect(lines).toEqual([10, 17, 19, 19, 22]);
  });

  it('report a run of 8 or more copied words as an error, from its first word', async () => {
    const result = await check(project('copied.md'));
    expect(found(result)).toEqual([[b('copied.md'), 12, 16, 'error', 'source/copied-run']]);
    expect(result.problems[0]!.message).toMatch(
      /^13 words in a row are copied from source "harbour-report" outside quotation marks: "the new terminal is meant to double the daily crossings to the island"/,
    );
  });

  it('warn of a close paraphrase, showing the source’s sentence', async () => {
    const result = await check(project('paraphrase.md'));
    expect(found(result)).toEqual([[b('paraphrase.md'), 3, 7, 'warning', 'source/close-paraphrase']]);
    expect(result.problems[0]!.message).toContain(
      'the source reads "The harbour board will open a second ferry terminal in the spring, its chair told the town council on Tuesday."',
    );
  });

  it('note a source with no archived text once, count its quotations as unverified, and fail only when required', async () => {
    const where = project('unarchived.md');
    const note = await check(where);
    expect(found(note)).toEqual([['content/sources/town-minutes.yaml', 1, 1, 'info', 'source/not-archived']]);
    expect(note).toMatchObject({ errors: 0, unverified: 1 });
    expect(formatText(note).split('\n').at(-1)).toBe(
      '10 files checked: 0 errors, 0 warnings; 1 quotation not verified (a source they cite has no archived text)',
    );
    const strict = await check(where, { requireArchive: true });
    expect(found(strict)).toEqual([['content/sources/town-minutes.yaml', 1, 1, 'error', 'source/not-archived']]);
  });

  it('without an archive, check nothing against sources and say how many quotations went unverified', async () => {
    const result = await check(project('one-word.md'), { archive: undefined });
    expect(result.problems).toEqual([]);
    expect(result.unverified).toBe(3);
    expect(formatText(result).split('\n').at(-1)).toBe(
      '10 files checked: 0 errors, 0 warnings; 3 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)',
    );
  });

  it('give the same answer on worker threads', async () => {
    const where = project('one-word.md');
    cpSync(join(FIXTURES, 'content/briefings'), join(where.contentDir, 'briefings'), { recursive: true });
    const one = await check(where, { threads: 0 });
    const threaded = await check(where, { threads: 2 });
    expect(threaded.problems).toEqual(one.problems);
    expect(new Set(one.problems.map((p) => p.rule)).size).toBe(4);
  });

  it('re-judge a cached briefing when its source’s archived text changes', async () => {
    const where = project('clean.md');
    const archive = join(where.root, 'archive');
    cpSync(ARCHIVE, archive, { recursive: true });
    const cacheDir = join(where.root, 'cache');
    expect((await check(where, { archive, cacheDir })).problems).toEqual([]);
    const again = await check(where, { archive, cacheDir });
    expect(again.cached).toBe(again.files);
    const text = join(archive, 'harbour-report.txt');
    writeFileSync(text, readFileSync(text, 'utf8').replace('far too long', 'too long'));
    const edited = await check(where, { archive, cacheDir });
    expect(edited.cached).toBe(0);
    expect(edited.problems.map((p) => [p.line, p.rule])).toEqual([
      [10, 'source/quote-not-verbatim'],
      [17, 'source/quote-not-verbatim'],
    ]);
  });
});

const cli = (root: string, env: Record<string, string>, ...args: string[]) => runChecker(root, args, env);

describe('npm run check:content with a source archive', { timeout: 30_000 }, () => {
  it('reads the archive from SOURCE_ARCHIVE or --archive, in text and JSON', () => {
    const { root } = project('copied.md');
    const line =
      'content/briefings/copied.md:12:16  error  13 words in a row are copied from source "harbour-report" outside quotation marks';
    const byEnv = cli(root, { SOURCE_ARCHIVE: ARCHIVE });
    expect(byEnv.status).toBe(1);
    expect(byEnv.stdout).toContain(line);
    const byOption = cli(root, {}, '--archive', ARCHIVE, '--format', 'json');
    expect(JSON.parse(byOption.stdout)).toMatchObject({
      errors: 1,
      unverified: 0,
      archive: true,
      problems: [{ file: b('copied.md'), line: 12, column: 16, rule: 'source/copied-run' }],
    });
  });

  it('exits 1 with --require-archive when a cited source has no text, and 2 when there is no archive', () => {
    const { root } = project('unarchived.md');
    expect(cli(root, {}, '--archive', ARCHIVE).status).toBe(0);
    const strict = cli(root, {}, '--archive', ARCHIVE, '--require-archive');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(
      'content/sources/town-minutes.yaml:1:1  error  source "town-minutes" has no archived text',
    );
    const none = cli(root, {}, '--require-archive');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--require-archive needs a source archive: set SOURCE_ARCHIVE or pass --archive DIR');
    const missing = cli(root, {}, '--archive', join(root, 'no-such-folder'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
  });
});
