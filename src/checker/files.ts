import { readdir, realpath } from 'node:fs/promises';
import { extname, join, relative, sep, isAbsolute } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../model/collections.ts';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, with forward slashes, as problems name it. */
  file: string;
  collection: CollectionName;
  /** The slug or id: the file name without its extension. */
  id: string;
}

export interface ContentListing {
  files: ContentFile[];
  /** Files and folders inside a collection folder that the site does not read (wrong extension). */
  ignored: { file: string; collection: CollectionName }[];
  /** Links (files or folders) inside the content folder to something outside it: never read. */
  outside: { file: string }[];
  /** Whether the content folder exists at all. */
  exists: boolean;
}

export const toPosix = (p: string) => p.split(sep).join('/');

/**
 * The folder beside the briefings where their images live (`./images/chart.png` in a briefing,
 * `../images/chart.png` in a translation), as the README says: not content, so not reported as unread.
 */
export const IMAGES_FOLDER = 'images';

const nested = new Set(
  COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder as string).filter((f) => f.includes('/')),
);

/** Whether `path` is `folder` or inside it (both already resolved). */
const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Where a link really leads, or undefined when it leads nowhere (then reading it will say so). */
const resolved = (path: string) => realpath(path).catch(() => undefined);

/** Every file in the content folder, by collection, in a stable order, and what the site would ignore. */
export async function scanContent(contentDir: string, root: string): Promise<ContentListing> {
  const listing: ContentListing = { files: [], ignored: [], outside: [], exists: true };
  const top = await readdir(contentDir).catch(() => undefined);
  if (!top) return { ...listing, exists: false };
  const home = (await resolved(contentDir)) ?? contentDir;
  for (const collection of COLLECTION_NAMES) {
    const extensions: readonly string[] = COLLECTIONS[collection].extensions;
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    const real = await resolved(dir);
    if (real && !isInside(home, real)) {
      listing.outside.push({ file: toPosix(relative(root, dir)) });
      continue;
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      // A folder that is another collection's (briefings/es/ inside briefings/) is read as that one.
      if (entry.isDirectory() && nested.has(`${COLLECTIONS[collection].folder}/${entry.name}`)) continue;
      if (entry.isDirectory() && collection === 'briefings' && entry.name === IMAGES_FOLDER) continue;
      const path = join(dir, entry.name);
      const ext = extname(entry.name);
      if (entry.isSymbolicLink()) {
        const target = await resolved(path);
        if (target && !isInside(home, target)) {
          listing.outside.push({ file: toPosix(relative(root, path)) });
          continue;
        }
      }
      if ((entry.isFile() || entry.isSymbolicLink()) && extensions.includes(ext))
        listing.files.push({
          path,
          file: toPosix(relative(root, path)),
          collection,
          id: entry.name.slice(0, -ext.length),
        });
      else listing.ignored.push({ file: toPosix(relative(root, path)), collection });
    }
  }
  return listing;
}

/** Every content file the site reads, by collection, in a stable order. */
export async function listContentFiles(contentDir: string, root: string): Promise<ContentFile[]> {
  return (await scanContent(contentDir, root)).files;
}
