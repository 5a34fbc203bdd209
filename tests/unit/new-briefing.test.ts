import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  checkNewBriefing,
  PLACEHOLDER_DEK,
  previewUrl,
  promptForBriefing,
  renderBriefing,
  slugFromTitle,
  USUAL_SECTIONS,
  type KnownContent,
} from '../../src/scaffold/new-briefing.ts';
import { readKnownContent } from '../../src/scaffold/known-content.ts';
import { createHeadingIds } from '../../src/lib/headings.ts';
import { checkContent } from '../../src/checker/index.ts';
import { frontmatterOf } from '../helpers/content.ts';

const TODAY = '2026-06-01';
const KNOWN: KnownContent = {
  topics: ['cartels', 'extradition', 'migration', 'weapons-flow'],
  sources: ['afp-rubio-mexico-trip'],
  people: ['marco-rubio'],
  slugs: ['rubio-plans-first-mexico-trip'],
  aliases: new Map([['rubio-mexico-trip', 'rubio-plans-first-mexico-trip']]),
};
const INPUT = {
  title: 'Rubio meets Sheinbaum in Mexico City',
  kind: 'news',
  topics: ['cartels', 'migration'],
  sources: ['afp-rubio-mexico-trip'],
};

describe('slugFromTitle', () => {
  it.each([
    ['Rubio meets Sheinbaum in Mexico City', 'rubio-meets-sheinbaum-in-mexico-city'],
    ['Rubio: US-bought guns arm the cartels', 'rubio-us-bought-guns-arm-the-cartels'],
    ['What’s next for México?', 'whats-next-for-mexico'],
    ['Trump & Sheinbaum — talks in 2025', 'trump-sheinbaum-talks-in-2025'],
    ['snake_case and  double  spaces', 'snake-case-and-double-spaces'],
    ['¿Qué pasó?', 'que-paso'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('gives a plain title the id its heading would get', () => {
    for (const title of ['Rubio meets Sheinbaum in Mexico City', 'What’s next', 'Signs of a thaw'])
      expect(slugFromTitle(title)).toBe(createHeadingIds()(title));
  });
});

describe('checkNewBriefing', () => {
  it('accepts a valid briefing as a draft dated the day given', () => {
    const checked = checkNewBriefing(INPUT, KNOWN, TODAY);
    expect(checked).toEqual({
      ok: true,
      slug: 'rubio-meets-sheinbaum-in-mexico-city',
      data: { ...INPUT, dek: PLACEHOLDER_DEK, published: TODAY, draft: true },
    });
  });

  it('refuses a slug that exists', () => {
    const checked = checkNewBriefing({ ...INPUT, title: 'Rubio plans first Mexico trip' }, KNOWN, TODAY);
    expect(checked).toEqual({
      ok: false,
      errors: [
        {
          field: 'title',
          message:
            'a briefing with the slug "rubio-plans-first-mexico-trip" already exists (briefings/rubio-plans-first-mexico-trip.md): choose another title, or give --slug',
        },
      ],
    });
  });

  it('refuses a slug that is another briefing’s alias', () => {
    const checked = checkNewBriefing({ ...INPUT, slug: 'rubio-mexico-trip' }, KNOWN, TODAY);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors[0]).toMatchObject({ field: 'slug' });
    expect(!checked.ok && checked.errors[0]!.message).toMatch(
      /^"rubio-mexico-trip" is a former slug of the briefing "rubio-plans-first-mexico-trip"/,
    );
  });

  it('refuses unknown ids with "did you mean", and every other mistake in the same answer', () => {
    const checked = checkNewBriefing(
      { ...INPUT, title: 'Short', kind: 'opinion', topics: ['cartel'], sources: ['afp-rubio-mexico'] },
      KNOWN,
      TODAY,
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors).toEqual([
      { field: 'title', message: '`title` must be at least 10 characters' },
      { field: 'kind', message: '`kind` must be one of: news, explainer, analysis, context' },
      { field: 'topics', message: '`topics` item 1 names an unknown topic "cartel"; did you mean "cartels"?' },
      {
        field: 'sources',
        message: '`sources` item 1 names an unknown source "afp-rubio-mexico"; did you mean "afp-rubio-mexico-trip"?',
      },
    ]);
  });

  it('refuses a --published day that does not exist', () => {
    expect(checkNewBriefing(INPUT, KNOWN, '2026-02-30')).toEqual({
      ok: false,
      errors: [{ field: 'published', message: '`published` must be a date like 2025-05-21' }],
    });
  });

  it('refuses a title with nothing to make a slug from, and a malformed --slug', () => {
    const none = checkNewBriefing({ ...INPUT, title: '¡¡¡ … !!! ??? ***' }, KNOWN, TODAY);
    expect(!none.ok && none.errors[0]!.message).toMatch(/^the title has no letter or digit/);
    const bad = checkNewBriefing({ ...INPUT, slug: 'Bad_Slug' }, KNOWN, TODAY);
    expect(!bad.ok && bad.errors[0]!.message).toBe(
      'the slug "Bad_Slug" must be lowercase letters and digits joined by single hyphens',
    );
  });
});

describe('renderBriefing', () => {
  it('writes the frontmatter given, quoted where YAML needs it, and the usual sections', () => {
    const checked = checkNewBriefing(
      { ...INPUT, title: 'Rubio: "historic" talks # one', dek: 'Rubio said: the talks were "historic", AFP reported.' },
      KNOWN,
      TODAY,
    );
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    const text = renderBriefing(checked.data);
    expect(frontmatterOf(text)).toEqual({
      title: 'Rubio: "historic" talks # one',
      dek: 'Rubio said: the talks were "historic", AFP reported.',
      published: TODAY,
      kind: 'news',
      topics: ['cartels', 'migration'],
      sources: ['afp-rubio-mexico-trip'],
      draft: true,
    });
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([...USUAL_SECTIONS]);
    expect(USUAL_SECTIONS).toEqual(['What was said', 'Why it matters', 'Background', "What's next"]);
  });
});

describe('previewUrl', () => {
  it('is the dev server’s URL for the briefing, under the base path', () => {
    expect(previewUrl('a-slug')).toBe('http://localhost:4321/briefings/a-slug/');
    expect(previewUrl('a-slug', '/briefings-mx')).toBe('http://localhost:4321/briefings-mx/briefings/a-slug/');
  });
});

/** A scripted editor: answers in order, and what the prompt showed. */
function editor(answers: string[]) {
  const asked: string[] = [];
  const said: string[] = [];
  return {
    asked,
    said,
    prompter: {
      ask: async (question: string) => {
        asked.push(question);
        if (!answers.length) throw new Error(`no answer left for ${question}`);
        return answers.shift()!;
      },
      say: (text: string) => said.push(text),
    },
  };
}

describe('promptForBriefing', () => {
  it('asks for each field, offering the known kinds, topics and sources', async () => {
    const { prompter, asked, said } = editor([
      'Rubio meets Sheinbaum in Mexico City',
      '',
      'analysis',
      'cartels, migration',
      '',
    ]);
    const answer = await promptForBriefing(prompter, KNOWN, TODAY);
    expect(answer).toEqual({ ...INPUT, dek: '', kind: 'analysis' });
    expect(asked).toEqual([
      'Title: ',
      'Dek, one sentence (Enter to write it later): ',
      'Kind [news]: ',
      'Topics (comma-separated): ',
      'Sources (comma-separated) [afp-rubio-mexico-trip]: ',
    ]);
    expect(said).toEqual([
      'Kinds: news, explainer, analysis, context',
      'Topics: cartels, extradition, migration, weapons-flow',
      'Sources: afp-rubio-mexico-trip',
    ]);
  });

  it('asks again after an answer the checker refuses, saying why', async () => {
    const { prompter, asked, said } = editor([
      'Rubio plans first Mexico trip',
      'Rubio meets Sheinbaum',
      'opinion',
      'news',
      'cartel',
      'cartels',
    ]);
    const answer = await promptForBriefing(prompter, KNOWN, TODAY, { dek: '', sources: ['afp-rubio-mexico-trip'] });
    expect(answer).toMatchObject({ title: 'Rubio meets Sheinbaum', kind: 'news', topics: ['cartels'] });
    expect(asked.filter((q) => q === 'Title: ')).toHaveLength(2);
    expect(said).toContain(
      'a briefing with the slug "rubio-plans-first-mexico-trip" already exists (briefings/rubio-plans-first-mexico-trip.md): choose another title, or give --slug',
    );
    expect(said).toContain('`kind` must be one of: news, explainer, analysis, context');
    expect(said).toContain('`topics` item 1 names an unknown topic "cartel"; did you mean "cartels"?');
  });
});

describe('npm run new', { timeout: 30_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'new-briefing-'));
  const contentDir = join(root, 'content');
  cpSync(resolve('tests/fixtures/checker/base'), contentDir, { recursive: true });
  const valid = readFileSync(join(contentDir, 'briefings', 'valid-briefing.md'), 'utf8');
  const renamed = valid.replace('kind: news\n', 'kind: news\naliases: [fixture-old-slug]\n');
  writeFileSync(join(contentDir, 'briefings', 'fixture-renamed-briefing.md'), renamed);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('scripts/new-briefing.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '', BASE_PATH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const FLAGS = [
    '--title',
    'Rubio meets Sheinbaum in Mexico City',
    '--kind',
    'news',
    '--topics',
    'cartels,migration',
    '--sources',
    'afp-rubio-mexico-trip',
    '--published',
    TODAY,
  ];
  const written = join(contentDir, 'briefings', 'rubio-meets-sheinbaum-in-mexico-city.md');

  it('reads the slugs and aliases already there', async () => {
    const known = await readKnownContent(contentDir, root);
    expect(known.slugs).toContain('fixture-renamed-briefing');
    expect(known.aliases.get('fixture-old-slug')).toBe('fixture-renamed-briefing');
  });

  it('writes a draft that passes the checker, and prints its path and preview URL', async () => {
    const result = run(...FLAGS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `Wrote content/briefings/rubio-meets-sheinbaum-in-mexico-city.md (a draft dated ${TODAY})`,
        'Preview: npm run dev, then open http://localhost:4321/briefings/rubio-meets-sheinbaum-in-mexico-city/',
        '',
      ].join('\n'),
    );
    const check = await checkContent({ contentDir, root, today: TODAY, cacheDir: false });
    const own = check.problems.filter((p) => p.file === 'content/briefings/rubio-meets-sheinbaum-in-mexico-city.md');
    expect(own.map((p) => [p.severity, p.rule])).toEqual([['info', 'draft']]);
    expect(check.errors).toBe(0);
  });

  it('refuses the same slug again with exit 1, leaving the file untouched', () => {
    writeFileSync(written, `${readFileSync(written, 'utf8')}\nAn editor's words.\n`);
    const before = readFileSync(written, 'utf8');
    const result = run(...FLAGS);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^No briefing written:\n {2}a briefing with the slug "rubio-meets-sheinbaum-in-mexico-city" already exists/,
    );
    expect(readFileSync(written, 'utf8')).toBe(before);
  });

  it('refuses an alias and unknown ids with exit 1, writing nothing', () => {
    const result = run(
      ...['--title', 'Fixture old slug', '--kind', 'news', '--topics', 'cartel', '--sources', 'afp-rubio-mexico-trip'],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"fixture-old-slug" is a former slug of the briefing "fixture-renamed-briefing"');
    expect(result.stderr).toContain('`topics` item 1 names an unknown topic "cartel"; did you mean "cartels"?');
    expect(existsSync(join(contentDir, 'briefings', 'fixture-old-slug.md'))).toBe(false);
  });

  it('without a terminal, says which flags are missing and exits 2', () => {
    const result = run('--title', 'Only a title here');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Missing --title, --kind, --topics or --sources\.\nUsage: npm run new/);
  });
});
