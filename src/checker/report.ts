import type { CheckResult } from './check.ts';
import type { Problem } from './problem.ts';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const unverified = result.unverified
    ? `; ${plural(result.unverified, 'quotation')} not verified (${result.archive ? 'a source they cite has no archived text' : 'no source archive: set SOURCE_ARCHIVE or pass --archive DIR'})`
    : '';
  const summary = `${plural(result.files, 'file')} checked: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}${unverified}`;
  lines.push(result.errors ? colors.bold(colors.red(summary)) : colors.bold(summary));
  return lines.join('\n');
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2);
}
