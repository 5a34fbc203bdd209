/**
 * How long collecting every speaker's quotations takes (`passagesBySpeaker`: grouping the same
 * words, finding extracts of longer passages) as the number of quotes grows. The quotes are
 * seeded filler sentences over five speakers and five sources, one or two a briefing:
 *   node scripts/bench-quotations.ts [--sizes 1000,10000,20000] [--runs 3]
 * Prints the median and best of the runs for each size. A build computes it once.
 */
import { parseArgs } from 'node:util';
import { passagesBySpeaker } from '../src/lib/quotations.ts';
import type { BriefingLike } from '../src/lib/briefings.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' } } });
const sizes = (values.sizes ?? '1000,10000,20000').split(',').map(Number);
const runs = Number(values.runs ?? 3);

const WORDS = (
  'the officials said cooperation security border agreement talks delegation minister report government ' +
  'cabinet visit meeting policy enforcement trade tariffs weapons cartels migration extradition committee ' +
  'testimony statement partners negotiators region pressure plan program review shipments authorities'
).split(' ');

/** mulberry32, so that every run measures the same quotes. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function briefings(count: number): BriefingLike[] {
  const rand = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => `${Array.from({ length: 8 + Math.floor(rand() * 12) }, () => pick(WORDS)).join(' ')}.`;
  return Array.from({ length: count }, (_, i) => {
    const quotes = Array.from({ length: 1 + (i % 2) }, () => ({
      speaker: `official-${1 + Math.floor(rand() * 5)}`,
      source: `wire-${1 + Math.floor(rand() * 5)}`,
      text: sentence(),
      context: 'Filler context',
    }));
    // Every tenth briefing quotes part of an earlier quote again, as briefings do.
    if (i % 10 === 9) {
      const earlier = quotes[0]!;
      quotes.push({ ...earlier, text: earlier.text.split(' ').slice(2, 7).join(' ') });
    }
    return {
      id: `briefing-${i}`,
      data: {
        title: `Filler briefing ${i}`,
        dek: 'A filler briefing for the benchmark, long enough.',
        published: new Date(Date.UTC(2025, 0, 1 + (i % 700))),
        kind: 'news',
        topics: ['cartels'],
        sources: ['wire-1'],
        featured: false,
        draft: false,
        quotes,
      },
    };
  });
}

for (const size of sizes) {
  const input = briefings(size);
  const quotes = input.reduce((n, b) => n + (b.data.quotes?.length ?? 0), 0);
  const times: number[] = [];
  let passages = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = passagesBySpeaker(input);
    times.push(performance.now() - start);
    passages = [...result.values()].reduce((n, list) => n + list.length, 0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${size} briefings, ${quotes} quotes → ${passages} passages: median ${median.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms (${runs} runs)`,
  );
}
