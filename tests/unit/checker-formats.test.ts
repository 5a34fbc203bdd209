import { afterAll, describe, expect, it } from 'vitest';
import { runChecker } from '../helpers/checker.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import { formatGithub, type CheckResult, type Problem } from '../../src/checker/index.ts';

/**
 * `check:content --format …`: each format is read back as a tool would read it (workflow
 * commands unescaped as GitHub does, SARIF and JSON parsed) and must say what the JSON says.
 */
const FIXTURES = resolve('tests/fixtures/checker');
const root = mkdtempSync(join(tmpdir(), 'checker-formats-'));
const content = join(root, 'content');
cpSync(join(FIXTURES, 'base'), content, { recursive: true });
for (const name of ['unknown-topic', 'schema-enum', 'draft', 'ignored-file'])
  cpSync(join(FIXTURES, 'cases', name), content, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (...args: string[]) => runChecker(root, args, { NO_COLOR: '1' });

/** A workflow command line as the Actions runner reads it: command, properties, message, unescaped. */
function parseWorkflowCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  const unescape = (s: string) =>
    s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2]!.split(',').map((pair) => {
      const [key, value] = pair.split('=') as [string, string];
      return [key, unescape(value)];
    }),
  );
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

const json = cli('--format', 'json');
const expected = (JSON.parse(json.stdout) as CheckResult).problems;

describe('check:content --format', { timeout: 30_000 }, () => {
  it('json lists the problems the fixtures hold, and exits 1 on errors', () => {
    expect(json.status).toBe(1);
    expect(expected.map((p) => p.rule)).toEqual(
      expect.arrayContaining(['unknown-topic', 'schema/enum', 'draft', 'ignored-file']),
    );
    expect(new Set(expected.map((p) => p.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('github prints one workflow command a problem, at its file, line and column, then the summary', () => {
    const run = cli('--format', 'github');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const commands = lines.map(parseWorkflowCommand);
    expect(commands.slice(0, -1).every(Boolean)).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^\d+ files checked: \d+ errors, 1 warning; \d+ quotations not verified \(no source archive: .*\)$/,
    );
    expect(commands.slice(0, -1)).toEqual(
      expected.map((p) => ({
        command: { error: 'error', warning: 'warning', info: 'notice' }[p.severity],
        properties: { file: p.file, line: String(p.line), col: String(p.column), title: p.rule },
        message: p.message,
      })),
    );
    expect(run.stdout).toContain(
      '::error file=content/briefings/kind-opinion.md,line=5,col=1,title=schema/enum::`kind` must be one of: news, explainer, analysis, context',
    );
  });

  it('github escapes what would end a property or a message early', () => {
    const problem: Problem = {
      file: 'content/briefings/a,b.md',
      line: 3,
      column: 9,
      severity: 'warning',
      rule: 'x',
      message: '100% sure: no\nsecond line',
    };
    const result: CheckResult = {
      files: 1,
      problems: [problem],
      errors: 0,
      warnings: 1,
      analyzed: 1,
      cached: 0,
      unverified: 0,
      archive: false,
    };
    const [line] = formatGithub(result).split('\n');
    expect(line).toBe('::warning file=content/briefings/a%2Cb.md,line=3,col=9,title=x::100%25 sure: no%0Asecond line');
    expect(parseWorkflowCommand(line!)?.message).toBe(problem.message);
    expect(parseWorkflowCommand(line!)?.properties.file).toBe(problem.file);
  });

  it('sarif is a SARIF 2.1.0 log with one result a problem, each naming a rule of the driver', () => {
    const run = cli('--format', 'sarif');
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const rules = sarifRun!.tool.driver.rules!;
    expect(sarifRun!.tool.driver.name).toBe('check:content');
    expect(sarifRun!.results).toHaveLength(expected.length);
    sarifRun!.results!.forEach((result, i) => {
      const p = expected[i]!;
      expect(result).toMatchObject({
        ruleId: p.rule,
        level: { error: 'error', warning: 'warning', info: 'note' }[p.severity],
        message: { text: p.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: p.file },
              region: { startLine: p.line, startColumn: p.column },
            },
          },
        ],
      });
      expect(rules[result.ruleIndex!]!.id).toBe(p.rule);
    });
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('text keeps the file:line:column form', () => {
    const run = cli();
    expect(run.stdout).toContain(
      'content/briefings/kind-opinion.md:5:1  error  `kind` must be one of: news, explainer, analysis, context  (schema/enum)',
    );
  });

  it('refuses an unknown format, and --watch with a format other than text, with exit 2', () => {
    const unknown = cli('--format', 'xml');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown --format "xml": use text, json, github, sarif');
    const watch = cli('--watch', '--format', 'json');
    expect(watch.status).toBe(2);
    expect(watch.stderr).toContain('--watch prints text only');
  });
});

describe('check:content --format github on a valid folder', () => {
  it('prints only the summary and exits 0', () => {
    const valid = mkdtempSync(join(tmpdir(), 'checker-formats-valid-'));
    try {
      cpSync(join(FIXTURES, 'base'), join(valid, 'content'), { recursive: true });
      const run = runChecker(valid, ['--format', 'github']);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toMatch(
        /^\d+ files checked: 0 errors, 0 warnings; \d+ quotations not verified \(no source archive: .*\)$/,
      );
    } finally {
      rmSync(valid, { recursive: true, force: true });
    }
  });
});
