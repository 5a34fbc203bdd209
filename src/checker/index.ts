export { checkContent, listContentFiles, type CheckOptions, type CheckResult, type ContentFile } from './check.ts';
export type { Problem, Severity } from './problem.ts';
export {
  formatText,
  formatJson,
  formatGithub,
  formatSarif,
  REPORT_FORMATS,
  isReportFormat,
  type ReportFormat,
} from './report.ts';
