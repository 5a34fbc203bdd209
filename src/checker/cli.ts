#!/usr/bin/env node
/**
 * npm run check:content [-- --format json] [-- --no-cache] [-- --cache-dir DIR] [-- --archive DIR] [-- --require-archive]
 * Checks every file in the content folder (CONTENT_DIR, default content/) and prints every
 * problem at file:line:column. Quotations and prose are checked against the source archive
 * (`--archive DIR` or SOURCE_ARCHIVE) when one is given. Exit 1 on any error, 2 on a bad option.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import pc from 'picocolors';
import { useCompileCache } from './compile-cache.ts';

useCompileCache(); // before the checker's modules are loaded, so that they load from it
const { contentDir } = await import('../content-dir.ts');
const { checkContent } = await import('./check.ts');
const { formatJson, formatText } = await import('./report.ts');
const { archiveDir } = await import('./archive.ts');

let values;
try {
  ({ values } = parseArgs({
    options: {
      format: { type: 'string', default: 'text' },
      'no-cache': { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
      archive: { type: 'string' },
      'require-archive': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(
    `${(error as Error).message}\nUsage: npm run check:content -- [--format text|json] [--no-cache] [--cache-dir DIR] [--archive DIR] [--require-archive]`,
  );
  process.exit(2);
}
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json`);
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
const result = await checkContent({
  archive,
  requireArchive: values['require-archive'],
  contentDir: contentDir(root),
  root,
  base: process.env.BASE_PATH,
  cacheDir: values['no-cache'] ? false : values['cache-dir'] && resolve(values['cache-dir']),
});
const colors = process.stdout.isTTY && !process.env.NO_COLOR ? pc : undefined;
console.log(values.format === 'json' ? formatJson(result) : formatText(result, colors));
process.exitCode = result.errors ? 1 : 0;
