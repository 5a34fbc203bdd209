/**
 * npm run bench:checker [-- --sizes 1000,10000] [-- --repeat 3]
 *
 * Writes N valid briefings (plus their topics, sources and people) into a temporary folder and
 * times, each as a fresh process run from the project root the way an editor runs it:
 *   - `astro sync --force` on the same files (Astro's own content sync, cache cleared), with
 *     CONTENT_CHECK=skip so that our integration does not run the checker inside it;
 *   - a cold `npm run check:content` (empty cache), without a source archive and then with the
 *     corpus's generated archive (`--archive`), whose texts every quotation comes from;
 *   - with the archive, a re-check with nothing changed, after one briefing is edited, and after
 *     one topic is edited.
 * The checker's cache for the run lives in the temporary folder; Astro's data store is put back
 * as it was afterwards.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefingSlug, writeCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, repeat: { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const repeat = Math.max(1, Number(values.repeat));
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

function check(contentDir: string, cacheDir: string, archive?: string): CheckRun {
  const { seconds, stdout } = run(
    process.execPath,
    ['src/checker/cli.ts', '--format', 'json', '--cache-dir', cacheDir, ...(archive ? ['--archive', archive] : [])],
    { CONTENT_DIR: contentDir },
    [0, 1],
  );
  const result = JSON.parse(stdout) as { files: number; errors: number; analyzed: number };
  return { seconds, files: result.files, errors: result.errors, analyzed: result.analyzed };
}

const fmt = (s: number) => `${s.toFixed(2)} s`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const rate = (files: number, s: number) => `${Math.round(files / s)} files/s`;

console.log(
  `bench:checker — ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at start`,
);
console.log(
  'Each time is one fresh process, from spawn to exit, run from the project root; the median and the best of the runs.\n',
);

if (existsSync(dataStore)) renameSync(dataStore, keptStore);
try {
  // Warm-up, not reported: both tools' own modules are read from disk once before timing.
  const warmup = join(work, 'warmup');
  writeCorpus(warmup, 20);
  run(astroBin, ['sync', '--force'], { CONTENT_DIR: warmup, CONTENT_CHECK: 'skip' });
  check(warmup, join(work, 'warmup-cache'));

  for (const n of sizes) {
    const contentDir = join(work, `content-${n}`);
    const archive = join(work, `archive-${n}`);
    const { files } = writeCorpus(contentDir, n, 1, { archive });
    const syncs: number[] = [];
    const colds: number[] = [];
    const archived: number[] = [];
    const warms: number[] = [];
    const edits: number[] = [];
    const topics: number[] = [];
    for (let round = 1; round <= repeat; round++) {
      const cacheDir = join(work, `cache-${n}-${round}`);
      syncs.push(run(astroBin, ['sync', '--force'], { CONTENT_DIR: contentDir, CONTENT_CHECK: 'skip' }).seconds);
      const cold = check(contentDir, `${cacheDir}-plain`);
      const withArchive = check(contentDir, cacheDir, archive);
      for (const result of [cold, withArchive])
        if (result.files !== files || result.errors !== 0 || result.analyzed !== files)
          throw new Error(`unexpected cold check: ${JSON.stringify(result)}`);
      colds.push(cold.seconds);
      archived.push(withArchive.seconds);
      const warm = check(contentDir, cacheDir, archive);
      const briefing = join(contentDir, 'briefings', `${briefingSlug(round)}.md`);
      appendFileSync(briefing, `\nOne more sentence, edited in round ${round}.\n`);
      const edited = check(contentDir, cacheDir, archive);
      appendFileSync(join(contentDir, 'topics', 'trade.yaml'), `# edited in round ${round}\n`);
      const topic = check(contentDir, cacheDir, archive);
      if (warm.analyzed !== 0 || edited.analyzed !== 1 || topic.analyzed !== 1 || edited.errors || topic.errors)
        throw new Error(`unexpected re-checks: ${JSON.stringify({ warm, edited, topic })}`);
      warms.push(warm.seconds);
      edits.push(edited.seconds);
      topics.push(topic.seconds);
    }
    const line = (label: string, times: number[], extra = '') =>
      console.log(`  ${label.padEnd(44)}${fmt(median(times)).padStart(8)}  (best ${fmt(Math.min(...times))})${extra}`);
    console.log(`N = ${n} briefings (${files} files), median of ${repeat} runs`);
    line('astro sync --force (content check skipped)', syncs, `  ${rate(files, median(syncs))}`);
    line(
      'check:content, cold (empty cache)',
      colds,
      `  ${rate(files, median(colds))} = ${(median(syncs) / median(colds)).toFixed(2)}× astro sync`,
    );
    line(
      'check:content, cold, with the source archive',
      archived,
      `  ${rate(files, median(archived))} = ${(median(archived) / median(colds)).toFixed(2)}× the cold check without`,
    );
    line('re-check, nothing changed (archive)', warms);
    line('re-check after editing one briefing (archive)', edits);
    line('re-check after editing one topic (archive)', topics);
    console.log();
    rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  rmSync(dataStore, { force: true });
  if (existsSync(keptStore)) renameSync(keptStore, dataStore);
  rmSync(work, { recursive: true, force: true });
}
