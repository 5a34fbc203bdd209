import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseHtml } from '../helpers/html.ts';
import { leaveOutInvalidInDev } from '../../src/integrations/preview-loader.ts';
import { isPagePath, pageSource } from '../../src/lib/page-source.ts';
import { pageProblems } from '../../src/checker/page-problems.ts';
import { contentErrorPage } from '../../src/checker/error-page.ts';
import type { Problem } from '../../src/checker/problem.ts';

describe('pageSource: the content file a page of the preview is made from', () => {
  it.each([
    [
      '/briefings/rubio-plans-first-mexico-trip/',
      '/',
      { collection: 'briefings', id: 'rubio-plans-first-mexico-trip' },
    ],
    ['/briefings/rubio-plans-first-mexico-trip', '/', { collection: 'briefings', id: 'rubio-plans-first-mexico-trip' }],
    ['/briefings/a-slug/?x=1#top', '/', { collection: 'briefings', id: 'a-slug' }],
    ['/topics/migration/', '/', { collection: 'topics', id: 'migration' }],
    ['/topics/migration/3/', '/', { collection: 'topics', id: 'migration' }],
    ['/people/marco-rubio/', '/', { collection: 'people', id: 'marco-rubio' }],
    ['/people/marco-rubio/2/', '/', { collection: 'people', id: 'marco-rubio' }],
    ['/briefings-mx/briefings/a-slug/', '/briefings-mx/', { collection: 'briefings', id: 'a-slug' }],
    ['/es/notas/una-nota/', '/', { collection: 'translations', id: 'una-nota' }],
    ['/mx/es/personas/marco-rubio/2/', '/mx/', { collection: 'people', id: 'marco-rubio' }],
  ])('%s (base %s)', (path, base, expected) => {
    expect(pageSource(path, base)).toEqual(expected);
  });

  it.each([
    ['/', '/'],
    ['/people/2/', '/'],
    ['/people/', '/'],
    ['/topics/', '/'],
    ['/timeline/2/', '/'],
    ['/topics/migration/rss.xml', '/'],
    ['/briefings/a-slug/2/', '/'],
    ['/briefings/a-slug/', '/briefings-mx/'],
    ['/briefings/%E0%A4%A/', '/'],
    ['/es/temas/carteles/', '/'],
    ['/es/cronologia/', '/'],
  ])('%s (base %s) has no file of its own', (path, base) => {
    expect(pageSource(path, base)).toBeUndefined();
  });
});

const problem = (file: string, line: number, severity: Problem['severity'], rule = 'r'): Problem => ({
  file,
  line,
  column: 3,
  severity,
  rule,
  message: `${rule} at ${line}`,
});

describe('isPagePath: which requests the preview may answer with errors', () => {
  it.each([
    ['/', '/'],
    ['/timeline/2/', '/'],
    ['/briefings/a-slug/', '/'],
    ['/search/?q=x', '/'],
    ['/briefings-mx', '/briefings-mx/'],
    ['/briefings-mx/topics/', '/briefings-mx/'],
  ])('%s (base %s) is a page', (path, base) => {
    expect(isPagePath(path, base)).toBe(true);
  });

  it.each([
    ['/@vite/client', '/'],
    ['/@id/astro:scripts/page.js', '/'],
    ['/rss.xml', '/'],
    ['/favicon.svg', '/'],
    ['/src/styles/site.css?direct', '/'],
    ['/topics/', '/briefings-mx/'],
  ])('%s (base %s) is not', (path, base) => {
    expect(isPagePath(path, base)).toBe(false);
  });
});

