import { describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/checker/index.ts';
import { cacheFile } from '../../src/checker/cache.ts';
import { fingerprint, moduleGraph } from '../../src/checker/version.ts';

/**
 * The per-file cache must never give a stale answer: cross-file rules are re-run on every check,
 * an edited file is analysed again, and a change of base path or checker code empties the cache.
 */
const BASE = resolve('tests/fixtures/checker/base');

const TRADE_TOPIC = 'name: Trade\ndescription: Tariffs and trade between the two countries.\norder: 5\n';
const TRADE_BRIEFING = `---
title: A briefing about trade
dek: A fixture briefing that names the trade topic, for the cache tests.
published: 2026-01-02
kind: news
topics: [cartels, trade]
sources: [afp-rubio-mexico-trip]
---

## What happened

See [the trade topic](/topics/trade/) and [the search](/search/).
`;

function project() {
  const root = mkdtempSync(join(tmpdir(), 'checker-cache-'));
  const contentDir = join(root, 'content');
  cpSync(BASE, contentDir, { recursive: true });
  writeFileSync(join(contentDir, 'topics', 'trade.yaml'), TRADE_TOPIC);
  writeFileSync(join(contentDir, 'briefings', 'trade-talks.md'), TRADE_BRIEFING);
  const cacheDir = join(root, '.cache', 'content-check');
  const check = (base = '/') => checkContent({ root, contentDir, cacheDir, base, today: '2026-06-01' });
  const at = (...path: string[]) => join(contentDir, ...path);
  return { root, contentDir, cacheDir, check, at };
}

const summary = (result: Awaited<ReturnType<typeof checkContent>>) =>
  result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);

describe('the content checker cache', () => {
  it('a re-check of unchanged files analyses none of them and gives the same answer', async () => {
    const p = project();
    const cold = await p.check();
    expect(cold).toMatchObject({ files: 10, analyzed: 10, cached: 0, errors: 0 });
    const warm = await p.check();
    expect(warm).toMatchObject({ files: 10, analyzed: 0, cached: 10 });
    expect(warm.problems).toEqual(cold.problems);
  });

  it('deleting a topic changes the verdict on the briefings that name it, with every briefing from the cache', async () => {
    const p = project();
    await p.check();
    rmSync(p.at('topics', 'trade.yaml'));
    const result = await p.check();
    expect(result.analyzed).toBe(0);
    expect(summary(result)).toEqual([
      'content/briefings/trade-talks.md:6:19 unknown-topic',
      'content/briefings/trade-talks.md:12:5 broken-internal-link',
    ]);
  });

  it('renaming a topic flags the old id, and fixing the briefing clears it', async () => {
    const p = project();
    await p.check();
    renameSync(p.at('topics', 'trade.yaml'), p.at('topics', 'tariffs.yaml'));
    const renamed = await p.check();
    expect(renamed.analyzed).toBe(1); // the topic file, now at a new path
    expect(renamed.problems.map((x) => x.message)).toContain(
      '`topics` item 2 names an unknown topic "trade"; known topics: cartels, extradition, migration, tariffs, weapons-flow',
    );
    writeFileSync(
      p.at('briefings', 'trade-talks.md'),
      TRADE_BRIEFING.replaceAll('trade]', 'tariffs]').replace('/topics/trade/', '/topics/tariffs/'),
    );
    const fixed = await p.check();
    expect(fixed).toMatchObject({ analyzed: 1, errors: 0 });
  });

  it('editing a briefing is picked up, and so is undoing the edit', async () => {
    const p = project();
    await p.check();
    const file = p.at('briefings', 'valid-briefing.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('kind: news', 'kind: opinion'));
    const broken = await p.check();
    expect(broken.analyzed).toBe(1);
    expect(summary(broken)).toEqual(['content/briefings/valid-briefing.md:5:1 schema/enum']);
    writeFileSync(file, original);
    const fixed = await p.check();
    expect(fixed).toMatchObject({ analyzed: 1, errors: 0 });
  });

  it('a different base path reads the links under it, from the cache: the per-file analysis does not depend on it', async () => {
    const p = project();
    writeFileSync(
      p.at('briefings', 'trade-talks.md'),
      TRADE_BRIEFING.replace('(/search/)', '(/briefings-mx/briefings/nowhere/)'),
    );
    // At the root, /briefings-mx/… is no page of the site; under that base, a briefing that does not exist.
    expect(summary(await p.check('/'))).toEqual(['content/briefings/trade-talks.md:12:43 broken-internal-link']);
    const result = await p.check('/briefings-mx/');
    expect(result).toMatchObject({ analyzed: 0, cached: 10 });
    expect(result.problems.map((x) => x.message)).toEqual([
      'the link `/briefings-mx/briefings/nowhere/` goes to a briefing page that does not exist: there is no briefings/nowhere.md; known briefings: trade-talks, valid-briefing',
    ]);
  });

  it('a damaged cache file is ignored', async () => {
    const p = project();
    await p.check();
    writeFileSync(cacheFile(p.cacheDir, p.contentDir), '{"key": "x", "entries": ');
    const result = await p.check();
    expect(result).toMatchObject({ analyzed: 10, errors: 0 });
    expect((await p.check()).analyzed).toBe(0);
  });

  it('removes the caches of folders not checked for two weeks, and keeps the others', async () => {
    const p = project();
    const old = join(p.cacheDir, 'old-folder.json');
    const recent = join(p.cacheDir, 'recent-folder.json');
    mkdirSync(p.cacheDir, { recursive: true });
    writeFileSync(old, '{}');
    writeFileSync(recent, '{}');
    // Long before any day the test runs, without reading the clock.
    const longAgo = new Date('2000-01-01T00:00:00Z');
    utimesSync(old, longAgo, longAgo);
    await p.check();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(cacheFile(p.cacheDir, p.contentDir))).toBe(true);
  });

  it('the checker fingerprint covers its rules and schemas, and changes when any module it imports changes', () => {
    const graph = moduleGraph(resolve('src/checker/analyze.ts')).map((f) => f.replace(`${process.cwd()}/`, ''));
    expect(graph).toEqual(
      expect.arrayContaining([
        'src/checker/analyze.ts',
        'src/checker/rules/html.ts',
        'src/checker/rules/schema.ts',
        'src/checker/yaml-errors.ts',
        'src/schemas/briefing.ts',
        'src/schemas/dates.ts',
      ]),
    );

    const dir = mkdtempSync(join(tmpdir(), 'checker-version-'));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'entry.ts'), "import { rule } from './rules/rule.ts';\nexport const x = rule;\n");
    writeFileSync(join(dir, 'rules', 'rule.ts'), 'export const rule = 1;\n');
    const before = fingerprint(join(dir, 'entry.ts'), dir);
    expect(fingerprint(join(dir, 'entry.ts'), dir)).toBe(before);
    writeFileSync(join(dir, 'rules', 'rule.ts'), 'export const rule = 2;\n');
    expect(fingerprint(join(dir, 'entry.ts'), dir)).not.toBe(before);
  });
});
