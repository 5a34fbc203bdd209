/**
 * npm run bench:checker [-- --sizes 1000,10000]
 *
 * Writes N valid briefings (plus their topics, sources and people) into a temporary folder and
 * times, each as a fresh process run from the project root the way an editor runs it:
 *   - `astro sync --force` on the same files (Astro's own content sync, cache cleared), with
 *     CONTENT_CHECK=skip so that our integration does not run the checker inside it;
 *   - a cold `npm run check:content` (empty cache);
 *   - a re-check with nothing changed, after one briefing is edited, and after one topic is edited.
 * The checker's cache for the run lives in the temporary folder; Astro's data store is put back
 * as it was afterwards.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBenchContent } from './bench-content.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-checker-'));
const astroBin = join(root, 'node_modules', '.bin', 'astro');
const dataStore = join(root, 'node_modules', '.astro', 'data-store.json');
const keptStore = `${dataStore}.bench-kept`;

interface Timed {
  seconds: number;
  stdout: string;
}

function run(command: string, args: string[], env: Record<string, string>, okStatus = [0]): Timed {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!okStatus.includes(child.status ?? -1)) {
    throw new Error(`${command} ${args.join(' ')} failed (${child.status}):\n${child.stdout}\n${child.stderr}`);
  }
  return { seconds, stdout: child.stdout };
}

interface CheckRun {
  seconds: number;
  files: number;
  errors: number;
  analyzed: number;
}

function check(contentDir: string, cacheDir: string): CheckRun {
  const { seconds, stdout } = run(
    process.execPath,
    ['src/checker/cli.ts', '--format', 'json', '--cache-dir', cacheDir],
    { CONTENT_DIR: contentDir },
    [0, 1],
  );
  const result = JSON.parse(stdout) as { files: number; errors: number; analyzed: number };
  return { seconds, files: result.files, errors: result.errors, analyzed: result.analyzed };
}

const fmt = (s: number) => `${s.toFixed(2)} s`;
const rate = (files: number, s: number) => `${Math.round(files / s)} files/s`;

console.log(
  `bench:checker — ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start`,
);
console.log('Each figure is one fresh process, timed from spawn to exit, run from the project root.\n');

if (existsSync(dataStore)) renameSync(dataStore, keptStore);
try {
  // Warm-up, not reported: both tools' own modules are read from disk once before timing.
  const warmup = join(work, 'warmup');
  writeBenchContent(warmup, 20);
  run(astroBin, ['sync', '--force'], { CONTENT_DIR: warmup, CONTENT_CHECK: 'skip' });
  check(warmup, join(work, 'warmup-cache'));

  for (const n of sizes) {
    const contentDir = join(work, `content-${n}`);
    const cacheDir = join(work, `cache-${n}`);
    const { files } = writeBenchContent(contentDir, n);

    const sync = run(astroBin, ['sync', '--force'], { CONTENT_DIR: contentDir, CONTENT_CHECK: 'skip' });
    const cold = check(contentDir, cacheDir);
    if (cold.files !== files || cold.errors !== 0 || cold.analyzed !== files)
      throw new Error(`unexpected cold check: ${JSON.stringify(cold)}`);
    const warm = check(contentDir, cacheDir);
    appendFileSync(join(contentDir, 'briefings', 'briefing-00001-on-the-talks.md'), '\nOne more edited sentence.\n');
    const edited = check(contentDir, cacheDir);
    appendFileSync(join(contentDir, 'topics', 'trade.yaml'), '# edited\n');
    const topic = check(contentDir, cacheDir);
    if (warm.analyzed !== 0 || edited.analyzed !== 1 || topic.analyzed !== 1)
      throw new Error(`unexpected re-checks: ${JSON.stringify({ warm, edited, topic })}`);

    const syncRate = files / sync.seconds;
    const coldRate = files / cold.seconds;
    console.log(`N = ${n} briefings (${files} files)`);
    console.log(
      `  astro sync --force (content check skipped)  ${fmt(sync.seconds).padStart(8)}  ${rate(files, sync.seconds)}`,
    );
    console.log(
      `  check:content, cold (empty cache)           ${fmt(cold.seconds).padStart(8)}  ${rate(files, cold.seconds)}  = ${(coldRate / syncRate).toFixed(2)}× astro sync`,
    );
    console.log(
      `  re-check, nothing changed                   ${fmt(warm.seconds).padStart(8)}  (${warm.analyzed} files analysed)`,
    );
    console.log(
      `  re-check after editing one briefing         ${fmt(edited.seconds).padStart(8)}  (${edited.analyzed} file analysed)`,
    );
    console.log(
      `  re-check after editing one topic            ${fmt(topic.seconds).padStart(8)}  (${topic.analyzed} file analysed)`,
    );
    console.log();
    rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  rmSync(dataStore, { force: true });
  if (existsSync(keptStore)) renameSync(keptStore, dataStore);
  rmSync(work, { recursive: true, force: true });
}
