import { describe, expect, it } from 'vitest';
import { translationPageData } from '../../src/lib/translation-page.ts';
import { createUrls } from '../../src/lib/urls.ts';
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
const page = (o = original()) =>
  translationPageData({ lang: 'es', translation, original: o, topics, sources, people, site });

describe('translationPageData', () => {
  it('links the page to its English original and writes it in Spanish', () => {
    const data = page();
    expect(data.head.path).toBe('/mx/es/notas/rubio-extradiciones/');
    // Its counterpart (the header link, hreflang) comes from lib/counterparts.ts, as every page's.
    expect(data.kindLabel).toBe('Análisis');
    expect(data.head.jsonLd[1]).toMatchObject({ itemListElement: [{ name: 'Inicio' }, { name: data.title }] });
    expect(data.kind).toBe('analysis');
    expect(data.published).toEqual(day('2026-11-24'));
    expect(data.topics).toEqual(['Extradición']);
    expect(data.sources.map((s) => s.id)).toEqual(['afp']);
    expect(data.readingTime).toBe('1 min de lectura');
    expect(data.head.jsonLd[0]).toMatchObject({
      inLanguage: 'es',
      url: 'https://example.org/mx/es/notas/rubio-extradiciones/',
    });
    // The edition's own name, from its dictionary.
    expect(data.citation.reference).toBe(
      '“Rubio y las extradiciones.” Rubio en México: notas, 24 de noviembre de 2026.',
    );
  });

  it('shows an English quote as our translation with its original, and a Spanish one as said', () => {
    const speaker = {
      name: 'Marco Rubio',
      role: 'Secretario de Estado',
      href: '/mx/es/personas/rubio/',
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
