import { frontmatterOf } from '../helpers/content.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIMELINE_EVERY, writeCorpus } from '../../scripts/corpus.ts';
import { checkContent } from '../../src/checker/index.ts';
import { briefingSchema, type BriefingData } from '../../src/schemas/index.ts';

/** The generated corpus (scripts/corpus.ts) that the scale tests and the benchmark build. */
const work = mkdtempSync(join(tmpdir(), 'briefings-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each briefing's frontmatter as the site reads it. */
function frontmatter(dir: string): BriefingData[] {
  return readdirSync(join(dir, 'briefings'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, 'briefings', name), 'utf8');
      return briefingSchema().parse(frontmatterOf(text));
    });
}

describe('the generated corpus', () => {
  const count = 60;
  const dir = join(work, 'a');
  writeCorpus(dir, count, 3);

  it('passes the content checker', async () => {
    const result = await checkContent({ contentDir: dir, root: work, today: '2030-01-01' });
    expect(result.problems).toEqual([]);
    expect(result.files).toBeGreaterThan(count);
  });

  it('takes every quotation from the generated source archive, which the source rules verify', async () => {
    const withArchive = join(work, 'with-archive');
    const archive = join(work, 'archive');
    writeCorpus(withArchive, count, 3, { archive });
    expect(readdirSync(archive).sort()).toEqual(
      readdirSync(join(withArchive, 'sources'))
        .map((f) => f.replace('.yaml', '.txt'))
        .sort(),
    );
    const plain = await checkContent({ contentDir: withArchive, root: work, today: '2030-01-01', cacheDir: false });
    const result = await checkContent({
      contentDir: withArchive,
      root: work,
      today: '2030-01-01',
      cacheDir: false,
      archive,
    });
    expect(plain.unverified).toBeGreaterThan(count);
    expect(result.problems).toEqual([]);
    expect(result.unverified).toBe(0);
  });

  it('gives every seventh briefing one or two dated timeline entries, on or before its published day', () => {
    const briefings = frontmatter(dir);
    const withEntries = briefings.flatMap((b, i) => (b.timeline ? [i] : []));
    expect(withEntries.length).toBe(Math.floor(count / TIMELINE_EVERY));
    expect(withEntries.every((i) => (i + 1) % TIMELINE_EVERY === 0)).toBe(true);
    const entries = briefings.flatMap((b) => (b.timeline ?? []).map((entry) => ({ entry, published: b.published })));
    expect(new Set(entries.map(({ entry }) => entry.id)).size).toBe(entries.length);
    for (const { entry, published } of entries) {
      expect(entry.date?.precision).toBe('day');
      expect(entry.date!.start.getTime()).toBeLessThanOrEqual(published.getTime());
      expect(['occurred', 'planned']).toContain(entry.status);
    }
    for (const b of briefings) expect(b.timeline?.length ?? 1).toBeLessThanOrEqual(2);
  });

  it('is the same for the same count and seed', () => {
    const again = join(work, 'b');
    writeCorpus(again, count, 3);
    const files = (d: string) =>
      readdirSync(join(d, 'briefings'))
        .sort()
        .map((name) => readFileSync(join(d, 'briefings', name), 'utf8'));
    expect(files(again)).toEqual(files(dir));
  });
});
