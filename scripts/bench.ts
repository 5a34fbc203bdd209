/**
 * npm run bench -- --sizes 1000,4000,10000
 * For each size: writes a generated corpus (scripts/corpus.ts) to a temporary folder, builds
 * this site from it cold, then again after one briefing is edited (warm), and builds a bare
 * Astro 7 project over the same Markdown files (one minimal page per file, nothing else) as the
 * floor. Prints a table and JSON: wall time, pages per second, peak RSS, size of the output.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
  mkdtempSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus, briefingSlug } from './corpus.ts';
import { measure, type Measurement } from './measure.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,10000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'briefings-bench-'));
const astroBin = join(root, 'node_modules', '.bin', 'astro');

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_PATH', 'SITE_URL', 'OUT_DIR', 'CONTENT_DIR', 'ASTRO_CACHE_DIR'])
    if (!(key in extra)) delete env[key];
  return env;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

/** A bare Astro 7 project: the same glob loader over the same files, one minimal page per file. */
function writeBareProject(dir: string, contentDir: string) {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { briefings: defineCollection({ loader: glob({ base: ${JSON.stringify(join(contentDir, 'briefings'))}, pattern: '*.md' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('briefings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html><body><Content /></body></html>\n",
  );
}

interface Row {
  size: number;
  build: 'site cold' | 'site warm (1 edit)' | 'bare Astro cold';
  wallS: number;
  pagesPerS: number;
  peakRssMiB: number;
  distMiB: number;
  pages: number;
}

function row(size: number, build: Row['build'], m: Measurement, outDir: string): Row {
  if (!m.ok) {
    console.error(m.output.slice(-4000));
    throw new Error(`${build} failed for ${size} briefings`);
  }
  const pages = countPages(outDir);
  return {
    size,
    build,
    wallS: +(m.wallMs / 1000).toFixed(2),
    pagesPerS: Math.round(pages / (m.wallMs / 1000)),
    peakRssMiB: Math.round(m.peakRssBytes / 2 ** 20),
    distMiB: +(dirBytes(outDir) / 2 ** 20).toFixed(1),
    pages,
  };
}

const rows: Row[] = [];
for (const size of sizes) {
  const base = join(work, String(size));
  const content = join(base, 'content');
  writeCorpus(content, size, Number(values.seed));

  const siteOut = join(base, 'site-dist');
  const siteCache = join(base, 'site-cache');
  const siteEnv = cleanEnv({ CONTENT_DIR: content, OUT_DIR: siteOut, ASTRO_CACHE_DIR: siteCache });
  const cold = await measure(process.execPath, ['scripts/build.ts'], { cwd: root, env: siteEnv });
  rows.push(row(size, 'site cold', cold, siteOut));

  appendFileSync(
    join(content, 'briefings', `${briefingSlug(Math.floor(size / 2))}.md`),
    '\nOne more sentence, edited for the warm rebuild.\n',
  );
  const warm = await measure(process.execPath, ['scripts/build.ts'], { cwd: root, env: siteEnv });
  rows.push(row(size, 'site warm (1 edit)', warm, siteOut));

  const bare = join(base, 'bare');
  writeBareProject(bare, content);
  const bareOut = join(bare, 'dist');
  const bareRun = await measure(astroBin, ['build'], {
    cwd: bare,
    env: cleanEnv({ OUT_DIR: bareOut, ASTRO_CACHE_DIR: join(base, 'bare-cache') }),
  });
  rows.push(row(size, 'bare Astro cold', bareRun, bareOut));
  if (!values.keep) rmSync(base, { recursive: true, force: true });
  console.error(`done: ${size} briefings`);
}

const header = ['briefings', 'build', 'wall s', 'pages/s', 'peak RSS MiB', 'dist MiB', 'pages'];
const lines = rows.map((r) => [r.size, r.build, r.wallS, r.pagesPerS, r.peakRssMiB, r.distMiB, r.pages].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(fmt(header));
for (const l of lines) console.log(fmt(l));

const ratios = sizes.map((size) => {
  const of = (build: Row['build']) => rows.find((r) => r.size === size && r.build === build)!;
  const [site, warm, bare] = [of('site cold'), of('site warm (1 edit)'), of('bare Astro cold')];
  return {
    size,
    timeVsBare: +(site.wallS / bare.wallS).toFixed(2),
    memoryVsBare: +(site.peakRssMiB / bare.peakRssMiB).toFixed(2),
    warmVsCold: +(warm.wallS / site.wallS).toFixed(2),
  };
});
for (const r of ratios)
  console.log(`${r.size}: site/bare time ${r.timeVsBare}×, memory ${r.memoryVsBare}×; warm/cold ${r.warmVsCold}×`);
if (sizes.length > 1) {
  const first = rows.find((r) => r.size === sizes[0] && r.build === 'site cold')!;
  const last = rows.find((r) => r.size === sizes.at(-1) && r.build === 'site cold')!;
  console.log(
    `growth: ${sizes.at(-1)} briefings take ${(last.wallS / first.wallS).toFixed(2)}× the time of ${sizes[0]}`,
  );
}
console.log(
  JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows, ratios }),
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (existsSync(work)) console.error(`kept ${work}`);
