/**
 * What a build says of the content check's verdict, for the Astro integration and for
 * `npm run build` (scripts/build.ts), which runs the check beside Astro. Kept apart from the
 * checker itself so that the build script can say it without loading the checker and its parsers.
 */
import pc from 'picocolors';
import type { CheckResult } from './check.ts';
import { formatText } from './report.ts';

/** What a build says of valid content. */
export function checkedMessage(result: CheckResult): string {
  return `content checked: ${result.files} files, ${result.warnings} warnings`;
}

/** What a build that refuses invalid content says, before the checker's report. */
export const REFUSED = 'The content has errors; nothing was built.';

/** The whole message of a refused build: the line above and the checker's report (colours on a terminal). */
export function refusalMessage(result: CheckResult, stream: NodeJS.WriteStream = process.stderr): string {
  return `\n${REFUSED}\n${formatText(result, stream.isTTY ? pc : undefined)}\n`;
}

/**
 * `npm run build` (scripts/build.ts) runs the checker itself, beside Astro's start-up and content
 * sync, and tells Astro so with CONTENT_CHECK=beside. It writes the file CONTENT_CHECKED_FILE
 * names once the content has passed, and Astro waits for that file after its content sync, before
 * it bundles or renders anything; if the content has errors, scripts/build.ts stops Astro instead.
 */
export const CHECK_BESIDE = 'beside';
