/**
 * node scripts/bench-live-check.ts [--sizes 16,1000] [--edits 6]
 *
 * How long `npm run dev` takes to print the checker's line after a save: for each size, writes
 * a generated corpus (scripts/corpus.ts) to a temporary folder, starts `astro dev` over it on a
 * free port, then saves one briefing `--edits` times, alternately broken (a `kind` the schema
 * refuses) and fixed, and times each save to the line that reports it (`error` or `fixed`).
 * Prints a table of the median and the slowest.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { briefingSlug, writeCorpus } from './corpus.ts';
import { startDevServer } from './dev-server.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '16,1000' }, edits: { type: 'string', default: '6' } },
});
const sizes = values.sizes.split(',').map(Number);
const edits = Math.max(2, Number(values.edits));
const work = mkdtempSync(join(tmpdir(), 'bench-live-'));

const rows: string[] = [];
try {
  for (const size of sizes) {
    const contentDir = join(work, String(size));
    writeCorpus(contentDir, size);
    const file = join(contentDir, 'briefings', `${briefingSlug(0)}.md`);
    const valid = readFileSync(file, 'utf8');
    const broken = valid.replace(/^kind: \w+$/m, 'kind: opinion');
    if (broken === valid) throw new Error(`no kind: line in ${file}`);
    const server = await startDevServer({ contentDir, timeoutMs: 300_000 });
    try {
      await server.waitFor(/content checked:\n/, 300_000);
      const times: number[] = [];
      for (let i = 0; i < edits; i++) {
        const breaking = i % 2 === 0;
        const from = server.output().length;
        const start = performance.now();
        writeFileSync(file, breaking ? broken : valid);
        await server.waitFor(
          new RegExp(`${briefingSlug(0)}\\.md:\\d+:\\d+  ${breaking ? 'error' : 'fixed'}  .*\\(schema/enum\\)`),
          30_000,
          from,
        );
        times.push(performance.now() - start);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      rows.push(
        `${String(size).padEnd(10)} ${String(edits).padEnd(6)} ${median.toFixed(0).padStart(9)} ${sorted.at(-1)!.toFixed(0).padStart(8)}`,
      );
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`briefings  saves  median ms  slowest ms\n${rows.join('\n')}`);
