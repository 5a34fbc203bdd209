import { resolve } from 'node:path';

/** The folder briefings, topics, sources and people are read from: `CONTENT_DIR`, or `content/`. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || 'content');
}
