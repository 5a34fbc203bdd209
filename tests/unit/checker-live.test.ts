import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareReports, formatChanges } from '../../src/checker/changes.ts';
import { startLiveCheck } from '../../src/checker/live.ts';
import { watchContent } from '../../src/checker/watch.ts';
import { summarize, type CheckResult } from '../../src/checker/check.ts';
import type { Problem } from '../../src/checker/problem.ts';

const p = (file: string, line: number, rule: string, message = `${rule} message`): Problem => ({
  file,
  line,
  column: 1,
  severity: 'error',
  rule,
  message,
});
const report = (...problems: Problem[]) => summarize(3, problems);

describe('compareReports', () => {
  it('finds new problems and fixed ones', () => {
    const before = report(p('a.md', 2, 'x'), p('b.md', 4, 'y'));
    const after = report(p('a.md', 2, 'x'), p('c.md', 1, 'z'));
    expect(compareReports(before, after)).toEqual({ found: [p('c.md', 1, 'z')], fixed: [p('b.md', 4, 'y')] });
  });

  it('reports a problem that moved to another line as found there, not as fixed', () => {
    const changes = compareReports(report(p('a.md', 2, 'x')), report(p('a.md', 5, 'x')));
    expect(changes).toEqual({ found: [p('a.md', 5, 'x')], fixed: [] });
  });

  it('counts the same problem twice when it is there twice', () => {
    const changes = compareReports(report(p('a.md', 2, 'x')), report(p('a.md', 2, 'x'), p('a.md', 2, 'x')));
    expect(changes.found).toHaveLength(1);
  });

  it('against no previous report, finds everything', () => {
    expect(compareReports(undefined, report(p('a.md', 2, 'x'))).found).toHaveLength(1);
  });
});

describe('formatChanges', () => {
  it('prints found problems in the usual form, fixed ones marked fixed, then the summary', () => {
    const after = report(p('c.md', 1, 'z', 'z is wrong: write w'));
    const text = formatChanges({ found: after.problems, fixed: [p('b.md', 4, 'y', 'y was wrong')] }, after);
    expect(text.split('\n')).toEqual([
      'c.md:1:1  error  z is wrong: write w  (z)',
      'b.md:4:1  fixed  y was wrong  (y)',
      '3 files checked: 1 error, 0 warnings',
    ]);
  });

  it('prints nothing when nothing changed', () => {
    expect(formatChanges({ found: [], fixed: [] }, report())).toBe('');
  });
});

/** A check function whose calls the test resolves one at a time. */
function controlledCheck() {
  const calls: ((result: CheckResult) => void)[] = [];
  const waiters: (() => void)[] = [];
  return {
    check: () =>
      new Promise<CheckResult>((done) => {
        calls.push(done);
        waiters.splice(0).forEach((w) => w());
      }),
    calls,
    /** Resolves once the check has been called `n` times. */
    called: (n: number) =>
      new Promise<void>((done) => {
        const test = () => (calls.length >= n ? done() : waiters.push(test));
        test();
      }),
  };
}

describe('startLiveCheck', () => {
  it('checks at once, then once for changes close together, and reports each result with the changes', async () => {
    const control = controlledCheck();
    const reports: [CheckResult, number, CheckResult | undefined][] = [];
    const live = startLiveCheck({
      check: control.check,
      report: (result, changes, previous) => reports.push([result, changes.found.length, previous]),
      settleMs: 5,
    });
    await control.called(1);
    const first = report(p('a.md', 1, 'x'));
    control.calls[0]!(first);
    await live.idle();
    expect(live.latest()).toBe(first);
    live.changed();
    live.changed();
    live.changed();
    await control.called(2);
    const second = report();
    control.calls[1]!(second);
    await live.idle();
    expect(control.calls).toHaveLength(2);
    expect(reports).toEqual([
      [first, 1, undefined],
      [second, 0, first],
    ]);
    live.close();
  });

  it('runs one more check after a change that comes during a check, never two at once', async () => {
    const control = controlledCheck();
    const live = startLiveCheck({ check: control.check, report: () => {}, settleMs: 1 });
    await control.called(1);
    live.changed();
    await new Promise((r) => setTimeout(r, 20)); // the change settles while the first check runs
    expect(control.calls).toHaveLength(1);
    control.calls[0]!(report());
    await control.called(2);
    const last = report(p('a.md', 1, 'x'));
    control.calls[1]!(last);
    await live.idle();
    expect(live.latest()).toBe(last);
    live.close();
  });

  it('says when the check itself fails, and goes on', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const live = startLiveCheck({
      check: async () => {
        if (n++ === 0) throw new Error('boom');
        return report();
      },
      report: () => {},
      fail: (e) => errors.push(e),
      settleMs: 1,
    });
    await live.idle();
    expect((errors[0] as Error).message).toBe('boom');
    live.changed();
    await new Promise((r) => setTimeout(r, 10));
    await live.idle();
    expect(live.latest()?.errors).toBe(0);
    live.close();
  });
});

