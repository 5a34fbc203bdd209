import { relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import pc from 'picocolors';
import { checkContent, formatText } from '../checker/index.ts';
import { archiveDir } from '../checker/archive.ts';
import { formatChanges } from '../checker/changes.ts';
import { startLiveCheck } from '../checker/live.ts';
import { contentErrorPage } from '../checker/error-page.ts';
import { pageProblems } from '../checker/page-problems.ts';
import { isPagePath, pageSource } from '../lib/page-source.ts';

export interface LivePreviewCheckOptions {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  root: string;
  contentDir: string;
  base: string;
}

/**
 * The content checker inside `astro dev`: checks everything once, then every change in the
 * content folder (the changed file, from the cache for the rest, and the cross-file rules),
 * printing the full report first and then what changed. A page whose content file has errors,
 * or any page while a topic, source or person file has errors, is answered with those errors
 * (status 500) instead of the page, and open pages reload after each check, so a fix brings the
 * page back without a restart.
 */
export function livePreviewCheck({ server, logger, root, contentDir, base }: LivePreviewCheckOptions) {
  const colors = process.stdout.isTTY && !process.env.NO_COLOR ? pc : undefined;
  const contentFolder = relative(root, contentDir).split(sep).join('/') || '.';
  const live = startLiveCheck({
    check: () => checkContent({ contentDir, root, base, archive: archiveDir(root) }),
    report(result, changes, previous) {
      const text = previous ? formatChanges(changes, result, colors) : formatText(result, colors);
      if (!text) return;
      const heading = previous ? 'content changed:' : 'content checked:';
      (result.errors ? logger.error : logger.info).call(logger, `${heading}\n${text}`);
      if (previous) server.ws.send({ type: 'full-reload', path: '*' });
    },
    fail: (error) => logger.error(`the content check failed: ${(error as Error).message}`),
  });

  server.watcher.add(contentDir);
  const inContent = (path: string) => !relative(contentDir, path).startsWith('..');
  server.watcher.on('all', (_event, path) => {
    if (inContent(path)) live.changed();
  });
  server.httpServer?.once('close', () => live.close());

  server.middlewares.use((req, res, next) => {
    // Astro's base middleware has taken the base off req.url by now; originalUrl keeps it.
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url;
    if (req.method !== 'GET' || !url || !isPagePath(url, base)) return next();
    const source = pageSource(url, base);
    live
      .idle()
      .then(() => {
        const problems = pageProblems(live.latest()?.problems ?? [], source, contentFolder);
        if (!problems.length) return next();
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(contentErrorPage({ url: url!, problems, reloadScript: `${server.config.base}@vite/client` }));
      })
      .catch(next);
  });
}
