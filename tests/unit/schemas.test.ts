import { frontmatterOf } from '../helpers/content.ts';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import {
  briefingSchema,
  knownReferences,
  personSchema,
  sourceSchema,
  topicSchema,
  REQUIRED_TOPIC_IDS,
} from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/briefing.ts';
import { listContentFiles } from '../../src/checker/index.ts';
import { analyzeFile } from '../../src/checker/analyze.ts';

const root = process.cwd();
const files = await listContentFiles(`${root}/content`, root);
const idsOf = (collection: string) => files.filter((f) => f.collection === collection).map((f) => f.id);
const known = knownReferences({ topics: idsOf('topics'), sources: idsOf('sources'), people: idsOf('people') });
const schema = briefingSchema(known);

const valid = {
  title: 'Rubio plans first Mexico trip',
  dek: 'The secretary of state will travel to Mexico in the coming weeks, AFP reported.',
  published: '2026-11-23',
  kind: 'news',
  topics: ['cartels'],
  sources: ['afp-rubio-mexico-trip'],
  quotes: [
    {
      speaker: 'marco-rubio',
      text: 'They have been very responsive on our security concerns.',
      context: 'Testimony to the House Foreign Affairs Committee',
      source: 'afp-rubio-mexico-trip',
    },
  ],
};

function rejection(data: unknown) {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

describe('the real content', () => {
  it('has the four required topics', () => {
    expect(idsOf('topics')).toEqual(expect.arrayContaining([...REQUIRED_TOPIC_IDS]));
  });

  it.each(files.filter((f) => f.collection === 'briefings').map((f) => [f.id, f.path]))(
    'briefing %s passes the schema',
    async (_id, path) => {
      const result = schema.safeParse(frontmatterOf(await readFile(path, 'utf8')));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(files.filter((f) => f.collection === 'translations').map((f) => [f.id, f.path]))(
    'translation %s passes the translation schema',
    async (_id, path) => {
      const result = translationSchema().safeParse(frontmatterOf(await readFile(path, 'utf8')));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(
    files
      .filter((f) => f.collection !== 'briefings' && f.collection !== 'translations')
      .map((f) => [f.file, f.collection, f.path]),
  )('%s passes the schema', async (_file, collection, path) => {
    const schemaFor = { topics: topicSchema, sources: sourceSchema, people: personSchema }[collection as 'topics'];
    const result = schemaFor.safeParse(parseYaml(await readFile(path, 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has at least 7 briefings and every topic is covered by at least 2', async () => {
    const briefings = await Promise.all(
      files
        .filter((f) => f.collection === 'briefings')
        .map(async (f) => schema.parse(frontmatterOf(await readFile(f.path, 'utf8')))),
    );
    expect(briefings.length).toBeGreaterThanOrEqual(7);
    for (const topic of REQUIRED_TOPIC_IDS)
      expect(briefings.filter((b) => b.topics.includes(topic)).length, topic).toBeGreaterThanOrEqual(2);
  });
});

describe('bad briefing frontmatter is rejected, naming the field', () => {
  it('accepts the valid example', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('a missing title', () => {
    const { title: _omit, ...rest } = valid;
    expect(rejection(rest)).toEqual([{ field: 'title', message: 'is required: the headline' }]);
  });

  it('an unknown topic, with a suggestion', () => {
    expect(rejection({ ...valid, topics: ['cartel'] })).toEqual([
      { field: 'topics.0', message: 'names an unknown topic "cartel"; did you mean "cartels"?' },
    ]);
  });

  it.each(['2026-02-30', '23/11/2026', 'next week', 20261123])('a bad date: %s', (published) => {
    expect(rejection({ ...valid, published })).toEqual([
      { field: 'published', message: 'must be a date like 2025-05-21' },
    ]);
  });

  it('accepts `updated` on the day of publication, as the README allows ("not before")', () => {
    const result = schema.safeParse({ ...valid, published: '2026-11-23', updated: '2026-11-23' });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('updated before published', () => {
    expect(rejection({ ...valid, updated: '2026-11-01' })).toEqual([
      { field: 'updated', message: 'must not be before `published`' },
    ]);
  });

  it('an unknown source', () => {
    expect(rejection({ ...valid, sources: ['reuters'] })).toEqual([
      { field: 'sources.0', message: expect.stringMatching(/^names an unknown source "reuters"/) },
    ]);
  });

  it('a quote longer than 500 characters', () => {
    const quotes = [{ ...valid.quotes[0], text: 'word '.repeat(101) }];
    expect(rejection({ ...valid, quotes })).toEqual([
      {
        field: 'quotes.0.text',
        message: 'must be at most 500 characters: quote the words that matter, and report the rest in your own words',
      },
    ]);
    expect(schema.safeParse({ ...valid, quotes: [{ ...valid.quotes[0], text: 'x'.repeat(500) }] }).success).toBe(true);
  });

  it('an unknown speaker', () => {
    const quotes = [{ ...valid.quotes[0], speaker: 'marco-rubios' }];
    expect(rejection({ ...valid, quotes })).toEqual([
      { field: 'quotes.0.speaker', message: 'names an unknown person "marco-rubios"; did you mean "marco-rubio"?' },
    ]);
  });

  it('an unknown kind and an unknown field', () => {
    expect(rejection({ ...valid, kind: 'opinion', auther: 'x' })).toEqual([
      { field: 'kind', message: 'must be one of: news, explainer, analysis, context' },
      { field: '', message: expect.stringContaining('auther') },
    ]);
  });

  it('a bad slug, named by the checker with the file', () => {
    const facts = analyzeFile(
      'content/briefings/Rubio_Trip.md',
      'briefings',
      'Rubio_Trip',
      `---\n${JSON.stringify(valid)}\n---\n\n## Body\n\nText.\n`,
    );
    expect(facts.problems).toEqual([
      expect.objectContaining({
        file: 'content/briefings/Rubio_Trip.md',
        line: 1,
        rule: 'slug-format',
        message: expect.stringContaining('"rubio-trip"'),
      }),
    ]);
  });
});

describe('other data files', () => {
  it('a person’s file name of digits only, which would clash with a page of the people index', () => {
    const person = (id: string) =>
      analyzeFile(`content/people/${id}.yaml`, 'people', id, 'name: Ana Person\nrole: Spokesperson\n').problems;
    expect(person('2')).toEqual([
      expect.objectContaining({
        file: 'content/people/2.yaml',
        line: 1,
        rule: 'person-id-number',
        message: expect.stringContaining('page 2 of the people index'),
      }),
    ]);
    expect(person('agent-2')).toEqual([]);
  });

  it('a source url must be http or https', () => {
    const result = sourceSchema.safeParse({
      outlet: 'AFP',
      kind: 'wire report',
      description: 'A wire report on the trip.',
      url: 'javascript:alert(1)',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });

  it('a topic needs a whole-number order', () => {
    const result = topicSchema.safeParse({
      name: 'Cartels',
      description: 'Drug cartels and the fight against them.',
      order: 1.5,
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['order']);
  });
});
