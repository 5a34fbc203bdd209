import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/lib/urls.ts';
import { briefingStructuredData, jsonLdText, socialMeta, webPage } from '../../src/lib/structured-data.ts';
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

describe('a page that is not a briefing', () => {
  it('states its name, URL and language, in its edition’s site', () => {
    expect(
      webPage({
        name: 'Cronología',
        url: 'https://x.example/es/cronologia/',
        lang: 'es',
        site: { name: 'Rubio en México: notas', url: 'https://x.example/es/' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Cronología',
      url: 'https://x.example/es/cronologia/',
      inLanguage: 'es',
      isPartOf: { '@type': 'WebSite', name: 'Rubio en México: notas', url: 'https://x.example/es/', inLanguage: 'es' },
    });
  });
});
