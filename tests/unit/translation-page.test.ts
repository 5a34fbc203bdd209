import { kindLabel } from '../../src/lib/kinds.ts';
import { describe, expect, it } from 'vitest';
import { translationPageData } from '../../src/lib/translation-page.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { indexBriefings, indexInOrder } from '../../src/lib/briefing-index.ts';
import { editionCardOf } from '../../src/lib/edition-briefings.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const urls = createUrls('/mx/');
const image = { url: 'https://example.org/mx/card.png', width: 1200, height: 630, alt: 'The card', type: 'image/png' };
const site = {
  urls,
  url: 'https://example.org',
  name: 'The Site',
  publisher: { name: 'The Site', url: 'https://example.org/mx/', logo: image },
  image,
};
const topics = [
  {
    id: 'extradition',
    data: {
      name: 'Extradition',
      description: 'Handing over people wanted in the US.',
      order: 4,
      es: { name: 'Extradición', slug: 'extradicion', description: 'La entrega de personas buscadas en EU.' },
    },
  },
];
const sources = new Map([
  [
    'afp',
    {
      id: 'afp',
      data: {
        outlet: 'AFP',
        kind: 'wire report' as const,
        description: 'A report.',
        es: { kind: 'nota de agencia', description: 'Una nota.' },
      },
    },
  ],
]);
const people = new Map([
  [
    'rubio',
    {
      id: 'rubio',
      data: { name: 'Marco Rubio', role: 'US Secretary of State', es: { role: 'Secretario de Estado' } },
    },
  ],
]);
const original = (extra: Record<string, unknown> = {}) =>
  briefing('rubio-extraditions', {
    kind: 'analysis',
    published: day('2026-11-23'),
    topics: ['extradition'],
    sources: ['afp'],
    quotes: [
      { speaker: 'rubio', text: 'More than ever before.', context: 'Testimony', source: 'afp' },
      { speaker: 'rubio', text: 'mano dura', context: 'Entrevista', source: 'afp', lang: 'es' },
    ],
    timeline: [{ id: 'trip', when: 'in the coming weeks', event: 'Rubio travels.', status: 'planned', source: 'afp' }],
    ...extra,
  });
const translation = {
  id: 'rubio-extradiciones',
  body: 'Cuerpo de la nota.',
  data: {
    title: 'Rubio y las extradiciones',
    dek: 'México coopera más que nunca en extradiciones, según Rubio ante el comité.',
    published: day('2026-11-24'),
    draft: false,
    translationOf: 'rubio-extraditions',
    translatedFrom: day('2026-11-23'),
    quotes: [{ quote: 'More than ever before.', translation: 'Más que nunca antes.', context: 'Comparecencia' }],
    timeline: [{ id: 'trip', when: 'en las próximas semanas', event: 'Rubio viaja.' }],
  },
};
/** The edition's index with this translation alone in it. */
const alone = (o = original()) => indexInOrder([editionCardOf({ translation, original: o }, topics, 'es')]);
const page = (o = original()) =>
  translationPageData({ lang: 'es', translation, original: o, topics, sources, people, site, index: alone(o) });

describe('translationPageData', () => {
  it('links the page to its English original and writes it in Spanish', () => {
    const data = page();
    expect(data.head.path).toBe('/mx/es/notas/rubio-extradiciones/');
    // Its counterpart (the header link, hreflang) comes from lib/counterparts.ts, as every page's.
    expect(kindLabel(data.kind, 'es')).toBe('Análisis');
    expect(data.head.jsonLd[1]).toMatchObject({ itemListElement: [{ name: 'Inicio' }, { name: data.title }] });
    expect(data.kind).toBe('analysis');
    expect(data.published).toEqual(day('2026-11-24'));
    expect(data.topics.map((t) => t.id)).toEqual(['extradition']);
    expect(data.head.article.tags).toEqual(['Extradición']);
    expect(data.sources.map((s) => s.id)).toEqual(['afp']);
    expect(data.readingTime).toBe('1 min de lectura');
    expect(data.head.jsonLd[0]).toMatchObject({
      inLanguage: 'es',
      url: 'https://example.org/mx/es/notas/rubio-extradiciones/',
      // Its sources cited in the edition's words.
      citation: [{ name: 'Una nota.', genre: 'nota de agencia' }],
    });
    // The edition's own name, from its dictionary.
    expect(data.citation.reference).toBe(
      '“Rubio y las extradiciones.” Rubio en México: notas, 24 de noviembre de 2026.',
    );
  });

  it('shows an English quote as our translation with its original, and a Spanish one as said', () => {
    const speaker = {
      speaker: { name: 'Marco Rubio', role: 'Secretario de Estado', href: '/mx/es/personas/rubio/' },
      sourceName: 'AFP',
    };
    expect(page().quotes).toEqual([
      {
        ...speaker,
        quote: {
          text: 'Más que nunca antes.',
          lang: 'es',
          context: 'Comparecencia',
          original: 'More than ever before.',
          originalLang: 'en',
        },
      },
      // Said in Spanish: as said; the original's English context is not shown without a Spanish one.
      { ...speaker, quote: { text: 'mano dura', lang: 'es', context: '' } },
    ]);
    expect(page().timeline).toEqual([
      { when: 'En las próximas semanas', event: 'Rubio viaja.', status: 'Prevista', href: '/mx/es/cronologia/' },
    ]);
    const paged = translationPageData({
      lang: 'es',
      translation,
      original: original(),
      topics,
      sources,
      people,
      site,
      index: alone(),
      timelinePageOf: () => 3,
    });
    expect(paged.timeline[0]?.href).toBe('/mx/es/cronologia/3/#trip');
  });

  it('points to the English page when the original changed after translatedFrom, and not before', () => {
    expect(page().outdated).toBeUndefined();
    expect(page(original({ updated: day('2026-11-25') })).outdated).toBe('/mx/briefings/rubio-extraditions/');
    expect(page(original({ corrections: [{ date: day('2026-11-26'), text: 'A correction.' }] })).outdated).toBe(
      '/mx/briefings/rubio-extraditions/',
    );
  });
});

