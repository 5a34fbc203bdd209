#!/usr/bin/env node
/**
 * npm run check:content [-- --format json]
 * Checks every file in the content folder (CONTENT_DIR, default content/) and prints every
 * problem at file:line:column. Exit 1 on any error.
 */
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { contentDir } from '../content-dir.ts';
import { checkContent } from './check.ts';
import { formatJson, formatText } from './report.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json`);
  process.exit(2);
}
const root = process.cwd();
const result = await checkContent({ contentDir: contentDir(root), root, base: process.env.BASE_PATH });
const colors = process.stdout.isTTY ? pc : undefined;
console.log(values.format === 'json' ? formatJson(result) : formatText(result, colors));
process.exitCode = result.errors ? 1 : 0;
