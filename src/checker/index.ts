export { checkContent, listContentFiles, type CheckOptions, type CheckResult } from './check.ts';
export type { Problem, Severity } from './problem.ts';
export { formatText, formatJson } from './report.ts';
