import { hash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileFacts } from './analyze.ts';

/**
 * An on-disk cache of each file's FileFacts, so that a re-check only analyses the files that
 * changed. An entry is used only when the file's content hash matches; the whole cache is
 * used only when its key (the checker's fingerprint and the settings that change per-file
 * results) matches. Cross-file rules never come from the cache.
 */
export interface FactsCache {
  /** Whether the cache holds an entry for the file, whatever its content. */
  has(file: string): boolean;
  get(file: string, contentHash: string): FileFacts | undefined;
  set(file: string, contentHash: string, facts: FileFacts): void;
  /** Writes the cache if anything changed, keeping only the files seen in this run. */
  save(): Promise<void>;
}

interface Stored {
  key: string;
  entries: Record<string, [contentHash: string, facts: FileFacts]>;
}

export const hashContent = (bytes: Uint8Array) => hash('sha1', bytes, 'base64url');

/** The cache file for one content folder: one file per folder, so fixtures and benchmarks do not evict each other. */
export function cacheFile(cacheDir: string, contentDir: string): string {
  return join(cacheDir, `${hash('sha1', contentDir, 'base64url')}.json`);
}

/** Caches of content folders not checked for two weeks (temporary folders, mostly) are removed. */
const STALE_MS = 14 * 24 * 60 * 60 * 1000;
async function pruneStale(dir: string) {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const file = join(dir, name);
    const { mtimeMs } = await stat(file);
    if (now - mtimeMs > STALE_MS) await rm(file, { force: true });
  }
}

export const noCache: FactsCache = { has: () => false, get: () => undefined, set: () => {}, save: async () => {} };

export async function openCache(path: string, key: string): Promise<FactsCache> {
  let stored: Stored = { key, entries: {} };
  try {
    const read = JSON.parse(await readFile(path, 'utf8')) as Stored;
    if (read.key === key && read.entries && typeof read.entries === 'object') stored = read;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  const previous = stored.entries;
  const next: Stored['entries'] = {};
  let changed = false;
  return {
    has: (file) => Object.hasOwn(previous, file),
    get(file, contentHash) {
      const entry = previous[file];
      if (entry?.[0] !== contentHash) return undefined;
      next[file] = entry;
      return entry[1];
    },
    set(file, contentHash, facts) {
      next[file] = [contentHash, facts];
      changed = true;
    },
    async save() {
      if (!changed && Object.keys(next).length === Object.keys(previous).length) return;
      const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(temp, JSON.stringify({ key, entries: next } satisfies Stored));
        await rename(temp, path); // atomic: a concurrent run reads the old cache or the new one, never half of one
        await pruneStale(dirname(path));
      } catch {
        await rm(temp, { force: true }).catch(() => {}); // a cache that cannot be written only costs speed
      }
    },
  };
}
