import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeCorpus, briefingSlug } from '../../scripts/corpus.ts';
import { build } from '../helpers/build.ts';

/**
 * An incremental build must never differ from a cold one: after each edit below, the site is
 * built incrementally (from the cache of the builds before) and cold (BUILD_COLD=1, a cache of
 * its own), and the two output trees must be byte-identical. The corpus is large enough for
 * every listing to have several pages, so that edits move briefings between pages. Some briefings
 * have a Spanish translation, whose pages show their neighbours and related translations.
 */
const BRIEFINGS = 120;
/** The briefings translated into Spanish: none of those the English edits below rename or delete. */
const TRANSLATED = Array.from({ length: 20 }, (_, i) => 40 + i);

function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  );
}

/** The files that differ between two trees: missing from one, or with other bytes. */
function differences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.filter((name) => {
    const [x, y] = [left.get(name), right.get(name)];
    return !x || !y || !x.equals(y);
  });
}

function edit(path: string, change: (text: string) => string) {
  const text = readFileSync(path, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(path, changed);
}

/** The Spanish slug of briefing `n`'s translation. */
const spanishSlug = (n: number) => `nota-${n}`;

/** Gives every topic a Spanish page and translates the briefings in TRANSLATED. */
function addSpanishEdition(content: string, briefing: (n: number) => string) {
  const topics = join(content, 'topics');
  for (const name of readdirSync(topics)) {
    const id = name.replace(/\.yaml$/, '');
    const es = `es:\n  name: Tema ${id}\n  description: Notas sobre ${id} en la relación entre México y Estados Unidos.\n  slug: tema-${id}\n`;
    writeFileSync(join(topics, name), `${readFileSync(join(topics, name), 'utf8')}${es}`);
  }
  mkdirSync(join(content, 'briefings', 'es'));
  for (const n of TRANSLATED) {
    const published = /^published: (\S+)$/m.exec(readFileSync(briefing(n), 'utf8'))![1];
    const frontmatter = [
      `title: "Nota de prueba ${n}"`,
      `dek: "Una nota de prueba en español, traducida de la nota en inglés número ${n}."`,
      `published: ${published}`,
      `translationOf: ${briefingSlug(n)}`,
      `translatedFrom: ${published}`,
    ];
    const body = `## Qué pasó\n\nTexto de prueba de la nota ${n}.\n`;
    writeFileSync(
      join(content, 'briefings', 'es', `${spanishSlug(n)}.md`),
      `---\n${frontmatter.join('\n')}\n---\n\n${body}`,
    );
  }
}

/** Adds lines at the end of a briefing's frontmatter. */
const addFrontmatter = (lines: string) => (text: string) => text.replace(/\n---\n/, `\n${lines}\n---\n`);

describe('an incremental build', { timeout: 900_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'briefings-incremental-'));
  const content = join(work, 'content');
  writeCorpus(content, BRIEFINGS, 7);
  const briefing = (n: number) => join(content, 'briefings', `${briefingSlug(n)}.md`);
  addSpanishEdition(content, briefing);
  const incremental = join(work, 'incremental');

  function buildBoth(step: string) {
    const warm = build(content, incremental);
    expect(warm.status, warm.output).toBe(0);
    const cold = join(work, `cold-${step}`);
    const fresh = build(content, cold, { BUILD_COLD: '1' });
    expect(fresh.status, fresh.output).toBe(0);
    expect(differences(incremental, cold), `${step}: files that differ from a cold build`).toEqual([]);
    rmSync(cold, { recursive: true, force: true });
    rmSync(`${cold}.cache`, { recursive: true, force: true });
    return warm.output;
  }

  it('starts cold, and a second build of the same content renders only the pages without a key', () => {
    const first = build(content, incremental);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('Building cold: no cache yet.');
    const again = build(content, incremental);
    expect(again.output).toContain('Building incrementally');
    const restored = again.output.match(/\(restored\)/g) ?? [];
    expect(restored.length).toBeGreaterThan(BRIEFINGS);
  });

  const edits: [string, () => void][] = [
    ['body', () => edit(briefing(60), (t) => `${t}\nA paragraph added by the incremental build test.\n`)],
    [
      'title',
      () =>
        edit(briefing(BRIEFINGS - 1), (t) => t.replace(/^title: .*$/m, 'title: "A retitled briefing for the test"')),
    ],
    [
      'topic name',
      () => edit(join(content, 'topics', 'cartels.yaml'), (t) => t.replace(/^name: .*$/m, 'name: Cartel groups')),
    ],
    [
      'person role',
      () => edit(join(content, 'people', 'official-one.yaml'), (t) => t.replace(/^role: .*$/m, 'role: Envoy')),
    ],
    [
      'source',
      () =>
        edit(join(content, 'sources', 'wire-one.yaml'), (t) =>
          t.replace(/^description: .*$/m, 'description: A wire report, described anew.'),
        ),
    ],
    [
      'correction',
      () =>
        edit(
          briefing(62),
          addFrontmatter("corrections:\n  - date: 2030-01-01\n    text: 'An earlier version misstated the meeting.'"),
        ),
    ],
    [
      // Its neighbours and related translations show its title (in "Más sobre este tema" and cards).
      'Spanish title',
      () =>
        edit(join(content, 'briefings', 'es', `${spanishSlug(50)}.md`), (t) =>
          t.replace(/^title: .*$/m, 'title: "Una nota con otro título"'),
        ),
    ],
    [
      // The Spanish cards show the original's kind.
      'kind of a translated original',
      () =>
        edit(briefing(51), (t) =>
          t.replace(/^kind: (\w+)$/m, (_, kind) => `kind: ${kind === 'news' ? 'analysis' : 'news'}`),
        ),
    ],
    ['deletion', () => rmSync(briefing(63))],
    [
      'rename with an alias',
      () => {
        renameSync(briefing(64), join(content, 'briefings', 'a-renamed-briefing.md'));
        edit(join(content, 'briefings', 'a-renamed-briefing.md'), addFrontmatter(`aliases: [${briefingSlug(64)}]`));
      },
    ],
  ];

  for (const [step, change] of edits)
    it(`is byte-identical to a cold build after an edit: ${step}`, () => {
      change();
      const output = buildBoth(step.replaceAll(' ', '-'));
      expect(output).toContain('Building incrementally');
    });

  it('builds cold when the code changes', () => {
    const cache = `${incremental}.cache`;
    writeFileSync(join(cache, 'code-digest'), 'other code');
    const result = build(content, incremental);
    expect(result.output).toContain('Building cold: the code or settings changed.');
    rmSync(work, { recursive: true, force: true });
  });
});
