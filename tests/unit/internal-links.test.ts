import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { FileFacts } from '../../src/checker/analyze.ts';
import { checkInternalLinks } from '../../src/checker/rules/internal-links.ts';
import type { CollectionName } from '../../src/model/collections.ts';

/** One content file's facts, as the per-file analysis leaves them. */
function facts(collection: CollectionName, id: string, extra: Partial<FileFacts> = {}): FileFacts {
  const folder = collection === 'translations' ? 'briefings/es' : collection;
  const ext = collection === 'briefings' || collection === 'translations' ? 'md' : 'yaml';
  return { file: `content/${folder}/${id}.${ext}`, collection, id, problems: [], references: [], links: [], ...extra };
}

const AT = { line: 12, column: 7 };
const ENTRY = { at: { id: AT, after: AT } };

/** A small site: two briefings (one a draft), one translation, two topics (one with a Spanish page), two people. */
function site(extra: FileFacts[] = []): FileFacts[] {
  return [
    facts('briefings', 'trip', {
      topics: ['cartels'],
      speakers: ['marco-rubio', 'marco-rubio'],
      timeline: [{ id: 'tour', ...ENTRY }],
      aliases: [{ id: 'old-trip', at: AT }],
    }),
    facts('briefings', 'plan', { draft: { at: AT }, topics: ['cartels'], timeline: [{ id: 'later', ...ENTRY }] }),
    facts('translations', 'viaje'),
    facts('topics', 'cartels', { esSlug: 'carteles' }),
    facts('topics', 'migration'),
    facts('people', 'marco-rubio'),
    facts('people', 'claudia-sheinbaum'),
    ...extra,
  ];
}

/** The problems of one link written in a published briefing. */
function linkTo(href: string, { base = '/', more = [] as FileFacts[] } = {}) {
  const from = facts('briefings', 'linking', { links: [{ href, at: AT }] });
  return checkInternalLinks([...site(more), from], { base, root: resolve('.') }).map((p) => ({
    line: p.line,
    column: p.column,
    severity: p.severity,
    rule: p.rule,
    message: p.message,
  }));
}

const ok = (href: string, base = '/') => expect(linkTo(href, { base }), href).toEqual([]);
const fails = (href: string, says: RegExp, rule = 'broken-internal-link') => {
  const found = linkTo(href);
  expect(found, href).toEqual([{ line: 12, column: 7, severity: 'error', rule, message: expect.stringMatching(says) }]);
  expect(found[0]!.message).toContain(`\`${href}\``);
};