describe('translationPageData after the body', () => {
  const cartels = {
    id: 'cartels',
    data: { name: 'Cartels', description: 'Cartels, with no Spanish page yet.', order: 1 },
  };
  const withCartels = [cartels, ...topics];
  const english = (id: string, published: string, topicIds: string[]) =>
    briefing(id, { published: day(published), topics: topicIds, sources: ['afp'] });
  const spanish = (id: string, of: ReturnType<typeof briefing>, published: string) => ({
    translation: {
      ...translation,
      id,
      data: { ...translation.data, title: `Nota ${id}`, translationOf: of.id, published: day(published) },
    },
    original: of,
  });
  const subject = { translation, original: original() };
  // The edition lists its translations newest first by their own day; `untranslated` has no Spanish version.
  const untranslated = english('untranslated', '2026-11-22', ['extradition']);
  const edition = [
    spanish('es-cartels-first', english('cartels-first', '2026-11-25', ['cartels', 'extradition']), '2026-11-28'),
    spanish('es-newer', english('newer', '2026-11-24', ['extradition']), '2026-11-26'),
    subject,
    spanish('es-older', english('older', '2026-11-20', ['extradition']), '2026-11-23'),
    spanish('es-oldest', english('oldest', '2026-11-19', ['extradition']), '2026-11-21'),
    spanish('es-cartels-only', english('cartels-only', '2026-11-18', ['cartels']), '2026-11-20'),
  ];
  const index = indexInOrder(edition.map((e) => editionCardOf(e, withCartels, 'es')));
  const pageOf = (e: (typeof edition)[number]) =>
    translationPageData({ lang: 'es', ...e, topics: withCartels, sources, people, site, index });

  it('links the previous and next translation in its first topic, in Spanish, skipping untranslated originals', () => {
    // In English the untranslated briefing is the original's previous one; the Spanish page never links it.
    const englishIndex = indexBriefings([...edition.map((e) => e.original), untranslated]);
    expect(englishIndex.neighbours(subject.original).previous?.id).toBe('untranslated');
    expect(pageOf(subject).sequence).toEqual({
      topic: { name: 'Extradición', href: '/mx/es/temas/extradicion/' },
      previous: { title: 'Nota es-older', href: '/mx/es/notas/es-older/' },
      next: { title: 'Nota es-newer', href: '/mx/es/notas/es-newer/' },
    });
  });

  it('orders its topics as the English page does (by the topics’ order), whatever order the original lists them in', () => {
    const extradition = { ...topics[0]!, data: { ...topics[0]!.data, order: 0 } };
    const ordered = [cartels, extradition];
    const listed = spanish('es-both', english('both', '2026-11-25', ['cartels', 'extradition']), '2026-11-28');
    const data = translationPageData({ lang: 'es', ...listed, topics: ordered, sources, people, site, index });
    expect(data.topics.map((t) => t.id)).toEqual(['extradition', 'cartels']);
  });

  it('suggests at most 3 related translations, by their Spanish slugs and titles, never the page itself', () => {
    const related = pageOf(subject).related;
    expect(related.map((b) => [b.id, b.data.title])).toEqual([
      ['es-cartels-first', 'Nota es-cartels-first'],
      ['es-newer', 'Nota es-newer'],
      ['es-older', 'Nota es-older'],
    ]);
    // A related card carries the original's kind, as the English card does.
    expect(related[0]?.data.kind).toBe('news');
  });

  it('takes as first topic the first one with a Spanish page, and shows no sequence when none has one', () => {
    const first = pageOf(edition[0]!);
    expect(first.sequence?.topic).toEqual({ name: 'Extradición', href: '/mx/es/temas/extradicion/' });
    expect(first.sequence?.next).toBeUndefined();
    expect(first.sequence?.previous?.href).toBe('/mx/es/notas/es-newer/');
    const alone = pageOf(edition[5]!);
    expect(alone.sequence).toBeUndefined();
    expect(alone.related).toEqual([]);
  });

  it('says nothing of neighbours when the translation is alone in its topic, but still names the topic', () => {
    expect(page().sequence).toEqual({ topic: { name: 'Extradición', href: '/mx/es/temas/extradicion/' } });
    expect(page().related).toEqual([]);
  });
});
