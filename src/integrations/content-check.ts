import type { AstroIntegration } from 'astro';
import pc from 'picocolors';
import { contentDir } from '../content-dir.ts';
import { checkContent, formatText, type CheckResult } from '../checker/index.ts';
import { livePreviewCheck } from './live-check.ts';
import { archiveDir } from '../checker/archive.ts';

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
 * sync, and tells Astro so with CONTENT_CHECK=beside; it holds Astro's output back, and if the
 * content has errors it stops Astro and removes whatever Astro wrote to the partial output folder.
 */
export const CHECK_BESIDE = 'beside';

/**
 * Runs the content checker before Astro reads any content, so that a build refuses invalid
 * content with the checker's messages (every problem, at its line) and writes nothing. With
 * SOURCE_ARCHIVE set, quotations and prose are checked against the archived sources too.
 * In `astro dev` the checker runs live instead (live-check.ts): every save is checked and a page
 * whose file has errors shows them.
 * `CONTENT_CHECK=skip` skips it for `astro sync` (the checker benchmark times Astro's own
 * content sync with it) and for `astro build`, where only the hostile-content test uses it: it
 * builds content the checker refuses, to show that the renderer's sanitizer alone keeps the
 * pages safe. `astro dev` always checks.
 */
export function contentCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'briefings:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        base = config.base;
        if (command === 'dev') return; // checked live, from astro:server:setup
        if (command === 'build' && process.env.CONTENT_CHECK === CHECK_BESIDE) return; // by scripts/build.ts
        if ((command === 'sync' || command === 'build') && process.env.CONTENT_CHECK === 'skip') {
          const log = command === 'build' ? logger.warn.bind(logger) : logger.info.bind(logger);
          log(`content check skipped (CONTENT_CHECK=skip): never for a site that readers see`);
          return;
        }
        const root = process.cwd();
        const result = await checkContent({
          contentDir: contentDir(root),
          root,
          base: config.base,
          archive: archiveDir(root),
        });
        if (result.errors === 0) {
          logger.info(checkedMessage(result));
          return;
        }
        process.stderr.write(refusalMessage(result));
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        livePreviewCheck({ server, logger, root: process.cwd(), contentDir: contentDir(), base });
      },
    },
  };
}
