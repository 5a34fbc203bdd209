/**
 * The build cache: one folder (default .cache/build, or BUILD_CACHE_DIR) holding what an
 * incremental build reuses: Astro's content store and copies of the pages it rendered (astro/),
 * and the search index's inputs (search/). It belongs to one version of the code: when any file
 * of src/, the config, the lockfile or the build scripts changes, or Node's version, the site's
 * address or the content folder does, the whole folder is emptied and the build runs cold. A build that did not
 * finish leaves the folder marked, and the next build starts cold too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The files whose every byte the build's output may depend on, besides the content. */
const CODE = [
  'src',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.ts',
  'scripts/build-cache.ts',
  'scripts/search-index.ts',
];
/** The settings from outside that change the output. */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [path];
  }
}

/** A digest of the code and settings a build's output depends on. */
export function codeDigest(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  const files = CODE.flatMap((path) => filesUnder(resolve(root, path))).sort();
  for (const file of files)
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  // Node's own version too: its ICU data formats the dates on the pages.
  hash.update(`node ${process.version}\n`);
  for (const key of SETTINGS)
    hash.update(`${key}=${key === 'CONTENT_DIR' && env[key] ? resolve(env[key]) : (env[key] ?? '')}\n`);
  return hash.digest('hex');
}

export interface BuildCache {
  dir: string;
  /** Why this build starts without a cache, or undefined when it reuses one. */
  cold: string | undefined;
  /** Marks the cache complete once the build has succeeded. */
  finish(): void;
}

const DIGEST_FILE = 'code-digest';
const UNFINISHED = 'unfinished';

/** Opens the cache for one build: emptied first if forced, unfinished or made by other code. */
export function openBuildCache(dir: string, digest: string, force: boolean): BuildCache {
  const previous = existsSync(join(dir, DIGEST_FILE)) ? readFileSync(join(dir, DIGEST_FILE), 'utf8') : undefined;
  const cold = force
    ? 'forced'
    : previous === undefined
      ? 'no cache yet'
      : existsSync(join(dir, UNFINISHED))
        ? 'the last build did not finish'
        : previous !== digest
          ? 'the code or settings changed'
          : undefined;
  if (cold) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, UNFINISHED), '');
  writeFileSync(join(dir, DIGEST_FILE), digest);
  return { dir, cold, finish: () => rmSync(join(dir, UNFINISHED), { force: true }) };
}
