import { describe, expect, it } from 'vitest';
import {
  briefingPageKey,
  canonical,
  pageKey,
  quotedSources,
  translatedFeedKey,
  translationPageKey,
  withBody,
} from '../../src/lib/cache-keys.ts';

const entry = (collection: string, id: string, data: object, body?: string) => ({
  collection,
  id,
  data,
  body,
  rendered: { html: `<p>${body}</p>` },
  filePath: `content/${collection}/${id}`,
});

describe('canonical', () => {
  it('ignores the order of keys and leaves out undefined', () => {
    expect(canonical({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe('{"a":[2,{"c":"x"}],"b":1}');
    expect(canonical({ a: 1, b: 2 })).toBe(canonical({ b: 2, a: 1 }));
  });

  it('writes dates as ISO days and Maps and Sets as arrays', () => {
    expect(canonical({ day: new Date('2026-11-23T00:00:00Z') })).toBe('{"day":"2026-11-23T00:00:00.000Z"}');
    expect(canonical(new Map([['k', new Set([1])]]))).toBe('[["k",[1]]]');
  });

  it('counts an entry by its collection, id and data: not its body, rendered HTML or path', () => {
    const a = entry('topics', 'cartels', { name: 'Cartels' }, 'one');
    expect(canonical(a)).toBe('{"collection":"topics","id":"cartels","data":{"name":"Cartels"}}');
    expect(canonical(a)).toBe(canonical(entry('topics', 'cartels', { name: 'Cartels' }, 'another')));
  });

  it('counts the body of an entry given withBody', () => {
    const a = entry('briefings', 'x', { title: 'T' }, 'one');
    expect(pageKey(withBody(a))).not.toBe(pageKey(withBody({ ...a, body: 'two' })));
  });
});

describe('pageKey', () => {
  it('is the same for the same facts and differs when one changes', () => {
    const facts = { page: { number: 2, items: [entry('briefings', 'x', { title: 'T' })] } };
    expect(pageKey(facts)).toBe(pageKey(structuredClone(facts)));
    const retitled = { page: { number: 2, items: [entry('briefings', 'x', { title: 'U' })] } };
    expect(pageKey(retitled)).not.toBe(pageKey(facts));
    expect(pageKey({ ...facts.page, number: 3 })).not.toBe(pageKey(facts.page));
  });
});

describe('briefingPageKey', () => {
  const briefing = entry(
    'briefings',
    'rubio-trip',
    {
      title: 'Rubio plans a trip',
      topics: ['cartels'],
      sources: ['afp'],
      quotes: [{ speaker: 'marco-rubio', source: 'wire', text: 'We want to help.' }],
    },
    'The body.',
  ) as ReturnType<typeof entry> & { data: { topics: string[]; sources: string[] } };
  const cartels = entry('topics', 'cartels', { name: 'Cartels' });
  const migration = entry('topics', 'migration', { name: 'Migration' });
  const source = (id: string, outlet: string) => [id, entry('sources', id, { outlet })] as const;
  const other = entry('briefings', 'other', {
    title: 'Other',
    topics: ['cartels'],
    sources: ['afp'],
  }) as typeof briefing;
  const inputs = {
    briefing,
    topics: [cartels, migration],
    sources: new Map([source('afp', 'AFP'), source('wire', 'Wire'), source('unused', 'Unused')]),
    people: new Map([
      ['marco-rubio', entry('people', 'marco-rubio', { role: 'Secretary of State' })],
      ['someone', entry('people', 'someone', { role: 'Nobody quoted' })],
    ]),
    related: [other],
    neighbours: { topic: cartels, previous: other },
    timelinePages: [1],
  };
  const key = briefingPageKey(inputs);

  it('changes with the briefing, its topics, sources, speakers, related briefings, neighbours and timeline pages', () => {
    const changed = [
      { ...inputs, briefing: { ...briefing, body: 'Another body.' } },
      { ...inputs, briefing: { ...briefing, data: { ...briefing.data, title: 'Retitled' } } },
      { ...inputs, topics: [entry('topics', 'cartels', { name: 'Cartel groups' }), migration] },
      { ...inputs, sources: new Map([...inputs.sources, source('afp', 'Agence France-Presse')]) },
      { ...inputs, sources: new Map([...inputs.sources, source('wire', 'A wire')]) },
      {
        ...inputs,
        people: new Map([...inputs.people, ['marco-rubio', entry('people', 'marco-rubio', { role: 'Envoy' })]]),
      },
      { ...inputs, related: [{ ...other, data: { ...other.data, title: 'Other, retitled' } }] },
      { ...inputs, neighbours: { topic: cartels, next: other } },
      { ...inputs, timelinePages: [2] },
    ];
    for (const variant of changed) expect(briefingPageKey(variant)).not.toBe(key);
  });

  it('does not change with topics, sources or people the page does not show', () => {
    expect(briefingPageKey({ ...inputs, topics: [cartels, entry('topics', 'migration', { name: 'Moves' })] })).toBe(
      key,
    );
    expect(briefingPageKey({ ...inputs, sources: new Map([...inputs.sources, source('unused', 'Changed')]) })).toBe(
      key,
    );
    const people = new Map([...inputs.people, ['someone', entry('people', 'someone', { role: 'Other' })]]);
    expect(briefingPageKey({ ...inputs, people })).toBe(key);
  });
});

describe('quotedSources', () => {
  it('lists each source the quotes come from once, in order', () => {
    const sources = new Map([
      ['a', { outlet: 'A' }],
      ['b', { outlet: 'B' }],
    ]);
    const quotes = [{ quote: { source: 'b' } }, { quote: { source: 'a' } }, { quote: { source: 'b' } }];
    expect(quotedSources(quotes, sources)).toEqual([
      ['b', { outlet: 'B' }],
      ['a', { outlet: 'A' }],
    ]);
  });
});

describe('translatedFeedKey', () => {
  const cartels = entry('topics', 'cartels', { name: 'Cartels', es: { name: 'Cárteles', slug: 'carteles' } });
  const migration = entry('topics', 'migration', { name: 'Migration', es: { name: 'Migración', slug: 'migracion' } });
  const afp = entry('sources', 'afp', { outlet: 'AFP', es: { kind: 'nota de agencia' } });
  const original = entry('briefings', 'an-original', { title: 'An original', topics: ['cartels'], sources: ['afp'] });
  const translation = entry('translations', 'una-nota', { title: 'Una nota', translationOf: 'an-original' }, 'Cuerpo.');
  const inputs = {
    topic: cartels,
    topics: [cartels, migration],
    sources: new Map([['afp', afp]]),
    items: [{ translation, original }],
  };
  const key = translatedFeedKey(inputs);

  it('changes with a translation’s body or words, its original, a topic’s Spanish name and a source’s Spanish words', () => {
    const changed = [
      { ...inputs, items: [{ translation: { ...translation, body: 'Otro cuerpo.' }, original }] },
      { ...inputs, items: [{ translation: { ...translation, data: { title: 'Otra nota' } }, original }] },
      {
        ...inputs,
        items: [{ translation, original: { ...original, data: { ...original.data, topics: ['migration'] } } }],
      },
      {
        ...inputs,
        topics: [cartels, { ...migration, data: { name: 'Migration', es: { name: 'Migrantes', slug: 'migracion' } } }],
      },
      { ...inputs, sources: new Map([['afp', { ...afp, data: { outlet: 'AFP', es: { kind: 'cable' } } }]]) },
      { ...inputs, items: [] },
    ];
    const keys = changed.map(translatedFeedKey);
    for (const other of keys) expect(other).not.toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same for the same feed, however the objects were made', () => {
    expect(
      translatedFeedKey({ ...inputs, items: [{ translation: { ...translation }, original: { ...original } }] }),
    ).toBe(key);
  });
});

describe('translationPageKey', () => {
  const cartels = entry('topics', 'cartels', { name: 'Cartels', es: { name: 'Cárteles', slug: 'carteles' } });
  const migration = entry('topics', 'migration', { name: 'Migration', es: { name: 'Migración', slug: 'migracion' } });
  const original = {
    id: 'an-original',
    data: {
      title: 'An original',
      kind: 'news',
      topics: ['cartels'],
      sources: ['afp'],
      quotes: [{ speaker: 'marco-rubio', source: 'afp' }],
    },
  };
  const translation = entry('translations', 'una-nota', { title: 'Una nota', translationOf: 'an-original' }, 'Cuerpo.');
  const other = entry('translations', 'otra-nota', { title: 'Otra nota' });
  const inputs = {
    translation,
    original,
    topics: [cartels, migration],
    sources: new Map([['afp', entry('sources', 'afp', { outlet: 'AFP', es: { kind: 'nota de agencia' } })]]),
    people: new Map([['marco-rubio', entry('people', 'marco-rubio', { es: { role: 'Secretario de Estado' } })]]),
    related: [other],
    neighbours: { topic: cartels, previous: other },
    timelinePages: [1],
    counterpart: '/briefings/an-original/',
  };
  const key = translationPageKey(inputs);

  it('changes with the translation, its original, what the original shows, its neighbours, timeline pages and counterpart', () => {
    const changed = [
      { ...inputs, translation: { ...translation, body: 'Otro cuerpo.' } },
      { ...inputs, original: { ...original, data: { ...original.data, kind: 'analysis' } } },
      { ...inputs, topics: [{ ...cartels, data: { name: 'Cartels', es: { name: 'Carteles', slug: 'carteles' } } }] },
      { ...inputs, sources: new Map([['afp', entry('sources', 'afp', { outlet: 'AFP', es: { kind: 'cable' } })]]) },
      { ...inputs, people: new Map([['marco-rubio', entry('people', 'marco-rubio', { es: { role: 'Enviado' } })]]) },
      { ...inputs, related: [] },
      { ...inputs, neighbours: { topic: cartels, next: other } },
      { ...inputs, timelinePages: [2] },
      { ...inputs, counterpart: undefined },
    ];
    for (const variant of changed) expect(translationPageKey(variant)).not.toBe(key);
  });

  it('does not change with topics, sources or people the page does not show', () => {
    const renamed = entry('topics', 'migration', { name: 'Moves', es: { name: 'Movimientos', slug: 'migracion' } });
    expect(translationPageKey({ ...inputs, topics: [cartels, renamed] })).toBe(key);
    expect(
      translationPageKey({ ...inputs, people: new Map([...inputs.people, ['x', entry('people', 'x', {})]]) }),
    ).toBe(key);
  });
});
