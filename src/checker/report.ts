import { EN, plural, type PluralForms } from '../lib/plurals.ts';
import type { CheckResult } from './check.ts';
import type { Log, Result as SarifResult } from 'sarif';
import type { Problem } from './problem.ts';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  /** For what a watcher reports fixed. */
  green?(s: string): string;
}

const plain: Colors = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s };

function severity(p: Problem, c: Colors): string {
  return p.severity === 'error' ? c.red('error') : p.severity === 'warning' ? c.yellow('warning') : c.blue('info');
}

/** `content/briefings/x.md:LINE:COL  error  message  (rule-id)` lines, then a summary line. */
export function formatText(result: CheckResult, colors: Colors = plain): string {
  const lines = result.problems.map(
    (p) => `${p.file}:${p.line}:${p.column}  ${severity(p, colors)}  ${p.message}  ${colors.dim(`(${p.rule})`)}`,
  );
  const count = (n: number, forms: PluralForms) => plural('en', n, forms);
  const unverified = result.unverified
    ? `; ${count(result.unverified, EN.quotations)} not verified (${result.archive ? 'a source they cite has no archived text' : 'no source archive: set SOURCE_ARCHIVE or pass --archive DIR'})`
    : '';
  const summary = `${count(result.files, EN.files)} checked: ${count(result.errors, EN.errors)}, ${count(result.warnings, EN.warnings)}${unverified}`;
  lines.push(result.errors ? colors.bold(colors.red(summary)) : colors.bold(summary));
  return lines.join('\n');
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2);
}

/** GitHub Actions escapes a workflow command's message so, and its properties also for `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const GITHUB_COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * One GitHub Actions workflow command a problem (`::error file=…,line=…,col=…,title=rule::message`),
 * which a pull request shows on the file's line, then the summary line as plain text.
 */
export function formatGithub(result: CheckResult): string {
  const lines = result.problems.map((p) => {
    const properties = [`file=${p.file}`, `line=${p.line}`, `col=${p.column}`, `title=${p.rule}`];
    return `::${GITHUB_COMMANDS[p.severity]} ${properties.map(escapeProperty).join(',')}::${escapeData(p.message)}`;
  });
  lines.push(formatText({ ...result, problems: [] }));
  return lines.join('\n');
}

const SARIF_LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The result as a SARIF 2.1.0 log, for code scanning and other tools that read static-analysis results. */
export function formatSarif(result: CheckResult): string {
  const rules = [...new Set(result.problems.map((p) => p.rule))].sort();
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'check:content', rules: rules.map((id) => ({ id })) } },
        results: result.problems.map((p): SarifResult => ({
          ruleId: p.rule,
          ruleIndex: rules.indexOf(p.rule),
          level: SARIF_LEVELS[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(p.file) },
                region: { startLine: p.line, startColumn: p.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** The report formats `--format` accepts, by name. */
export const REPORT_FORMATS = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
} satisfies Record<string, (result: CheckResult, colors?: Colors) => string>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const isReportFormat = (name: string): name is ReportFormat => Object.hasOwn(REPORT_FORMATS, name);
