import { indexBriefings } from '../../src/lib/briefing-index.ts';
import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/lib/urls.ts';
import { briefingStructuredData, jsonLdText, socialMeta } from '../../src/lib/structured-data.ts';
import { briefingsQuoting, peopleIndex, personPages, quotesBy } from '../../src/lib/people.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { neighboursInTopic } from '../../src/lib/topics.ts';
import { relatedBriefings } from '../../src/lib/briefings.ts';
import {
  excerptParts,
  isEmptySearch,
  pagefindFilters,
  readSearchState,
  resultSummary,
  topicFilterAttribute,
  writeSearchState,
} from '../../src/lib/search.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const site = 'https://example.org';
const topic = (id: string, name: string, order: number) => ({
  id,
  data: { name, description: `${name}, described at length.`, order },
});
const cartels = topic('cartels', 'Cartels', 1);
const weapons = topic('weapons-flow', 'Weapons flow', 2);
const migration = topic('migration', 'Migration', 3);
const image = { url: `${site}/mx/card.png`, width: 1200, height: 630, alt: 'The card', type: 'image/png' };
const publisher = { name: 'The Site', url: `${site}/mx/`, logo: { ...image, url: `${site}/mx/logo.png` } };
const quote = (speaker: string, text: string) => ({ speaker, text, context: 'Testimony', source: 'afp' });

describe('structured data of a briefing', () => {
  const b = briefing('guns', {
    title: 'Rubio says US guns arm cartels',
    dek: 'A dek that says what the briefing says.',
    published: day('2026-11-20'),
    updated: day('2026-11-23'),
    topics: ['weapons-flow', 'cartels'],
  });
  const source = { outlet: 'AFP', kind: 'wire report' as const, description: 'An AFP report on the trip.' };
  const { article, jsonLd } = briefingStructuredData({
    briefing: b,
    topics: [cartels, weapons],
    sources: [source, { ...source, outlet: 'Reuters', url: 'https://reuters.example/x', published: day('2026-11-19') }],
    urls,
    site,
    publisher,
    image,
  });
  const [news, crumbs] = jsonLd as unknown as [Record<string, any>, Record<string, any>];

  it('is a NewsArticle with the site as author and publisher, topics as keywords, sources as citations', () => {
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rubio says US guns arm cartels',
      description: 'A dek that says what the briefing says.',
      url: 'https://example.org/mx/briefings/guns/',
      datePublished: '2026-11-20',
      dateModified: '2026-11-23',
      articleSection: 'Weapons flow',
      keywords: ['Cartels', 'Weapons flow'],
      author: { '@type': 'Organization', name: 'The Site', url: 'https://example.org/mx/' },
      publisher: { '@type': 'Organization', name: 'The Site', logo: { url: 'https://example.org/mx/logo.png' } },
    });
    expect(news.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'An AFP report on the trip.',
        genre: 'wire report',
        publisher: { '@type': 'Organization', name: 'AFP' },
      },
      {
        '@type': 'CreativeWork',
        name: 'An AFP report on the trip.',
        genre: 'wire report',
        publisher: { '@type': 'Organization', name: 'Reuters' },
        url: 'https://reuters.example/x',
        datePublished: '2026-11-19',
      },
    ]);
  });

  it('has breadcrumbs from home through its first topic', () => {
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/mx/' },
      { '@type': 'ListItem', position: 2, name: 'Weapons flow', item: 'https://example.org/mx/topics/weapons-flow/' },
      { '@type': 'ListItem', position: 3, name: b.data.title, item: 'https://example.org/mx/briefings/guns/' },
    ]);
  });

  it('is an Open Graph article with its dates and topics, and a large Twitter card', () => {
    const meta = socialMeta({
      title: b.data.title,
      description: b.data.dek,
      url: article.url,
      siteName: 'The Site',
      image,
      article,
    });
    const values = (key: string) =>
      meta.filter((m) => ('property' in m ? m.property : m.name) === key).map((m) => m.content);
    expect(values('og:type')).toEqual(['article']);
    expect(values('article:published_time')).toEqual(['2026-11-20']);
    expect(values('article:modified_time')).toEqual(['2026-11-23']);
    expect(values('article:tag')).toEqual(['Cartels', 'Weapons flow']);
    expect(values('og:image')).toEqual([image.url]);
    expect(values('twitter:card')).toEqual(['summary_large_image']);
    const page = socialMeta({ title: 'Topics', description: 'All topics.', url: site, siteName: 'The Site', image });
    expect(page.filter((m) => 'property' in m && m.property.startsWith('article:'))).toEqual([]);
  });

  it('writes JSON-LD that no text can break out of', () => {
    const text = jsonLdText({ headline: 'A </script><script>alert(1)</script> title' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('A </script><script>alert(1)</script> title');
  });
});

