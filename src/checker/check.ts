import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { normalizeBase } from '../lib/urls.ts';
import { analyzeFile, COLLECTIONS, type CollectionName, type FileFacts } from './analyze.ts';
import { checkAcrossFiles } from './rules/cross-file.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkTimelines } from './rules/timeline.ts';
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
}

export interface CheckResult {
  files: number;
  problems: Problem[];
  errors: number;
  warnings: number;
}

export interface ContentFile {
  path: string;
  file: string;
  collection: CollectionName;
  id: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Every content file the site reads, by collection, in a stable order. */
export async function listContentFiles(contentDir: string, root: string): Promise<ContentFile[]> {
  const found: ContentFile[] = [];
  for (const [collection, { extensions }] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const dir = join(contentDir, collection);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const ext = extname(name);
      if (!(extensions as readonly string[]).includes(ext)) continue;
      const path = join(dir, name);
      found.push({ path, file: toPosix(relative(root, path)), collection, id: name.slice(0, -ext.length) });
    }
  }
  return found;
}

export function summarize(files: number, problems: Problem[]): CheckResult {
  const sorted = [...problems].sort(compareProblems);
  return {
    files,
    problems: sorted,
    errors: sorted.filter((p) => p.severity === 'error').length,
    warnings: sorted.filter((p) => p.severity === 'warning').length,
  };
}

/** Checks every file in the content folder and reports every problem at once. */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const base = normalizeBase(options.base);
  const files = await listContentFiles(options.contentDir, options.root);
  const facts: FileFacts[] = await Promise.all(
    files.map(async (f) => analyzeFile(f.file, f.collection, f.id, await readFile(f.path, 'utf8'), base)),
  );
  return finish(facts, options);
}

export function finish(facts: readonly FileFacts[], options: CheckOptions): CheckResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const contentDir = toPosix(relative(options.root, options.contentDir)) || '.';
  const problems = [
    ...facts.flatMap((f) => f.problems),
    ...checkAcrossFiles(facts, { contentDir, today }),
    ...checkAliases(facts),
    ...checkTimelines(facts),
  ];
  return summarize(facts.length, problems);
}
