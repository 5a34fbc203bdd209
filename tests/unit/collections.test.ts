import { describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { COLLECTIONS, COLLECTION_NAMES, collectionOf, filePattern } from '../../src/model/collections.ts';
import { readRoute } from '../../src/lib/routes.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { COLLECTION_SCHEMAS } from '../../src/model/schemas.ts';
import { referenceTargets } from '../../src/model/schema-reading.ts';
import { briefingSchema, personSchema, sourceSchema, topicSchema } from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/briefing.ts';

// The content config reads Astro's virtual module; here it only needs to hand back what it is given.
vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => config }));

describe('the registry of collections', () => {
  it('declares the collections (briefings, their Spanish translations, topics, sources, people), each with its files and noun', () => {
    expect(COLLECTION_NAMES).toEqual(['briefings', 'translations', 'topics', 'sources', 'people']);
    expect(COLLECTION_NAMES.map(filePattern)).toEqual(['*.md', '*.md', '*.{yaml,yml}', '*.{yaml,yml}', '*.{yaml,yml}']);
    expect(COLLECTIONS.translations.folder).toBe('briefings/es');
    expect(collectionOf('person')).toBe('people');
  });

  it('names the folder of each collection that has pages, as src/pages routes it', () => {
    const folders = COLLECTION_NAMES.flatMap((name) => {
      const pages: string | undefined = COLLECTIONS[name].pages;
      return pages ? [pages] : [];
    });
    expect(folders).toEqual(['briefings', 'topics', 'people']);
    for (const folder of folders) {
      expect(existsSync(`src/pages/${folder}`), folder).toBe(true);
      expect(
        readdirSync(`src/pages/${folder}`).some((name) => name.startsWith('[')),
        folder,
      ).toBe(true);
    }
  });

  it('gives the URL helper and the internal-link check the same paths', () => {
    const urls = createUrls('/sub/');
    expect(readRoute(urls.briefing('a-slug'), '/sub/')).toMatchObject({
      kind: 'entry',
      collection: 'briefings',
      id: 'a-slug',
    });
    expect(readRoute(urls.topic('cartels'), '/sub/')).toMatchObject({
      kind: 'entry',
      collection: 'topics',
      id: 'cartels',
    });
    expect(readRoute(urls.person('marco-rubio'), '/sub/')).toMatchObject({ kind: 'entry', collection: 'people' });
    expect(readRoute(urls.peoplePage(2), '/sub/')).toEqual({
      kind: 'index',
      lang: 'en',
      collection: 'people',
      page: 2,
    });
    expect(COLLECTIONS.sources.pages).toBeUndefined();
  });
});

describe('one declaration per collection', () => {
  it('the content config defines exactly the registry’s collections, each with the schema the registry names', async () => {
    const { collections } = await import('../../src/content.config.ts');
    expect(Object.keys(collections)).toEqual(['briefings', 'translations', 'topics', 'sources', 'people']);
    for (const name of COLLECTION_NAMES) {
      const config = collections[name] as unknown as { schema: unknown; loader: { name: string } };
      expect(config.schema, name).toBe(COLLECTION_SCHEMAS[name]);
      expect(config.loader.name, name).toBe('glob-loader');
    }
  });

  it('the registry names each collection’s schema from src/schemas', () => {
    const fields = (name: keyof typeof COLLECTION_SCHEMAS) =>
      Object.keys((COLLECTION_SCHEMAS[name] as unknown as { shape?: object }).shape ?? {}).sort();
    expect(fields('topics')).toEqual(Object.keys(topicSchema.shape).sort());
    expect(fields('sources')).toEqual(Object.keys(sourceSchema.shape).sort());
    expect(fields('people')).toEqual(Object.keys(personSchema.shape).sort());
    expect(fields('briefings')).toEqual(Object.keys(briefingSchema().shape).sort());
    expect(fields('translations')).toEqual(Object.keys(translationSchema().shape).sort());
    expect(fields('translations')).toContain('translationOf');
    expect(fields('briefings')).not.toContain('translationOf');
  });

  it('every reference field names a collection of the registry', () => {
    const nouns = COLLECTION_NAMES.map((name) => COLLECTIONS[name].noun as string);
    const targets = COLLECTION_NAMES.flatMap((name) => referenceTargets(COLLECTION_SCHEMAS[name]));
    expect(new Set(targets)).toEqual(new Set(['topic', 'source', 'person']));
    for (const target of targets) expect(nouns).toContain(target);
  });
});
