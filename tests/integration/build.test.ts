import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, shellEnv } from '../helpers/build.ts';

const fixture = resolve('tests/fixtures/site');

describe('a production build', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'briefings-build-'));
  const outDir = join(work, 'dist');

  it('builds a page for each published briefing and topic, and none for a draft', () => {
    const result = build(fixture, outDir);
    expect(result.status, result.output).toBe(0);
    expect(readdirSync(join(outDir, 'briefings')).sort()).toEqual(['fixture-published']);
    expect(
      readdirSync(join(outDir, 'topics'))
        .filter((n) => n !== 'index.html')
        .sort(),
    ).toEqual(['cartels', 'extradition', 'migration', 'weapons-flow']);
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('draft fixture');
  });

  it('refuses invalid content, naming file, line and field, and keeps the last complete build', () => {
    const broken = join(work, 'broken');
    cpSync(fixture, broken, { recursive: true });
    const file = join(broken, 'briefings', 'fixture-published.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace('title: A published fixture briefing\n', '')
        .replace('[cartels, migration]', '[cartel, migration]')
        .replace('2026-01-02', '2026-02-30'),
    );
    const before = readFileSync(join(outDir, 'index.html'), 'utf8');

    const result = build(broken, outDir);
    expect(result.status).not.toBe(0);
    const rel = 'briefings/fixture-published.md';
    expect(result.output).toMatch(new RegExp(`${rel}:\\d+:\\d+  error  \`title\` is required`));
    expect(result.output).toMatch(
      new RegExp(`${rel}:5:10  error  \`topics\` item 1 names an unknown topic "cartel"; did you mean "cartels"\\?`),
    );
    expect(result.output).toMatch(new RegExp(`${rel}:3:1  error  \`published\` must be a date like 2025-05-21`));
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(`${outDir}.partial`)).toBe(false);
  });

  it('leaves no output at all when the first build fails', () => {
    const broken = join(work, 'broken');
    const fresh = join(work, 'never-built');
    expect(build(broken, fresh).status).not.toBe(0);
    expect(existsSync(fresh)).toBe(false);
  });

  it('leaves nothing that git status shows when it is killed half-way', async () => {
    // Built inside the project, where an editor's build runs, under a name no other test uses.
    const out = resolve('dist-killed-build');
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      env: { ...shellEnv(), CONTENT_DIR: fixture, OUT_DIR: out },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const deadline = Date.now() + 60_000;
      while (!existsSync(join(`${out}.partial`, 'briefings')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(`${out}.partial`)).toBe(true);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
    expect(status.status, status.stderr).toBe(0);
    const left = status.stdout.split('\n').filter((line) => line.includes('dist-killed-build'));
    rmSync(`${out}.partial`, { recursive: true, force: true });
    expect(left).toEqual([]);
  });
});
