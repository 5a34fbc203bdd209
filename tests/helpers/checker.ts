import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { shellEnv } from './build.ts';

/**
 * Runs the real `check:content` command (without its cache) as an editor would: in `root`, the
 * project folder that holds content/, with only the given settings from outside.
 */
export function runChecker(root: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const clean = shellEnv();
  for (const key of ['FORCE_COLOR', 'CONTENT_DIR', 'BASE_PATH', 'SOURCE_ARCHIVE']) delete clean[key];
  const run = spawnSync(process.execPath, [resolve('src/checker/cli.ts'), '--no-cache', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
