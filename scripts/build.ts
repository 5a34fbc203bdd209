/**
 * npm run build: builds into a temporary folder, indexes it for search (Pagefind), and moves it
 * to dist/ only when the whole build succeeded, so that dist/ is always the last complete build
 * (or absent), never a partial one. OUT_DIR names the final folder (default dist).
 *
 * The content checker runs beside Astro's start-up and content sync, in a process of its own
 * (check-beside.ts), rather than before them: Astro's output is held back until the content is known
 * valid, and Astro waits for the check after its sync, before it bundles or renders anything; if
 * the content has errors, Astro is stopped and the checker's report is all the build says
 * (CONTENT_CHECK=skip skips the check, as for `astro build`).
 *
 * Builds are incremental: pages whose cache key (src/lib/cache-keys.ts) and code are unchanged
 * are copied from the build cache (scripts/build-cache.ts; BUILD_CACHE_DIR, default .cache/build).
 * `npm run build -- --force` or BUILD_COLD=1 builds cold. The last line says where the time went.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync, renameSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from './search-index.ts';
import { codeDigest, openBuildCache } from './build-cache.ts';
import { phasesLine, type PhaseMarks } from './build-phases.ts';
import { trackTree } from './measure.ts';
import { checkBeside } from './check-beside.ts';
import { CHECK_BESIDE, checkedMessage, refusalMessage } from '../src/checker/verdict.ts';

const started = Date.now();
const tree = trackTree(process.pid, 100);
const args = process.argv.slice(2);
const force = args.includes('--force') || process.env.BUILD_COLD === '1';
const finalDir = resolve(process.env.OUT_DIR || 'dist');
const tempDir = `${finalDir}.partial`;
rmSync(tempDir, { recursive: true, force: true });

const cache = openBuildCache(resolve(process.env.BUILD_CACHE_DIR || '.cache/build'), codeDigest('.'), force);
console.log(cache.cold ? `Building cold: ${cache.cold}.` : `Building incrementally from ${cache.dir}`);
const phasesFile = join(cache.dir, 'phases.jsonl');
rmSync(phasesFile, { force: true });

// Written once the content has passed; Astro waits for it before it bundles or renders anything.
const checkedFile = join(cache.dir, 'content-checked');
rmSync(checkedFile, { force: true });
const checkStarted = Date.now();
const check = process.env.CONTENT_CHECK === 'skip' ? undefined : checkBeside();

const astro = spawn('astro', ['build', ...args.filter((a) => a !== '--force')], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ...(check && { CONTENT_CHECK: CHECK_BESIDE, CONTENT_CHECKED_FILE: checkedFile }),
    ...(process.stdout.isTTY && { FORCE_COLOR: '1' }),
    OUT_DIR: tempDir,
    ASTRO_CACHE_DIR: join(cache.dir, 'astro'),
    BUILD_PHASES_FILE: phasesFile,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
const closed = once(astro, 'close') as Promise<[number | null]>;
// Astro's output waits for the check, so that invalid content gets the checker's report alone.
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = check !== undefined;
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const)
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));

function fail(code: number): never {
  tree();
  rmSync(tempDir, { recursive: true, force: true });
  const kept = existsSync(finalDir) ? `${finalDir} still holds the last complete build` : `no ${finalDir} was written`;
  console.error(`\nBuild failed; ${kept}.`);
  process.exit(code);
}

let checkSeconds: number | undefined;
if (check) {
  const { result, failure, at } = await check;
  checkSeconds = (at - checkStarted) / 1000;
  if (!result || result.errors > 0) {
    astro.kill('SIGTERM');
    await closed;
    if (result) process.stderr.write(refusalMessage(result));
    else console.error(`\nThe content check could not run: ${failure}`);
    fail(1);
  }
  writeFileSync(checkedFile, '');
  holding = false;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
  console.log(checkedMessage(result));
}
const [status] = await closed;
if (status !== 0) fail(status ?? 1);
const marks: PhaseMarks = {};
for (const line of readFileSync(phasesFile, 'utf8').split('\n').filter(Boolean)) {
  const { mark, at } = JSON.parse(line) as { mark: keyof PhaseMarks; at: number };
  marks[mark] = at;
}
let indexed: number;
try {
  const result = await buildSearchIndex(tempDir);
  indexed = result.indexed;
  console.log(`Search index: Pagefind indexed ${indexed} briefing pages (of ${result.read} pages read)`);
} catch (error) {
  console.error(`\nThe search index could not be built: ${(error as Error).message}`);
  fail(1);
}
const searched = Date.now();
rmSync(finalDir, { recursive: true, force: true });
renameSync(tempDir, finalDir);
cache.finish();
console.log(`Built ${finalDir}`);
console.log(
  phasesLine({ started, ...marks, searched, done: Date.now(), checkBeside: checkSeconds }, tree().peakRssBytes),
);
