import { hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArchiveTexts } from './rules/sources.ts';

/**
 * The source archive: a folder a desk keeps its licensed source texts in, one `<source id>.txt`
 * file per source. The project holds no source text itself; the checker is pointed at the
 * folder with `--archive DIR` or `SOURCE_ARCHIVE`.
 */
export function archiveDir(root: string, option?: string): string | undefined {
  const dir = option || process.env.SOURCE_ARCHIVE;
  return dir ? resolve(root, dir) : undefined;
}

/** The archived texts of the given sources, for those that have one (a missing or unreadable file is no text). */
export async function readArchive(dir: string | undefined, sourceIds: readonly string[]): Promise<ArchiveTexts> {
  if (!dir) return {};
  const entries = await Promise.all(
    sourceIds.map(async (id) => [id, await readFile(join(dir, `${id}.txt`), 'utf8').catch(() => undefined)] as const),
  );
  return Object.fromEntries(entries.filter((e): e is readonly [string, string] => e[1] !== undefined));
}

/** A digest of the archived texts, for the cache key: editing one re-judges the briefings. */
export function archiveDigest(texts: ArchiveTexts): string {
  const sorted = Object.keys(texts).sort();
  return hash('sha1', JSON.stringify(sorted.map((id) => [id, texts[id]])), 'base64url');
}
