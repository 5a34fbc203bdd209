export { checkContent, listContentFiles, type CheckOptions, type CheckResult, type ContentFile } from './check.ts';
export type { Problem, Severity } from './problem.ts';
export { formatText, formatJson } from './report.ts';
