import type { AstroIntegration } from 'astro';
import pc from 'picocolors';
import { contentDir } from '../content-dir.ts';
import { checkContent, formatText } from '../checker/index.ts';

/**
 * Runs the content checker before Astro reads any content, so that a build refuses invalid
 * content with the checker's messages (every problem, at its line) and writes nothing.
 * In `astro dev` the problems are printed and the server keeps running.
 * `CONTENT_CHECK=skip` skips it for `astro sync` (the checker benchmark times Astro's own
 * content sync with it) and for `astro build`, where only the hostile-content test uses it: it
 * builds content the checker refuses, to show that the renderer's sanitizer alone keeps the
 * pages safe. `astro dev` always checks.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'briefings:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if ((command === 'sync' || command === 'build') && process.env.CONTENT_CHECK === 'skip') {
          const log = command === 'build' ? logger.warn.bind(logger) : logger.info.bind(logger);
          log(`content check skipped (CONTENT_CHECK=skip): never for a site that readers see`);
          return;
        }
        const root = process.cwd();
        const result = await checkContent({ contentDir: contentDir(root), root, base: config.base });
        if (result.errors === 0) {
          logger.info(`content checked: ${result.files} files, ${result.warnings} warnings`);
          return;
        }
        const report = formatText(result, process.stderr.isTTY ? pc : undefined);
        if (command === 'dev') {
          logger.error(`content has errors:\n${report}`);
          return;
        }
        process.stderr.write(`\nThe content has errors; nothing was built.\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
