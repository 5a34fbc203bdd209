import { frontmatterOf } from '../helpers/content.ts';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexBriefings, indexInOrder } from '../../src/lib/briefing-index.ts';
import { briefingsForTopic, relatedBriefings } from '../../src/lib/briefings.ts';
import { briefingSchema } from '../../src/schemas/index.ts';
import { writeCorpus } from '../../scripts/corpus.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** 400 generated briefings (8 topics, 1–3 each), read with the site's schema. */
function corpus() {
  const dir = mkdtempSync(join(tmpdir(), 'briefings-index-'));
  try {
    writeCorpus(dir, 400, 3);
    const schema = briefingSchema();
    return readdirSync(join(dir, 'briefings')).map((name) => {
      const text = readFileSync(join(dir, 'briefings', name), 'utf8');
      return { id: name.slice(0, -3), data: schema.parse(frontmatterOf(text)) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the briefing index', () => {
  const all = corpus();
  const index = indexBriefings(all);

  it('gives the same related briefings as the plain definition, for every briefing', () => {
    for (const b of all)
      expect(
        index.related(b).map((x) => x.id),
        b.id,
      ).toEqual(relatedBriefings(b, all).map((x) => x.id));
    expect(index.related(all[0]!, 10).map((x) => x.id)).toEqual(relatedBriefings(all[0]!, all, 10).map((x) => x.id));
  });

  it('lists each topic newest first, as its page does', () => {
    for (const topic of new Set(all.flatMap((b) => b.data.topics)))
      expect(index.inTopic(topic).map((b) => b.id)).toEqual(briefingsForTopic(all, topic).map((b) => b.id));
    expect(index.inTopic('no-such-topic')).toEqual([]);
  });

  it('finds the neighbours in the first topic by position', () => {
    for (const b of all.slice(0, 50)) {
      const list = briefingsForTopic(all, b.data.topics[0]!);
      const at = list.findIndex((x) => x.id === b.id);
      const { previous, next } = index.neighbours(b);
      expect([previous?.id, next?.id]).toEqual([list[at + 1]?.id, list[at - 1]?.id]);
    }
  });

  it('ranks a briefing sharing two topics above newer ones sharing one', () => {
    const a = briefing('a', { published: day('2026-01-01'), topics: ['cartels', 'migration'] });
    const old = briefing('old', { published: day('2020-01-01'), topics: ['migration', 'cartels'] });
    const newer = briefing('newer', { published: day('2026-02-01'), topics: ['cartels'] });
    expect(
      indexBriefings([a, old, newer])
        .related(a)
        .map((x) => x.id),
    ).toEqual(['old', 'newer']);
  });

  it('keeps an edition’s own order when given one: topics, neighbours and ties among related follow it', () => {
    // Same day, so only the edition's order (here not by slug) tells them apart.
    const [z, m, a] = ['z', 'm', 'a'].map((id) => briefing(id, { published: day('2026-11-30'), topics: ['cartels'] }));
    const edition = indexInOrder([z!, m!, a!]);
    expect(edition.inTopic('cartels').map((b) => b.id)).toEqual(['z', 'm', 'a']);
    expect(edition.neighbours(m!)).toEqual({ previous: a, next: z });
    expect(edition.related(a!).map((b) => b.id)).toEqual(['z', 'm']);
    // The English index sorts them itself: newest first, then by slug.
    expect(
      indexBriefings([z!, m!, a!])
        .inTopic('cartels')
        .map((b) => b.id),
    ).toEqual(['a', 'm', 'z']);
  });
});
