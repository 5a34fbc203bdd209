import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  collectionOf,
  filePattern,
  PAGE_COLLECTIONS,
} from '../../src/model/collections.ts';
import { internalTarget } from '../../src/checker/rules/urls.ts';
import { createUrls } from '../../src/lib/urls.ts';

describe('the registry of collections', () => {
  it('declares the collections (briefings, their Spanish translations, topics, sources, people), each with its files and noun', () => {
    expect(COLLECTION_NAMES).toEqual(['briefings', 'translations', 'topics', 'sources', 'people']);
    expect(COLLECTION_NAMES.map(filePattern)).toEqual(['*.md', '*.md', '*.{yaml,yml}', '*.{yaml,yml}', '*.{yaml,yml}']);
    expect(COLLECTIONS.translations.folder).toBe('briefings/es');
    expect(collectionOf('person')).toBe('people');
  });

  it('names the folder of each collection that has pages, as src/pages routes it', () => {
    expect([...PAGE_COLLECTIONS.keys()]).toEqual(['briefings', 'topics', 'people']);
    for (const folder of PAGE_COLLECTIONS.keys()) {
      expect(existsSync(`src/pages/${folder}`), folder).toBe(true);
      expect(
        readdirSync(`src/pages/${folder}`).some((name) => name.startsWith('[')),
        folder,
      ).toBe(true);
    }
  });

  it('gives the URL helper and the internal-link check the same paths', () => {
    const urls = createUrls('/sub/');
    const pages = [
      ['briefing', urls.briefing('a-slug')],
      ['topic', urls.topic('cartels')],
      ['person', urls.person('marco-rubio')],
    ] as const;
    for (const [kind, path] of pages) expect(internalTarget(path, '/sub/')).toEqual({ kind, id: path.split('/')[3] });
    expect(internalTarget(urls.peoplePage(2), '/sub/')).toBeUndefined();
    expect(internalTarget(urls.topicPage('cartels', 2), '/sub/')).toBeUndefined();
    expect(internalTarget(urls.timeline(), '/sub/')).toBeUndefined();
    expect(COLLECTIONS.sources.pages).toBeUndefined();
  });
});
