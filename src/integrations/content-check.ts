import type { AstroIntegration } from 'astro';
import pc from 'picocolors';
import { contentDir } from '../content-dir.ts';
import { checkContent, formatText } from '../checker/index.ts';
import { livePreviewCheck } from './live-check.ts';
import { archiveDir } from '../checker/archive.ts';

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
          logger.info(`content checked: ${result.files} files, ${result.warnings} warnings`);
          return;
        }
        const report = formatText(result, process.stderr.isTTY ? pc : undefined);
        process.stderr.write(`\nThe content has errors; nothing was built.\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        livePreviewCheck({ server, logger, root: process.cwd(), contentDir: contentDir(), base });
      },
    },
  };
}
