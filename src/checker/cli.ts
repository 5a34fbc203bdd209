#!/usr/bin/env node
/**
 * npm run check:content [-- --format text|json|github|sarif] [-- --watch] [-- --no-cache] [-- --cache-dir DIR]
 *   [-- --archive DIR] [-- --require-archive]
 * Checks every file in the content folder (CONTENT_DIR, default content/) and prints every
 * problem at file:line:column. Quotations and prose are checked against the source archive
 * (`--archive DIR` or SOURCE_ARCHIVE) when one is given. Exit 1 on any error, 2 on a bad option.
 * `--watch` re-checks on every save and prints what changed, until stopped.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import pc from 'picocolors';
import { useCompileCache } from './compile-cache.ts';

useCompileCache(); // before the checker's modules are loaded, so that they load from it
const { contentDir } = await import('../content-dir.ts');
const { checkContent } = await import('./check.ts');
const { REPORT_FORMATS, isReportFormat } = await import('./report.ts');
const { archiveDir } = await import('./archive.ts');

let values;
try {
  ({ values } = parseArgs({
    options: {
      format: { type: 'string', default: 'text' },
      'no-cache': { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
      watch: { type: 'boolean', default: false },
      archive: { type: 'string' },
      'require-archive': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(
    `${(error as Error).message}\nUsage: npm run check:content -- [--format text|json|github|sarif] [--watch] [--no-cache] [--cache-dir DIR] [--archive DIR] [--require-archive]`,
  );
  process.exit(2);
}
const format = values.format;
if (!isReportFormat(format) || (values.watch && format !== 'text')) {
  console.error(
    values.watch
      ? '--watch prints text only: leave out --format'
      : `Unknown --format "${format}": use ${Object.keys(REPORT_FORMATS).join(', ')}`,
  );
  process.exit(2);
}
const root = process.cwd();
const archive = archiveDir(root, values.archive);
if (archive ? !statSync(archive, { throwIfNoEntry: false })?.isDirectory() : values['require-archive']) {
  console.error(
    archive
      ? `The source archive ${archive} is not a folder: point --archive or SOURCE_ARCHIVE at the folder holding <source id>.txt files`
      : '--require-archive needs a source archive: set SOURCE_ARCHIVE or pass --archive DIR',
  );
  process.exit(2);
}
const options = {
  archive,
  requireArchive: values['require-archive'],
  contentDir: contentDir(root),
  root,
  base: process.env.BASE_PATH,
  cacheDir: values['no-cache'] ? (false as const) : values['cache-dir'] && resolve(values['cache-dir']),
};
const colors = process.stdout.isTTY && !process.env.NO_COLOR ? pc : undefined;
if (values.watch) {
  const { watchContent } = await import('./watch.ts');
  try {
    watchContent(options, (text) => console.log(text), colors);
  } catch (error) {
    console.error(`Cannot watch ${options.contentDir}: ${(error as Error).message}`);
    process.exit(2);
  }
} else {
  const result = await checkContent(options);
  console.log(REPORT_FORMATS[format](result, colors));
  process.exitCode = result.errors ? 1 : 0;
}
