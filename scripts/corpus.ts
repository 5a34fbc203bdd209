/**
 * A deterministic corpus of valid briefings for benchmarks and scale tests, written to a
 * folder of its own (never content/):
 *   node scripts/corpus.ts --out /tmp/corpus --count 1000 [--seed 1] [--archive /tmp/archive]
 * The same count and seed always give the same files. Briefings are 400–700 words in
 * `##` sections (some with a `###`) with 1–3 topics, quotes, sources and people, as the schemas
 * require; their bodies carry quotations, internal links, allowed HTML and inline Markdown for
 * the content checker's rules; every seventh briefing also adds one or two timeline entries,
 * dated on or before its published day. Every quotation (a frontmatter quote or one in the body)
 * is a run of words from the generated text of its source, which `writeCorpus` writes to a source
 * archive folder when asked (`--archive DIR`), so that the source rules have real work to do. The
 * build benchmark, the checker benchmark and the scale tests all use it; the text is filler,
 * never journalism.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const CORPUS_TOPICS = [
  'cartels',
  'weapons-flow',
  'migration',
  'extradition',
  'trade',
  'security',
  'diplomacy',
  'border',
];
const PEOPLE = ['official-one', 'official-two', 'official-three', 'official-four', 'official-five'];
const SOURCES = ['wire-one', 'wire-two', 'wire-three', 'testimony-one', 'statement-one'];
const KINDS = ['news', 'news', 'news', 'explainer', 'analysis', 'context'] as const;
const SECTIONS = ['Why it matters', 'What was said', 'Background', 'What happens next', 'The numbers', 'What to watch'];
const WORDS = (
  'the officials said cooperation security border agreement talks delegation minister report government ' +
  'cabinet visit meeting policy enforcement trade tariffs weapons cartels migration extradition ' +
  'committee testimony statement partners negotiators region pressure plan program review shipments ' +
  'authorities agencies week month announcement response concerns progress measures framework ' +
  'commitment capital leaders bilateral relations talks across both nations said would could may ' +
  'with from into over under after before during while amid toward against among between'
).split(' ');

/** mulberry32: a small seeded PRNG, so that a corpus is the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function sentence(rand: Rand, words: number): string {
  const out = Array.from({ length: words }, () => pick(rand, WORDS));
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(rand: Rand, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, between(rand, 12, 24));
    parts.push(sentence(rand, n));
    left -= n;
  }
  return parts.join(' ');
}

const SUBSECTIONS = ['The details', 'Who was there', 'What was agreed', 'What remains open'];

/**
 * Now and then a paragraph ends with what the content checker has rules for: a quotation, a
 * link to an earlier briefing or a topic (internal links it resolves), an allowed HTML tag, or
 * inline Markdown.
 */
function bodyExtra(rand: Rand, index: number): string | undefined {
  const roll = rand();
  if (roll < 0.2) return `"${QUOTED.repeat(sentence(rand, between(rand, 6, 12)).split(' ').length)}" an official said.`;
  if (roll < 0.32 && index > 0)
    return `See [an earlier briefing](/briefings/${briefingSlug(Math.floor(rand() * index))}/) for more.`;
  if (roll < 0.42) return `More on [this topic](/topics/${pick(rand, CORPUS_TOPICS)}/).`;
  if (roll < 0.47) return 'Officials from the <abbr title="State Department">DOS</abbr> attended.';
  if (roll < 0.52) return 'Talks covered *security* and **trade**, with `no figures` given.';
  return undefined;
}

function day(index: number, count: number): string {
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  return new Date(start + Math.floor((span * index) / Math.max(1, count))).toISOString().slice(0, 10);
}

/** Every `TIMELINE_EVERY`th briefing adds timeline entries, so that the timeline grows with the corpus. */
export const TIMELINE_EVERY = 7;

/**
 * One or two timeline entries for briefing `index`, or none: each dated at day precision on or
 * before `published` (planned when on that very day, else occurred), with an id unique across
 * the corpus. They draw on a random stream of their own, so the rest of the briefing is the
 * same as without them.
 */
function timelineLines(index: number, published: string, seed: number): string[] {
  if (index % TIMELINE_EVERY !== TIMELINE_EVERY - 1) return [];
  const rand = random(seed * 2_000_003 + index);
  const entries = Array.from({ length: between(rand, 1, 2) }, (_, k) => {
    const daysBefore = between(rand, 0, 30);
    const date = new Date(Date.parse(published) - daysBefore * 86_400_000).toISOString().slice(0, 10);
    return [
      `  - id: ${briefingSlug(index)}-event-${k + 1}`,
      `    date: ${date}`,
      `    event: "${sentence(rand, between(rand, 8, 12))}"`,
      `    status: ${daysBefore === 0 ? 'planned' : 'occurred'}`,
      `    source: ${pick(rand, SOURCES)}`,
    ];
  });
  return ['timeline:', ...entries.flat()];
}

/** Words in a generated source's text: enough that quotations come from all over it. */
const SOURCE_WORDS = 1200;

/** The generated text of source `id`: sentences of filler, the same for the same seed. */
export function sourceText(id: string, seed = 1): string {
  const rand = random(seed * 4_000_037 + SOURCES.indexOf(id));
  const sentences: string[] = [];
  for (let words = 0; words < SOURCE_WORDS;) {
    const n = between(rand, 12, 24);
    sentences.push(sentence(rand, n));
    words += n;
  }
  return `${sentences.join('\n')}\n`;
}

