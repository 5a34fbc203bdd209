import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeBase } from '../lib/urls.ts';
import type { FileFacts } from './analyze.ts';
import { cacheFile, hashContent, noCache, openCache } from './cache.ts';
import { scanContent, toPosix, type ContentListing } from './files.ts';
import { startPool, threadsFor } from './pool.ts';
import { unreadable, type Job } from './job.ts';
import { checkAcrossFiles } from './rules/cross-file.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkTimelines } from './rules/timeline.ts';
import { checkTranslations } from './rules/translations.ts';
import { checkListing } from './rules/listing.ts';
import { unarchivedSources, type ArchiveTexts } from './rules/sources.ts';
import { archiveDigest, readArchive } from './archive.ts';
import { checkImages } from './rules/images.ts';
import { checkInternalLinks } from './rules/internal-links.ts';
import { checkerVersion } from './version.ts';
import { compareProblems, type Problem } from './problem.ts';

export interface CheckOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The project root paths are reported relative to. */
  root: string;
  /** The site's base path, so that internal links written with it are understood. */
  base?: string;
  /** Today as YYYY-MM-DD; defaults to the current UTC day. */
  today?: string;
  /** Where the per-file cache lives (default `<root>/.cache/content-check`), or false for none. */
  cacheDir?: string | false;
  /** Worker threads for the per-file analysis; default: as many as help, given the cores and the files to analyse. */
  threads?: number;
  /** The source archive folder (absolute), holding `<source id>.txt`; without one, quotations go unverified. */
  archive?: string;
  /** Whether a cited source with no archived text is an error rather than a note. */
  requireArchive?: boolean;
}

export interface CheckResult {
  files: number;
  problems: Problem[];
  errors: number;
  warnings: number;
  /** How many files were analysed, and how many answers came from the cache. */
  analyzed: number;
  cached: number;
  /** Quotations that could not be checked because a source they are credited to has no archived text. */
  unverified: number;
  /** Whether an archive was given at all. */
  archive: boolean;
}

export { listContentFiles, type ContentFile } from './files.ts';

export function summarize(
  files: number,
  problems: Problem[],
  analyzed = files,
  cached = 0,
  sources: Pick<CheckResult, 'unverified' | 'archive'> = { unverified: 0, archive: false },
): CheckResult {
  const sorted = [...problems].sort(compareProblems);
  return {
    ...sources,
    files,
    problems: sorted,
    errors: sorted.filter((p) => p.severity === 'error').length,
    warnings: sorted.filter((p) => p.severity === 'warning').length,
    analyzed,
    cached,
  };
}

/**
 * The settings that change what a file's analysis says, besides the file and the checker. The
 * base path is not one: links are read under it in the check across files.
 */
const cacheKey = (archive: ArchiveTexts) =>
  JSON.stringify({ checker: checkerVersion(), archive: archiveDigest(archive) });

/**
 * Checks every file in the content folder and reports every problem at once. Per-file results
 * come from the cache when the file is unchanged; the rest are analysed, on worker threads when
 * there are many; the cross-file rules always run on the complete set.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const listing = await scanContent(options.contentDir, options.root);
  const sourceIds = listing.files.filter((f) => f.collection === 'sources').map((f) => f.id);
  const archive = await readArchive(options.archive, sourceIds);
  const cache =
    options.cacheDir === false
      ? noCache
      : await openCache(
          cacheFile(options.cacheDir ?? join(options.root, '.cache', 'content-check'), options.contentDir),
          cacheKey(archive),
        );

  // Start the threads first, so that they load the parsers while this thread reads.
  const expected = listing.files.filter((f) => !cache.has(f.file)).length;
  const pool = startPool(threadsFor(expected, options.threads), archive);
  try {
    const facts: FileFacts[] = new Array(listing.files.length);
    const jobs: Job[] = [];
    const positions: number[] = [];
    listing.files.forEach((file, index) => {
      const job: Job = { path: file.path, file: file.file, collection: file.collection, id: file.id };
      if (cache.has(file.file)) {
        // Read here to compare with the cache; new files are read by the thread that analyses them.
        let bytes: Buffer;
        try {
          bytes = readFileSync(file.path);
        } catch (error) {
          facts[index] = unreadable(file, error);
          return;
        }
        const hash = hashContent(bytes);
        const hit = cache.get(file.file, hash);
        if (hit) {
          facts[index] = hit;
          return;
        }
        Object.assign(job, { text: bytes.toString('utf8'), hash });
      }
      jobs.push(job);
      positions.push(index);
    });
    const results = await pool.analyze(jobs);
    results.forEach(({ facts: result, hash }, i) => {
      facts[positions[i]!] = result;
      if (hash !== undefined) cache.set(jobs[i]!.file, hash, result);
    });
    await cache.save();
    return finish(facts, options, listing, jobs.length);
  } finally {
    await pool.close();
  }
}

/** Adds the cross-file rules to the per-file results, and sorts and counts every problem. */
export function finish(
  facts: readonly FileFacts[],
  options: CheckOptions,
  listing?: ContentListing,
  analyzed = facts.length,
): CheckResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const contentDir = toPosix(relative(options.root, options.contentDir)) || '.';
  const problems = [
    ...(listing ? checkListing(listing, contentDir) : []),
    ...facts.flatMap((f) => f.problems),
    ...(listing?.exists === false
      ? []
      : [
          ...checkAcrossFiles(facts, { contentDir, today }),
          ...checkAliases(facts),
          ...checkTimelines(facts),
          ...checkTranslations(facts),
          ...checkInternalLinks(facts, { base: normalizeBase(options.base), root: options.root }),
          ...checkImages(facts, options.root, normalizeBase(options.base)),
        ]),
    ...(options.archive ? unarchivedSources(facts, options.requireArchive ?? false) : []),
  ];
  const unverified = facts.reduce((n, f) => n + (f.sources?.unverified ?? 0), 0);
  return summarize(facts.length, problems, analyzed, facts.length - analyzed, {
    unverified,
    archive: Boolean(options.archive),
  });
}
