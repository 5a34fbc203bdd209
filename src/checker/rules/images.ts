import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileFacts } from '../analyze.ts';
import { problem, type Problem } from '../problem.ts';

/**
 * Every image a body shows from the site must exist, or the build stops with Astro's own error
 * and no line: a relative address (`./images/chart.png`) is a file beside the briefing, which
 * Astro optimizes; a root-relative one (`/logo.png`, with or without the base path) a file in
 * public/. Checked on every run, not cached, as the images are not content files.
 */
export function checkImages(facts: readonly FileFacts[], root: string, base: string): Problem[] {
  return facts.flatMap((f) =>
    (f.images ?? []).flatMap(({ src, at }) => {
      let path = src.replace(/[?#].*$/, '');
      try {
        path = decodeURI(path);
      } catch {
        // a malformed %-escape: look for the name as written
      }
      const file = path.startsWith('/')
        ? join(root, 'public', base !== '/' && path.startsWith(base) ? path.slice(base.length) : path)
        : resolve(dirname(join(root, f.file)), path);
      if (existsSync(file)) return [];
      return [
        problem(
          f.file,
          at,
          'error',
          'image-missing',
          src.startsWith('/')
            ? `the image \`${src}\` is not in public/: add the file there, or put it beside the briefing and write \`./images/name.png\``
            : `the image \`${src}\` does not exist beside this briefing: add the file (such as content/briefings/images/name.png) or correct the address`,
        ),
      ];
    }),
  );
}
