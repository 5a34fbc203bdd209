export type Severity = 'error' | 'warning' | 'info';

/** One thing wrong (or worth knowing) in a content file, at a 1-based line and column. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** A stable rule id, such as `unknown-topic`. */
  rule: string;
}

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

export function problem(file: string, at: Position, severity: Severity, rule: string, message: string): Problem {
  return { file, line: at.line, column: at.column, severity, rule, message };
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