describe('check:content --watch', { timeout: 20_000 }, () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('prints the full report, then on each save only what changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'checker-watch-'));
    const contentDir = join(root, 'content');
    cpSync(resolve('tests/fixtures/checker/base'), contentDir, { recursive: true });
    const printed: string[] = [];
    const waiters: (() => void)[] = [];
    const live = watchContent({ contentDir, root, today: '2026-06-01', cacheDir: join(root, '.cache') }, (text) => {
      printed.push(text);
      waiters.splice(0).forEach((w) => w());
    });
    cleanup = () => {
      live.close();
      rmSync(root, { recursive: true, force: true });
    };
    const nextPrint = (count: number) =>
      new Promise<string>((done) => {
        const test = () => (printed.length >= count ? done(printed[count - 1]!) : waiters.push(test));
        test();
      });

    expect(await nextPrint(1)).toBe(
      '8 files checked: 0 errors, 0 warnings; 2 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)',
    );
    const file = join(contentDir, 'briefings', 'valid-briefing.md');
    const valid = readFileSync(file, 'utf8');
    writeFileSync(file, valid.replace('kind: news', 'kind: opinion'));
    expect(await nextPrint(2)).toBe(
      [
        'content/briefings/valid-briefing.md:5:1  error  `kind` must be one of: news, explainer, analysis, context  (schema/enum)',
        '8 files checked: 1 error, 0 warnings; 2 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)',
      ].join('\n'),
    );
    writeFileSync(file, valid);
    expect(await nextPrint(3)).toBe(
      [
        'content/briefings/valid-briefing.md:5:1  fixed  `kind` must be one of: news, explainer, analysis, context  (schema/enum)',
        '8 files checked: 0 errors, 0 warnings; 2 quotations not verified (no source archive: set SOURCE_ARCHIVE or pass --archive DIR)',
      ].join('\n'),
    );
    await live.idle();
    expect(printed).toHaveLength(3);
  });
});

describe('npm run check:content -- --watch', { timeout: 30_000 }, () => {
  it('keeps running and reports a save, until stopped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'checker-watch-cli-'));
    cpSync(resolve('tests/fixtures/checker/base'), join(root, 'content'), { recursive: true });
    const child = spawn(process.execPath, [resolve('src/checker/cli.ts'), '--watch', '--no-cache'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: '', BASE_PATH: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const printed = (pattern: RegExp) =>
      new Promise<void>((done) => {
        const test = () => pattern.test(out) && (child.stdout.off('data', test), done());
        child.stdout.on('data', test);
        test();
      });
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    try {
      await printed(/8 files checked: 0 errors, 0 warnings; 2 quotations not verified .*\n/);
      const file = join(root, 'content', 'briefings', 'valid-briefing.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: news', 'kind: opinion'));
      await printed(
        /valid-briefing\.md:5:1 {2}error {2}.*\(schema\/enum\)\n8 files checked: 1 error, 0 warnings; 2 quotations not verified .*\n/,
      );
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)));
      rmSync(root, { recursive: true, force: true });
    }
  });
});
