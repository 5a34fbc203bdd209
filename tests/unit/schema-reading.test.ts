import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { fieldsAt, referencesIn, referenceTargets } from '../../src/model/schema-reading.ts';
import { briefingSchema, reference, idSchema } from '../../src/schemas/index.ts';

describe('reading a schema through zod’s public API', () => {
  const schema = briefingSchema();

  it('lists the fields allowed at a path, through lists, optionals and refinements', () => {
    expect(fieldsAt(schema, [])).toEqual(expect.arrayContaining(['title', 'dek', 'quotes', 'timeline', 'corrections']));
    expect(fieldsAt(schema, ['quotes', 0]).sort()).toEqual(['context', 'lang', 'source', 'speaker', 'text']);
    expect(fieldsAt(schema, ['corrections', 3]).sort()).toEqual(['date', 'text']);
    expect(fieldsAt(schema, ['title'])).toEqual([]);
    expect(fieldsAt(schema, ['nowhere', 1])).toEqual([]);
  });

  it('finds every value written in a field the schema marks as a reference, malformed or not', () => {
    const data = {
      topics: ['cartels', 'Weapons Flow'],
      sources: ['afp'],
      quotes: [{ speaker: 'marco-rubio', text: 'Words.', context: 'Testimony', source: 'afp' }],
      timeline: [{ id: 'tour', when: 'in February', event: 'An event.', status: 'occurred', source: 'reuters' }],
      title: 'not a reference',
    };
    expect(referencesIn(schema, data).map((r) => [r.noun, r.id, r.path.join('.')])).toEqual([
      ['topic', 'cartels', 'topics.0'],
      ['topic', 'Weapons Flow', 'topics.1'],
      ['source', 'afp', 'sources.0'],
      ['person', 'marco-rubio', 'quotes.0.speaker'],
      ['source', 'afp', 'quotes.0.source'],
      ['source', 'reuters', 'timeline.0.source'],
    ]);
  });

  it('a new reference field is one mark in its schema', () => {
    const withEditor = z.object({ editor: reference('person', idSchema).optional(), note: z.string() });
    expect(referencesIn(withEditor, { editor: 'ana', note: 'x' })).toEqual([
      { noun: 'person', id: 'ana', path: ['editor'] },
    ]);
    expect(referencesIn(withEditor, { note: 'x' })).toEqual([]);
  });

  it('lists the collections a schema’s reference fields name, without any data', () => {
    expect(referenceTargets(schema)).toEqual(['topic', 'source', 'person']);
    const nested = z.object({ a: z.array(z.union([reference('person', idSchema), z.number()])).optional() });
    expect(referenceTargets(nested)).toEqual(['person']);
    expect(referenceTargets(z.object({ title: z.string() }))).toEqual([]);
  });
});

describe('zod read through its public API only', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
    });
  /** Reading zod's private internals: `schema._zod.def`, `schema['_zod']`. */
  const PRIVATE = /\._zod\b|\[\s*['"]_zod['"]\s*\]/;

  it('recognises a read of the private field', () => {
    expect(PRIVATE.test('zodSchema._zod.def.type')).toBe(true);
    expect(PRIVATE.test("schema['_zod']")).toBe(true);
    expect(PRIVATE.test('never its private `_zod.def`')).toBe(false);
  });

  it('no module of the site, its checker or its scripts reads zod’s private `_zod`', () => {
    const found = [...files('src'), ...files('scripts')].filter((file) => PRIVATE.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
