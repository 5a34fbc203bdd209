/**
 * npm run build: builds into a temporary folder, indexes it for search (Pagefind), and moves it
 * to dist/ only when the whole build succeeded, so that dist/ is always the last complete build
 * (or absent), never a partial one. OUT_DIR names the final folder (default dist).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, renameSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from './search-index.ts';

const finalDir = resolve(process.env.OUT_DIR || 'dist');
const tempDir = `${finalDir}.partial`;
rmSync(tempDir, { recursive: true, force: true });

const astro = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: tempDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
function fail(status: number): never {
  rmSync(tempDir, { recursive: true, force: true });
  const kept = existsSync(finalDir) ? `${finalDir} still holds the last complete build` : `no ${finalDir} was written`;
  console.error(`\nBuild failed; ${kept}.`);
  process.exit(status);
}
if (astro.status !== 0) fail(astro.status ?? 1);
try {
  const { read, indexed } = await buildSearchIndex(tempDir);
  console.log(`Search index: Pagefind indexed ${indexed} briefing pages (of ${read} pages read)`);
} catch (error) {
  console.error(`\nThe search index could not be built: ${(error as Error).message}`);
  fail(1);
}
rmSync(finalDir, { recursive: true, force: true });
renameSync(tempDir, finalDir);
console.log(`Built ${finalDir}`);
