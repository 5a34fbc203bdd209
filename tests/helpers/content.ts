import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { listContentFiles } from '../../src/checker/index.ts';
import { briefingSchema, personSchema, sourceSchema, topicSchema } from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/briefing.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

/** A briefing's frontmatter, read as the build reads it, parsed. */
export function frontmatterOf(text: string): unknown {
  const frontmatter = readFrontmatter(text);
  if (!frontmatter) throw new Error('no frontmatter');
  return parseYaml(frontmatter.yaml);
}

/** The real content (content/), parsed by the site's own schemas, for tests to compare output against. */
export async function readContent(root = process.cwd()) {
  const files = await listContentFiles(`${root}/content`, root);
  const read = async (path: string) => readFile(path, 'utf8');
  const of = (collection: string) => files.filter((f) => f.collection === collection);
  const data = async <T>(collection: string, parse: (v: unknown) => T) =>
    Promise.all(of(collection).map(async (f) => ({ id: f.id, data: parse(parseYaml(await read(f.path))) })));
  const briefings = await Promise.all(
    of('briefings').map(async (f) => {
      return { id: f.id, data: briefingSchema().parse(frontmatterOf(await read(f.path))) };
    }),
  );
  const translations = await Promise.all(
    of('translations').map(async (f) => ({
      id: f.id,
      data: translationSchema().parse(frontmatterOf(await read(f.path))),
    })),
  );
  return {
    briefings,
    /** Translated briefings (content/briefings/<lang>/), drafts included. */
    translations,
    /** Briefings a production build shows. */
    published: briefings.filter((b) => !b.data.draft),
    topics: await data('topics', (v) => topicSchema.parse(v)),
    sources: await data('sources', (v) => sourceSchema.parse(v)),
    people: await data('people', (v) => personSchema.parse(v)),
  };
}
