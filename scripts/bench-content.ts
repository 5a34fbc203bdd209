/**
 * Writes a content folder of N valid, realistic briefings (400–700 words in `##`/`###`
 * sections, inline quotations, links to other briefings and topics, 1–3 topics, quotes in the
 * frontmatter) plus the topics, sources and people they name. Deterministic for a given N.
 * Used by scripts/bench-checker.ts; the text is filler, not journalism, and never leaves the
 * temporary folder it is written to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic random number generator (mulberry32), so that every run writes the same files. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}

const TOPICS = [
  ['cartels', 'Cartels', 'Drug cartels operating in Mexico and how the two governments describe their cooperation.'],
  ['weapons-flow', 'Weapons flow', 'Guns bought in the United States and carried south to criminal groups in Mexico.'],
  ['migration', 'Migration', 'Migrants crossing Mexico towards the United States and the policies of both countries.'],
  ['extradition', 'Extradition', 'Suspects sent from Mexico to face charges in the United States, and the other way.'],
  ['trade', 'Trade', 'Tariffs, supply chains and the commercial relationship between the two neighbours.'],
  ['fentanyl', 'Fentanyl', 'The synthetic opioid, its precursor chemicals and the fight against trafficking.'],
  ['diplomacy', 'Diplomacy', 'Visits, meetings and statements between officials of the two governments.'],
  ['security', 'Security', 'Joint security work, intelligence sharing and the limits both sides set on it.'],
] as const;

const OUTLETS = ['AFP', 'Reuters', 'AP', 'El Universal', 'Milenio', 'The Washington Post', 'Reforma', 'EFE'];
const SOURCE_KINDS = ['wire report', 'news report', 'testimony', 'statement', 'press release', 'interview'];
const FIRST = ['Ana', 'Luis', 'Maria', 'John', 'Sara', 'Carlos', 'Elena', 'David', 'Rosa', 'Miguel'];
const LAST = ['Garcia', 'Lopez', 'Smith', 'Hernandez', 'Martinez', 'Brown', 'Ramirez', 'Torres', 'Flores', 'Cruz'];
const ROLES = ['Foreign minister', 'Security secretary', 'US ambassador', 'State Department spokesperson', 'Senator'];
const KINDS = ['news', 'explainer', 'analysis', 'context'];

const SUBJECTS = [
  'The secretary of state',
  'Mexican officials',
  'The two governments',
  'Officials in Washington',
  'The foreign ministry',
  'Security analysts quoted in the report',
  'Lawmakers on the committee',
  'The president',
  'Diplomats on both sides',
  'The delegation',
];
const VERBS = [
  'said they expected',
  'described',
  'pointed to',
  'raised concerns about',
  'welcomed',
  'asked for more detail on',
  'promised further talks on',
  'played down',
  'returned several times to',
  'set out plans for',
];
const OBJECTS = [
  'the flow of weapons across the border',
  'cooperation against the cartels',
  'the number of extraditions this year',
  'new checks at the main crossings',
  'the agreements to be signed during the visit',
  'the pressure on migrants waiting in northern cities',
  'joint work on intelligence',
  'the trade in precursor chemicals',
  'a timetable for the next meeting',
  'the limits each side sets on foreign agents',
];
const TAILS = [
  'according to the report',
  'in a statement on Tuesday',
  'without giving figures',
  'in the coming weeks',
  'as talks continued',
  'before the visit',
  'at a news conference',
  'in testimony to the committee',
];
const HEADINGS = ['What was said', 'Why it matters', 'Background', "What's next", 'The numbers', 'Reaction'];
const SUBHEADINGS = ['In Washington', 'In Mexico City', 'At the border', 'On the record'];
const QUOTES = [
  'We want to help stop that flow.',
  'There is more work to do on migration.',
  'Our cooperation has never been closer.',
  'We will keep working with our partners on security.',
  'This is a shared responsibility.',
  'The agreements will be signed when they are ready.',
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const pad = (n: number) => String(n).padStart(2, '0');

export interface GeneratedContent {
  briefings: number;
  files: number;
}

/** Writes the content folder at `dir` and returns how many files it holds. */
export function writeBenchContent(dir: string, count: number, seed = 1): GeneratedContent {
  const r = random(seed);
  for (const name of ['briefings', 'topics', 'sources', 'people']) mkdirSync(join(dir, name), { recursive: true });

  TOPICS.forEach(([id, name, description], i) =>
    writeFileSync(
      join(dir, 'topics', `${id}.yaml`),
      `name: ${name}\ndescription: ${JSON.stringify(description)}\norder: ${i + 1}\n`,
    ),
  );
  const sources = Array.from({ length: 30 }, (_, i) => `source-${i + 1}`);
  sources.forEach((id, i) =>
    writeFileSync(
      join(dir, 'sources', `${id}.yaml`),
      `outlet: ${JSON.stringify(OUTLETS[i % OUTLETS.length])}\nkind: ${SOURCE_KINDS[i % SOURCE_KINDS.length]}\n` +
        `description: "A ${SOURCE_KINDS[i % SOURCE_KINDS.length]} on security and migration talks, number ${i + 1}."\n` +
        `url: https://example.org/reports/${i + 1}\npublished: 2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}\n`,
    ),
  );
  const people = FIRST.flatMap((first) => LAST.slice(0, 2).map((last) => [first, last] as const)).map(
    ([first, last], i) => ({ id: `${first}-${last}`.toLowerCase(), name: `${first} ${last}`, role: ROLES[i % 5]! }),
  );
  for (const p of people)
    writeFileSync(join(dir, 'people', `${p.id}.yaml`), `name: ${p.name}\nrole: ${JSON.stringify(p.role)}\n`);

  const slugs = Array.from({ length: count }, (_, i) => `briefing-${String(i + 1).padStart(5, '0')}-on-the-talks`);
  const sentence = () => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}, ${r.pick(TAILS)}.`;
  const paragraph = (i: number) => {
    const parts = Array.from({ length: r.int(3, 5) }, sentence);
    const roll = r.next();
    if (roll < 0.25) parts.push(`"${r.pick(QUOTES)}" the official said.`);
    else if (roll < 0.4) parts.push(`See [an earlier briefing](/briefings/${slugs[(i * 7 + 3) % count]}/) for more.`);
    else if (roll < 0.5) parts.push(`More on [this topic](/topics/${r.pick(TOPICS)[0]}/).`);
    else if (roll < 0.55) parts.push('Officials from the <abbr title="State Department">DOS</abbr> attended.');
    else if (roll < 0.6) parts.push('Talks covered *security* and **trade**, with `no figures` given.');
    return parts.join(' ');
  };

  slugs.forEach((slug, i) => {
    const topics = r.some(TOPICS, r.int(1, 3)).map((t) => t[0]);
    const used = r.some(sources, r.int(1, 3));
    const quotes = Array.from({ length: r.int(0, 3) }, () => {
      const speaker = r.pick(people).id;
      return (
        `  - speaker: ${speaker}\n    text: ${JSON.stringify(r.pick(QUOTES))}\n` +
        `    context: "Remarks to reporters"\n    source: ${r.pick(used)}\n`
      );
    });
    const published = `20${20 + (i % 6)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
    const frontmatter =
      `---\ntitle: "Briefing ${i + 1}: ${r.pick(SUBJECTS)} on ${r.pick(TOPICS)[1].toLowerCase()}, ${r.pick(TAILS)}"\n` +
      `dek: "${sentence().replace(/"/g, '')}"\npublished: ${published}\nkind: ${r.pick(KINDS)}\n` +
      `topics: [${topics.join(', ')}]\nsources: [${used.join(', ')}]\n` +
      (quotes.length ? `quotes:\n${quotes.join('')}` : '') +
      (i % 50 === 0 ? 'featured: true\n' : '') +
      '---\n';
    const target = r.int(400, 700);
    const sections: string[] = [];
    let total = 0;
    let p = i;
    while (total < target) {
      const heading = HEADINGS[sections.length % HEADINGS.length]!;
      const paragraphs = Array.from({ length: r.int(1, 3) }, () => paragraph(p++));
      if (r.next() < 0.3) paragraphs.push(`### ${r.pick(SUBHEADINGS)}\n\n${paragraph(p++)}`);
      const section = `## ${heading}\n\n${paragraphs.join('\n\n')}`;
      total += words(section);
      sections.push(section);
    }
    writeFileSync(join(dir, 'briefings', `${slug}.md`), `${frontmatter}\n${sections.join('\n\n')}\n`);
  });
  return { briefings: count, files: count + TOPICS.length + sources.length + people.length };
}
