/**
 * npm run bench -- --sizes 1000,4000,10000
 * For each size: writes a generated corpus (scripts/corpus.ts) to a temporary folder, builds
 * this site from it cold, rebuilds it incrementally after one paragraph of one briefing is edited
 * and again after a topic is renamed, and builds a bare Astro 7 project over the same Markdown
 * files (one minimal page per file, nothing else) as the floor. Prints a table and JSON: wall
 * time, pages per second, peak RSS, size of the output (and of its inlined stylesheets), and each
 * site build's phases as its last line reports them.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdtempSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus, briefingSlug } from './corpus.ts';
import { measure, type Measurement } from './measure.ts';
import { parsePhasesLine, PHASES, type PhaseName } from './build-phases.ts';

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
  for (const key of [
    'BASE_PATH',
    'SITE_URL',
    'OUT_DIR',
    'CONTENT_DIR',
    'ASTRO_CACHE_DIR',
    'BUILD_CACHE_DIR',
    'BUILD_COLD',
  ])
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

/** Bytes of the stylesheets inlined in the output's pages (their <style> elements' text). */
function inlineStyleBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) total += Buffer.byteLength(match[1]!);
  }
  return total;
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

const BUILDS = ['site cold', 'site rebuild, 1 paragraph', 'site rebuild, topic renamed', 'bare Astro cold'] as const;
interface Row {
  size: number;
  build: (typeof BUILDS)[number];
  wallS: number;
  /** CPU seconds of the build's processes. */
  cpuS: number;
  pagesPerS: number;
  peakRssMiB: number;
  distMiB: number;
  /** Of distMiB, the stylesheets inlined in the pages. */
  styleMiB: number;
  pages: number;
  /** The phases the build's last line reports (site builds only). */
  phases?: Record<PhaseName, number> | undefined;
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
    cpuS: +(m.cpuMs / 1000).toFixed(2),
    pagesPerS: Math.round(pages / (m.wallMs / 1000)),
    peakRssMiB: Math.round(m.peakRssBytes / 2 ** 20),
    distMiB: +(dirBytes(outDir) / 2 ** 20).toFixed(1),
    styleMiB: +(inlineStyleBytes(outDir) / 2 ** 20).toFixed(1),
    pages,
    phases: parsePhasesLine(m.output)?.phases,
  };
}

const rows: Row[] = [];
for (const size of sizes) {
  const base = join(work, String(size));
  const content = join(base, 'content');
  writeCorpus(content, size, Number(values.seed));

  const siteOut = join(base, 'site-dist');
  const siteEnv = cleanEnv({ CONTENT_DIR: content, OUT_DIR: siteOut, BUILD_CACHE_DIR: join(base, 'site-cache') });
  const siteBuild = async (build: Row['build']) => {
    const m = await measure(process.execPath, ['scripts/build.ts'], { cwd: root, env: siteEnv });
    const incremental = m.output.includes('Building incrementally');
    if (incremental !== (build !== 'site cold'))
      throw new Error(
        `${build} of ${size} briefings ran ${incremental ? 'incrementally' : 'cold'}: was the code edited?`,
      );
    rows.push(row(size, build, m, siteOut));
  };
  await siteBuild('site cold');

  // One paragraph of one briefing, in the middle of the corpus, gets one more sentence.
  const edited = join(content, 'briefings', `${briefingSlug(Math.floor(size / 2))}.md`);
  const text = readFileSync(edited, 'utf8');
  const paragraph = /\n\n(?!#)([^\n]+)\n/.exec(text.slice(text.indexOf('\n---\n') + 5))!;
  writeFileSync(edited, text.replace(paragraph[1]!, `${paragraph[1]} One more sentence, edited for the rebuild.`));
  await siteBuild('site rebuild, 1 paragraph');

  // A topic's name (not its id) changes: its pages, and every briefing that names it, change.
  const topic = join(content, 'topics', 'cartels.yaml');
  writeFileSync(topic, readFileSync(topic, 'utf8').replace(/^name: .*$/m, 'name: Cartel groups'));
  await siteBuild('site rebuild, topic renamed');

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

const phaseHeader = PHASES.map(([name]) => name);
const header = [
  'briefings',
  'build',
  'wall s',
  'cpu s',
  'pages/s',
  'peak RSS MiB',
  'dist MiB',
  'style MiB',
  'pages',
  ...phaseHeader,
];
const lines = rows.map((r) =>
  [
    r.size,
    r.build,
    r.wallS,
    r.cpuS,
    r.pagesPerS,
    r.peakRssMiB,
    r.distMiB,
    r.styleMiB,
    r.pages,
    ...phaseHeader.map((name) => (r.phases ? r.phases[name].toFixed(1) : '')),
  ].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(fmt(header));
for (const l of lines) console.log(fmt(l));

const ratios = sizes.map((size) => {
  const of = (build: Row['build']) => rows.find((r) => r.size === size && r.build === build)!;
  const [site, paragraph, topic, bare] = BUILDS.map(of) as [Row, Row, Row, Row];
  return {
    size,
    timeVsBare: +(site.wallS / bare.wallS).toFixed(2),
    cpuVsBare: +(site.cpuS / bare.cpuS).toFixed(2),
    memoryVsBare: +(site.peakRssMiB / bare.peakRssMiB).toFixed(2),
    paragraphVsCold: +(paragraph.wallS / site.wallS).toFixed(2),
    topicVsCold: +(topic.wallS / site.wallS).toFixed(2),
    paragraphVsColdCpu: +(paragraph.cpuS / site.cpuS).toFixed(2),
    topicVsColdCpu: +(topic.cpuS / site.cpuS).toFixed(2),
    kibPerPage: +((site.distMiB * 1024) / site.pages).toFixed(1),
    bareKibPerPage: +((bare.distMiB * 1024) / bare.pages).toFixed(1),
  };
});
for (const r of ratios)
  console.log(
    `${r.size}: site/bare time ${r.timeVsBare}× (cpu ${r.cpuVsBare}×), memory ${r.memoryVsBare}×; rebuild/cold after 1 paragraph ${r.paragraphVsCold}× (cpu ${r.paragraphVsColdCpu}×), after a topic rename ${r.topicVsCold}× (cpu ${r.topicVsColdCpu}×); dist ${r.kibPerPage} KiB a page (bare ${r.bareKibPerPage})`,
  );
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
