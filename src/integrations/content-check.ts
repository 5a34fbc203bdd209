import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { contentDir } from '../content-dir.ts';
import { checkContent } from '../checker/index.ts';
import { CHECK_BESIDE, checkedMessage, refusalMessage } from '../checker/verdict.ts';
import { livePreviewCheck } from './live-check.ts';
import { archiveDir } from '../checker/archive.ts';

/** Waits until `file` exists: the build script's word that the content passed the check. */
async function waitForCheck(file: string): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(file)) {
    // The build script stops Astro when the content fails; if the script itself is gone, stop too.
    if (process.ppid !== parent) throw new Error('the build script that runs the content check has stopped');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

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
        // Checked by scripts/build.ts, which Astro waits for at astro:build:start.
        if (command === 'build' && process.env.CONTENT_CHECK === CHECK_BESIDE && process.env.CONTENT_CHECKED_FILE)
          return;
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
      'astro:build:start': async () => {
        const file = process.env.CONTENT_CHECKED_FILE;
        if (process.env.CONTENT_CHECK === CHECK_BESIDE && file) await waitForCheck(file);
      },
      'astro:server:setup': ({ server, logger }) => {
        livePreviewCheck({ server, logger, root: process.cwd(), contentDir: contentDir(), base });
      },
    },
  };
}