/** A word of a body quotation, filled in from the source once the briefing's source is known. */
const QUOTED = '\u0000 ';

/** `words` consecutive words of the source's text, as a quotation: the source has them in this order. */
function quotation(rand: Rand, words: string[], length: number): string {
  const start = Math.floor(rand() * (words.length - length));
  const out = words.slice(start, start + length).map((w) => w.replace(/\.$/, '').toLowerCase());
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

const sourceWords = new Map<string, string[]>();
function wordsOf(id: string, seed: number): string[] {
  const key = `${id}:${seed}`;
  if (!sourceWords.has(key)) sourceWords.set(key, sourceText(id, seed).split(/\s+/).filter(Boolean));
  return sourceWords.get(key)!;
}

export function briefingText(index: number, count: number, seed: number): string {
  // Quotations take their words from a stream of their own, so the rest of the briefing is the same.
  const quoting = random(seed * 5_000_011 + index);
  const rand = random(seed * 1_000_003 + index);
  const topics = [...new Set(Array.from({ length: between(rand, 1, 3) }, () => pick(rand, CORPUS_TOPICS)))];
  const quotes = Array.from({ length: between(rand, 0, 2) }, () => {
    const speaker = pick(rand, PEOPLE);
    const length = sentence(rand, between(rand, 8, 20)).split(' ').length;
    const source = pick(rand, SOURCES);
    return { speaker, text: quotation(quoting, wordsOf(source, seed), length), source };
  });
  const targetWords = between(rand, 400, 700);
  const sections = between(rand, 3, 5);
  // What a body carries besides prose (links, quotations, HTML, subsections) draws on a stream of
  // its own, so that the frontmatter and the prose stay the same whatever is added here.
  const extras = random(seed * 3_000_017 + index);
  const body: string[] = [];
  for (let s = 0; s < sections; s++) {
    const text = paragraph(rand, Math.floor(targetWords / sections));
    const extra = bodyExtra(extras, index);
    body.push(`## ${SECTIONS[(s + index) % SECTIONS.length]}`, '', extra ? `${text} ${extra}` : text, '');
    if (extras() < 0.3)
      body.push(`### ${pick(extras, SUBSECTIONS)}`, '', paragraph(extras, between(extras, 30, 60)), '');
  }
  const published = day(index, count);
  const source = pick(rand, SOURCES);
  const quoted = (match: string) =>
    quotation(quoting, wordsOf(source, seed), match.length / QUOTED.length).slice(0, -1);
  const yaml = [
    '---',
    `title: "Briefing ${index + 1}: ${sentence(rand, 6).slice(0, -1)}"`,
    `dek: "${sentence(rand, between(rand, 12, 18))}"`,
    `published: ${published}`,
    `kind: ${pick(rand, KINDS)}`,
    `topics: [${topics.join(', ')}]`,
    `sources: [${source}]`,
    ...(quotes.length
      ? [
          'quotes:',
          ...quotes.flatMap((q) => [
            `  - speaker: ${q.speaker}`,
            `    text: "${q.text}"`,
            '    context: "Remarks to reporters"',
            `    source: ${q.source}`,
          ]),
        ]
      : []),
    ...timelineLines(index, published, seed),
    '---',
    '',
  ];
  return [...yaml, ...body].join('\n').replace(/(?:\u0000 )+/g, quoted);
}

export function briefingSlug(index: number): string {
  return `briefing-${String(index + 1).padStart(6, '0')}`;
}

/**
 * Writes `count` briefings and the topics, sources and people they name into `dir` (emptied
 * first); says how many briefings and files it wrote.
 */
export function writeCorpus(
  dir: string,
  count: number,
  seed = 1,
  { archive }: { archive?: string } = {},
): { briefings: number; files: number } {
  rmSync(dir, { recursive: true, force: true });
  if (archive) {
    rmSync(archive, { recursive: true, force: true });
    mkdirSync(archive, { recursive: true });
    for (const id of SOURCES) writeFileSync(join(archive, `${id}.txt`), sourceText(id, seed));
  }
  for (const sub of ['briefings', 'topics', 'sources', 'people']) mkdirSync(join(dir, sub), { recursive: true });
  CORPUS_TOPICS.forEach((id, order) =>
    writeFileSync(
      join(dir, 'topics', `${id}.yaml`),
      `name: ${id.replace('-', ' ')}\ndescription: Briefings about ${id.replace('-', ' ')} in US-Mexico relations.\norder: ${order + 1}\n`,
    ),
  );
  for (const id of SOURCES)
    writeFileSync(
      join(dir, 'sources', `${id}.yaml`),
      `outlet: Agency ${id}\nkind: wire report\ndescription: A generated source record for benchmarks.\n`,
    );
  PEOPLE.forEach((id, i) =>
    writeFileSync(join(dir, 'people', `${id}.yaml`), `name: Official ${i + 1}\nrole: Spokesperson\n`),
  );
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'briefings', `${briefingSlug(i)}.md`), briefingText(i, count, seed));
  return { briefings: count, files: count + CORPUS_TOPICS.length + SOURCES.length + PEOPLE.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      archive: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('usage: node scripts/corpus.ts --out DIR --count N [--seed S] [--archive DIR]');
    process.exit(2);
  }
  writeCorpus(values.out, Number(values.count), Number(values.seed), { archive: values.archive });
  console.log(`Wrote ${values.count} briefings to ${values.out}`);
}
