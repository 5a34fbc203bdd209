import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initSync, parse } from 'es-module-lexer';

/**
 * Every local module `entry` imports, directly or not, itself included: absolute paths, sorted.
 * The imports are read by es-module-lexer (the lexer Vite uses), which reads TypeScript's import
 * statements as it reads JavaScript's.
 */
export function moduleGraph(entry: string): string[] {
  initSync();
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const [imports] = parse(readFileSync(path, 'utf8'), path);
    for (const { n: specifier } of imports)
      if (specifier?.startsWith('./') || specifier?.startsWith('../')) visit(resolve(dirname(path), specifier));
  };
  visit(entry);
  return [...seen].sort();
}

/** The installed packages, as npm records them (any upgrade of remark, yaml or zod changes it). */
function installedPackages(root: string): string {
  for (const name of ['node_modules/.package-lock.json', 'package-lock.json']) {
    try {
      return readFileSync(resolve(root, name), 'utf8');
    } catch {
      // try the next
    }
  }
  return '';
}

/**
 * A fingerprint of everything a file's analysis depends on besides the file itself: the source
 * of every module analyze.ts imports (the checker's rules and the schemas), the installed
 * packages and the Node version. Any change gives a new fingerprint, which empties the cache.
 */
export function fingerprint(entry: string, root: string): string {
  const hash = createHash('sha256');
  for (const path of moduleGraph(entry)) {
    hash.update(relative(root, path));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  }
  hash.update(installedPackages(root));
  hash.update(process.version);
  return hash.digest('base64url');
}

let memo: string | undefined;

/** The fingerprint of this checker, computed once per process. */
export function checkerVersion(): string {
  memo ??= fingerprint(
    fileURLToPath(new URL('./analyze.ts', import.meta.url)),
    fileURLToPath(new URL('../../', import.meta.url)),
  );
  return memo;
}