describe('pageProblems', () => {
  const briefing = { collection: 'briefings', id: 'a-slug' } as const;
  it("gives a page its own file's problems, errors first, when one is an error", () => {
    const found = pageProblems(
      [
        problem('content/briefings/a-slug.md', 2, 'info', 'draft'),
        problem('content/briefings/a-slug.md', 9, 'error', 'schema/enum'),
        problem('content/briefings/other.md', 1, 'error'),
      ],
      briefing,
      'content',
    );
    expect(found.map((p) => [p.line, p.rule])).toEqual([
      [9, 'schema/enum'],
      [2, 'draft'],
    ]);
  });

  it('gives none when the file has warnings only', () => {
    expect(pageProblems([problem('content/briefings/a-slug.md', 2, 'warning')], briefing, 'content')).toEqual([]);
  });

  it("gives every page the errors of topic, source and person files, after the page's own", () => {
    const problems = [
      problem('content/sources/afp.yaml', 2, 'error', 'schema/enum'),
      problem('content/people/marco-rubio.yaml', 1, 'warning', 'w'),
      problem('content/briefings/other.md', 1, 'error', 'x'),
      problem('content/briefings/a-slug.md', 9, 'error', 'schema/type'),
    ];
    expect(pageProblems(problems, briefing, 'content').map((p) => [p.file, p.rule])).toEqual([
      ['content/briefings/a-slug.md', 'schema/type'],
      ['content/sources/afp.yaml', 'schema/enum'],
    ]);
    expect(pageProblems(problems, undefined, 'content').map((p) => p.file)).toEqual(['content/sources/afp.yaml']);
    expect(pageProblems(problems.slice(1, 3), undefined, 'content')).toEqual([]);
  });

  it('lists a topic page’s own error once', () => {
    const found = pageProblems(
      [problem('content/topics/migration.yaml', 3, 'error', 'schema/type')],
      { collection: 'topics', id: 'migration' },
      'content',
    );
    expect(found).toHaveLength(1);
  });

  it('gives a translation’s page the problems of its own file, in the translations’ folder', () => {
    const found = pageProblems(
      [
        problem('content/briefings/es/una-nota.md', 4, 'error', 'schema/type'),
        problem('content/briefings/una-nota.md', 1, 'error'),
      ],
      { collection: 'translations', id: 'una-nota' },
      'content',
    );
    expect(found.map((p) => p.file)).toEqual(['content/briefings/es/una-nota.md']);
  });

  it('finds a topic written .yml, in a content folder elsewhere', () => {
    const found = pageProblems(
      [problem('../tmp/c/topics/migration.yml', 1, 'error')],
      { collection: 'topics', id: 'migration' },
      '../tmp/c',
    );
    expect(found).toHaveLength(1);
  });
});

describe('contentErrorPage', () => {
  const page = contentErrorPage({
    url: '/briefings/a-slug/',
    problems: [
      {
        ...problem('content/briefings/a-slug.md', 5, 'error', 'schema/enum'),
        message: '`kind` must be <one> of: news',
      },
      problem('content/briefings/a-slug.md', 6, 'info', 'draft'),
    ],
    reloadScript: '/@vite/client',
  });
  const doc = parseHtml(page);

  it('lists each problem at file:line:column with its severity, rule and message (escaped)', () => {
    const items = doc.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.where')!.textContent).toBe('content/briefings/a-slug.md:5:3');
    expect(items[0]!.querySelector('.message')!.textContent).toBe('`kind` must be <one> of: news');
    expect(items[0]!.querySelector('.rule')!.textContent).toBe('schema/enum');
    expect(doc.querySelector('h1')!.textContent).toBe('This page’s content has 1 error');
  });

  it('loads the reload script, so that a fix brings the page back', () => {
    expect(doc.querySelector('script[type=module][src="/@vite/client"]')).not.toBeNull();
  });
});

describe('leaveOutInvalidInDev', () => {
  /** A loader that stores two entries, "good" and "bad", through parseData, as the glob loader does. */
  const inner: Loader = {
    name: 'two-entries',
    async load({ parseData, store }) {
      for (const id of ['good', 'bad']) store.set({ id, data: await parseData({ id, data: { id } }) });
    },
  };
  function context(watcher: boolean) {
    const stored = new Map<string, unknown>([['bad', { stale: true }]]);
    const warnings: string[] = [];
    const ctx = {
      watcher: watcher ? {} : undefined,
      logger: { warn: (m: string) => warnings.push(m) },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        if (id === 'bad') throw new Error('data does not match collection schema');
        return data;
      },
      store: {
        set: (entry: { id: string; data: unknown }) => (stored.set(entry.id, entry.data), true),
        delete: (id: string) => void stored.delete(id),
        has: (id: string) => stored.has(id),
      },
    } as unknown as LoaderContext;
    return { ctx, stored, warnings };
  }

  it('in astro dev, leaves an entry its schema refuses out of the collection, and says so', async () => {
    const { ctx, stored, warnings } = context(true);
    await leaveOutInvalidInDev(inner).load(ctx);
    expect([...stored.keys()]).toEqual(['good']);
    expect(warnings).toEqual(['bad is left out of the preview until its errors are fixed']);
  });

  it('in a build, changes nothing: the schema’s error stops the load', async () => {
    const { ctx } = context(false);
    await expect(leaveOutInvalidInDev(inner).load(ctx)).rejects.toThrow('data does not match collection schema');
  });
});