describe('people', () => {
  const older = briefing('older', {
    published: day('2026-01-01'),
    quotes: [quote('rubio', 'First.'), quote('sheinbaum', 'historic')],
  });
  const newer = briefing('newer', {
    published: day('2026-01-05'),
    quotes: [quote('rubio', 'Second.'), quote('rubio', 'Third.')],
  });
  const none = briefing('none', { published: day('2026-01-09') });

  it('lists a person’s quotes across briefings, newest briefing first, in each briefing’s order', () => {
    expect(quotesBy('rubio', [older, none, newer]).map(({ quote, briefing }) => [briefing.id, quote.text])).toEqual([
      ['newer', 'Second.'],
      ['newer', 'Third.'],
      ['older', 'First.'],
    ]);
    expect(briefingsQuoting('sheinbaum', [older, none, newer]).map((b) => b.id)).toEqual(['older']);
  });

  it('indexes people by name with their counts', () => {
    const people = [
      { id: 'sheinbaum', data: { name: 'Claudia Sheinbaum', role: 'President of Mexico' } },
      { id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } },
      { id: 'nobody', data: { name: 'Ana Nobody', role: 'Never quoted' } },
    ];
    expect(peopleIndex(people, [older, newer, none]).map((e) => [e.person.id, e.quotes, e.briefings])).toEqual([
      ['nobody', 0, 0],
      ['sheinbaum', 1, 1],
      ['rubio', 3, 2],
    ]);
  });

  it('splits each person’s quotes into pages newest first, each page with the briefings it quotes', () => {
    const people = [
      { id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } },
      { id: 'nobody', data: { name: 'Ana Nobody', role: 'Never quoted' } },
    ];
    const pages = personPages(people, [older, none, newer], 2).map(({ person, page, briefings }) => [
      person.id,
      `${page.number}/${page.total}`,
      page.items.map(({ quote }) => quote.text),
      briefings.map((b) => b.id),
    ]);
    expect(pages).toEqual([
      ['rubio', '1/2', ['Second.', 'Third.'], ['newer']],
      ['rubio', '2/2', ['First.'], ['older']],
      ['nobody', '1/1', [], []],
    ]);
  });

  it('lists a briefing on both pages when its quotes straddle them', () => {
    const people = [{ id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } }];
    const pages = personPages(people, [older, newer], 1).map(({ briefings }) => briefings.map((b) => b.id));
    expect(pages).toEqual([['newer'], ['newer'], ['older']]);
  });

  it('pages of a long list of quotes each hold at most the page size, every quote once', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      briefing(`b${String(i).padStart(2, '0')}`, {
        published: day(`2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
        quotes: [quote('rubio', `Quote ${i}a.`), quote('rubio', `Quote ${i}b.`)],
      }),
    );
    const people = [{ id: 'rubio', data: { name: 'Marco Rubio', role: 'US Secretary of State' } }];
    const pages = personPages(people, many, 25);
    expect(pages.map(({ page }) => page.items.length)).toEqual([25, 25, 25, 25, 20]);
    expect(pages.flatMap(({ page }) => page.items.map(({ quote }) => quote.text))).toEqual(
      quotesBy('rubio', many).map(({ quote }) => quote.text),
    );
    const published = pages.flatMap(({ page }) => page.items.map(({ briefing }) => briefing.data.published.getTime()));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it('the people index is paginated like any listing, with its page URLs', () => {
    const people = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      data: { name: `Person ${String(i).padStart(2, '0')}`, role: 'Official' },
    }));
    const pages = paginate(peopleIndex(people, []), 25);
    expect(pages.map((p) => p.items.length)).toEqual([25, 5]);
    expect(pages[1]!.items[0]!.person.id).toBe('p25');
    expect([urls.peoplePage(1), urls.peoplePage(2)]).toEqual(['/mx/people/', '/mx/people/2/']);
    expect([urls.personPage('rubio', 1), urls.personPage('rubio', 3)]).toEqual([
      '/mx/people/rubio/',
      '/mx/people/rubio/3/',
    ]);
  });
});

describe('related reading', () => {
  const a = briefing('a', { published: day('2026-01-01'), topics: ['cartels', 'weapons-flow'] });
  const b = briefing('b', { published: day('2026-01-02'), topics: ['cartels'] });
  const c = briefing('c', { published: day('2026-01-03'), topics: ['weapons-flow', 'cartels'] });
  const d = briefing('d', { published: day('2026-01-04'), topics: ['migration'] });
  const e = briefing('e', { published: day('2026-01-05'), topics: ['cartels', 'migration'] });
  const all = [a, b, c, d, e];

  it('ranks by shared topics, then recency, at most three', () => {
    expect(relatedBriefings(a, all).map((x) => x.id)).toEqual(['c', 'e', 'b']);
    expect(relatedBriefings(d, all).map((x) => x.id)).toEqual(['e']);
  });

  it('steps to the previous (older) and next (newer) briefing in the first topic', () => {
    const inCartels = neighboursInTopic(b, indexBriefings(all), [cartels, weapons, migration]);
    expect([inCartels.topic.id, inCartels.previous?.id, inCartels.next?.id]).toEqual(['cartels', 'a', 'c']);
    const first = neighboursInTopic(c, indexBriefings(all), [cartels, weapons, migration]);
    expect([first.topic.id, first.previous?.id, first.next?.id]).toEqual(['weapons-flow', 'a', undefined]);
    const newest = neighboursInTopic(e, indexBriefings(all), [cartels, weapons, migration]);
    expect([newest.previous?.id, newest.next?.id]).toEqual(['c', undefined]);
  });
});

describe('search state in the URL', () => {
  const known = ['cartels', 'weapons-flow', 'migration', 'extradition'];

  it('reads ?q= and ?topic=, keeping known topics in the site’s order', () => {
    const state = readSearchState(new URLSearchParams('q=+mano+dura+&topic=migration&topic=nope&topic=cartels'), known);
    expect(state).toEqual({ query: 'mano dura', topics: ['cartels', 'migration'] });
  });

  it('writes a shareable query string that reads back the same', () => {
    const state = { query: 'extradition & “guns”', topics: ['cartels', 'migration'] };
    const text = writeSearchState(state);
    expect(text).toBe('?q=extradition+%26+%E2%80%9Cguns%E2%80%9D&topic=cartels&topic=migration');
    expect(readSearchState(new URLSearchParams(text), known)).toEqual(state);
    expect(writeSearchState({ query: '  ', topics: [] })).toBe('');
    expect(isEmptySearch({ query: ' ', topics: [] })).toBe(true);
  });

  it('filters Pagefind by any of the chosen topics, with the attribute briefing pages carry', () => {
    expect(pagefindFilters({ query: 'x', topics: ['cartels', 'migration'] })).toEqual({
      topic: { any: ['cartels', 'migration'] },
    });
    expect(pagefindFilters({ query: 'x', topics: [] })).toEqual({});
    expect(topicFilterAttribute('weapons-flow')).toBe('topic:weapons-flow');
  });

  it('turns an excerpt into text parts, never HTML', () => {
    expect(excerptParts('bringing back and <mark>extraditing</mark> people &lt;b&gt; &amp; &#39;more&#39;')).toEqual([
      { text: 'bringing back and ', marked: false },
      { text: 'extraditing', marked: true },
      { text: " people <b> & 'more'", marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', marked: false }]);
    expect(excerptParts('a &#99999999; b')).toEqual([{ text: 'a &#99999999; b', marked: false }]);
  });

  it('says what was found', () => {
    const names = new Map([['migration', 'Migration']]);
    expect(resultSummary(3, { query: 'extradition', topics: ['migration'] }, names)).toBe(
      '3 briefings for “extradition” in Migration.',
    );
    expect(resultSummary(1, { query: 'x', topics: [] }, names)).toBe('1 briefing for “x”.');
    expect(resultSummary(0, { query: 'zzz', topics: [] }, names)).toBe('No briefings for “zzz”.');
  });
});
