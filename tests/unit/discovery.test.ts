import { indexBriefings } from '../../src/lib/briefing-index.ts';
import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/lib/urls.ts';
import { briefingStructuredData, jsonLdText, socialMeta } from '../../src/lib/structured-data.ts';
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