describe('checkInternalLinks: every route the site makes', () => {
  it('home, search and feeds, in both editions', () => {
    for (const href of ['/', '/es/', '/search/', '/es/buscar/', '/rss.xml', '/atom.xml', '/feed.json', '/es/rss.xml'])
      ok(href);
    ok('/robots.txt');
    ok('/sitemap-index.xml');
    fails('/es/nada/', /no page the site makes/);
  });

  it('briefings: an existing slug, a former slug (warning), a draft (warning), an unknown one', () => {
    ok('/briefings/trip/');
    ok('/sub/briefings/trip/', '/sub/');
    expect(linkTo('/briefings/old-trip/')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'link-to-alias',
        message: expect.stringMatching(/\/briefings\/trip\//),
      }),
    ]);
    expect(linkTo('/briefings/plan/')).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'link-to-draft' }),
    ]);
    fails(
      '/briefings/trips/',
      /briefing page that does not exist: there is no briefings\/trips\.md; did you mean "trip"/,
    );
    fails('/briefings/', /no page the site makes: there is no page at \/briefings\/; link to one briefing's page/);
  });

  it('Spanish briefings: the id of an existing translation', () => {
    ok('/es/notas/viaje/');
    fails('/es/notas/trip/', /translation page that does not exist: there is no briefings\/es\/trip\.md/);
  });

  it('topics: the index, a topic, its numbered pages, its feeds; the Spanish pages by es.slug', () => {
    ok('/topics/');
    ok('/topics/cartels/');
    ok('/topics/cartels/rss.xml');
    fails(
      '/topics/cartel/',
      /topic page that does not exist: there is no topics\/cartel\.yaml; did you mean "cartels"/,
    );
    fails('/topics/cartels/2/', /page 2 of this topic's page, which has one page/);
    fails('/topics/nope/atom.xml', /feed of a topic that does not exist/);
    ok('/es/temas/');
    ok('/es/temas/carteles/');
    ok('/es/temas/carteles/feed.json');
    fails(
      '/es/temas/cartels/rss.xml',
      /feed of a Spanish topic page that does not exist: no topic has es.slug "cartels"/,
    );
    fails('/es/temas/cartels/', /"cartels" is the English id: the Spanish page is \/es\/temas\/carteles\//);
    fails('/es/temas/migration/', /no topic has `es.slug: migration`/);
  });

  it('a topic with more than 25 published briefings has a page 2, and no page 3', () => {
    const many = Array.from({ length: 26 }, (_, i) => facts('briefings', `b${i}`, { topics: ['migration'] }));
    expect(linkTo('/topics/migration/2/', { more: many })).toEqual([]);
    expect(linkTo('/topics/migration/3/', { more: many })).toEqual([
      expect.objectContaining({ rule: 'broken-internal-link', message: expect.stringMatching(/which has 2 pages/) }),
    ]);
  });

  it('people: the index and its numbered pages, a person and theirs', () => {
    ok('/people/');
    ok('/people/marco-rubio/');
    ok('/es/personas/');
    ok('/es/personas/marco-rubio/');
    fails('/people/2/', /page 2 of the people index, which has one page/);
    fails('/people/1/', /page 1 is \/people\/ itself/);
    fails(
      '/people/marco-rubios/',
      /person page that does not exist: there is no people\/marco-rubios\.yaml; did you mean "marco-rubio"/,
    );
    fails('/people/marco-rubio/2/', /page 2 of this person's page, which has one page/);
    const crowd = Array.from({ length: 25 }, (_, i) => facts('people', `person-${i}`));
    expect(linkTo('/people/2/', { more: crowd })).toEqual([]);
  });

  it('the timeline: its pages, and an entry that exists on the page named', () => {
    ok('/timeline/');
    ok('/es/cronologia/');
    ok('/timeline/#tour');
    fails('/timeline/2/', /page 2 of the timeline, which has one page/);
    fails('/timeline/#tuor', /no briefing has a timeline entry with `id: tuor`; did you mean "tour"/);
    fails('/timeline/2/#tour', /page 2 of the timeline, which has one page/);
    expect(linkTo('/timeline/#later')).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'link-to-draft' }),
    ]);
  });

  it('an entry of a timeline of several pages: a warning, as the entry will move', () => {
    const long = [
      facts('briefings', 'long', { timeline: Array.from({ length: 25 }, (_, i) => ({ id: `event-${i}`, ...ENTRY })) }),
    ];
    expect(linkTo('/timeline/2/', { more: long })).toEqual([]);
    expect(linkTo('/timeline/3/', { more: long })).toEqual([
      expect.objectContaining({ rule: 'broken-internal-link', message: expect.stringMatching(/which has 2 pages/) }),
    ]);
    expect(linkTo('/timeline/#tour', { more: long })).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'timeline-link-moves' }),
    ]);
  });

  it('files: those in public/, and those the build writes', () => {
    ok('/favicon.svg');
    ok('/sub/logo.png', '/sub/');
    fails('/no-such-file.pdf', /not in public\/: add no-such-file\.pdf there/);
  });

  it('a draft may link to a draft', () => {
    const from = facts('briefings', 'other-draft', {
      draft: { at: AT },
      links: [{ href: '/briefings/plan/', at: AT }],
    });
    expect(checkInternalLinks([...site(), from], { base: '/', root: resolve('.') })).toEqual([]);
  });
});
