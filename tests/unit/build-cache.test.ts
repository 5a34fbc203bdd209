import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeDigest, openBuildCache } from '../../scripts/build-cache.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'briefings-code-'));
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  writeFileSync(join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

describe('codeDigest', () => {
  it('changes with any file of src/, the config, the lockfile, and the site settings', () => {
    const root = project();
    const before = codeDigest(root, {});
    expect(codeDigest(root, {})).toBe(before);
    writeFileSync(join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;\n');
    const afterSrc = codeDigest(root, {});
    expect(afterSrc).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    const afterLock = codeDigest(root, {});
    expect(afterLock).not.toBe(afterSrc);
    writeFileSync(join(root, 'astro.config.mjs'), 'export default { site: "x" };\n');
    const afterConfig = codeDigest(root, {});
    expect(afterConfig).not.toBe(afterLock);
    expect(codeDigest(root, { BASE_PATH: '/briefings-mx/' })).not.toBe(afterConfig);
    expect(codeDigest(root, { SITE_URL: 'https://example.org' })).not.toBe(afterConfig);
  });

  it('does not change with content or the output', () => {
    const root = project();
    const before = codeDigest(root, {});
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'x.md'), 'text');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'html');
    expect(codeDigest(root, {})).toBe(before);
  });
});

describe('openBuildCache', () => {
  it('starts cold without a cache, when forced, after an unfinished build and when the code changed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefings-cache-')), 'cache');
    expect(openBuildCache(dir, 'one', false).cold).toBe('no cache yet');
    // The build above never finished.
    const retried = openBuildCache(dir, 'one', false);
    expect(retried.cold).toBe('the last build did not finish');
    const kept = join(dir, 'astro', 'kept');
    mkdirSync(join(dir, 'astro'));
    writeFileSync(kept, '');
    retried.finish();
    const reused = openBuildCache(dir, 'one', false);
    expect(reused.cold).toBeUndefined();
    expect(existsSync(kept)).toBe(true);
    reused.finish();
    expect(openBuildCache(dir, 'two', false).cold).toBe('the code or settings changed');
    expect(existsSync(kept)).toBe(false);
    openBuildCache(dir, 'two', false).finish();
    writeFileSync(kept.replace('astro/kept', 'kept'), '');
    expect(openBuildCache(dir, 'two', true).cold).toBe('forced');
    expect(existsSync(join(dir, 'kept'))).toBe(false);
  });
});
