import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Yaml } from 'mdast';
import { briefingSchema, personSchema, sourceSchema, topicSchema, ID_PATTERN } from '../schemas/index.ts';
import { parseYaml, locate, type ParsedYaml } from './yaml-positions.ts';
import { checkSchema, type Reference, type SchemaFactory } from './rules/schema.ts';
import { checkBody, type InternalLink } from './rules/body.ts';
import { timelineFacts, type TimelineFact } from './rules/timeline.ts';
import { problem, START, type Position, type Problem } from './problem.ts';
import type { z } from 'astro/zod';

export const COLLECTIONS = {
  briefings: { extensions: ['.md'], schema: briefingSchema as SchemaFactory, noun: 'briefing' },
  topics: { extensions: ['.yaml', '.yml'], schema: topicSchema, noun: 'topic' },
  sources: { extensions: ['.yaml', '.yml'], schema: sourceSchema, noun: 'source' },
  people: { extensions: ['.yaml', '.yml'], schema: personSchema, noun: 'person' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** What one file says, as far as it can be known from that file alone. Plain data, so it can be cached. */
export interface FileFacts {
  file: string;
  collection: CollectionName;
  /** The slug or id: the file name without its extension. */
  id: string;
  problems: Problem[];
  references: Reference[];
  links: InternalLink[];
  /** For briefings: `published` as YYYY-MM-DD and where it is written, when valid. */
  published?: { day: string; at: Position };
  draft?: { at: Position };
  /** For briefings: each well-formed entry of `aliases` (former slugs) and where it is written. */
  aliases?: { id: string; at: Position }[];
  /** For briefings: timeline entries, for the rules across briefings. */
  timeline?: TimelineFact[];
}

const markdown = remark().use(remarkFrontmatter, ['yaml']);

function fieldsOf(schema: SchemaFactory | z.ZodType): string[] {
  const resolved = (typeof schema === 'function' ? schema({} as never) : schema) as { shape?: Record<string, unknown> };
  return Object.keys(resolved.shape ?? {});
}
const FIELDS = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, c]) => [name, fieldsOf(c.schema)])) as Record<
  CollectionName,
  string[]
>;

function yamlProblems(file: string, parsed: ParsedYaml): Problem[] {
  return [...parsed.doc.errors, ...parsed.doc.warnings].map((e) =>
    problem(file, parsed.at(e.pos[0]), 'error', 'yaml-syntax', `YAML syntax: ${e.message.split('\n')[0]}`),
  );
}

function checkData(file: string, collection: CollectionName, parsed: ParsedYaml, facts: FileFacts) {
  const syntax = yamlProblems(file, parsed);
  facts.problems.push(...syntax);
  if (syntax.length) return undefined;
  const data: unknown = parsed.doc.toJS();
  if (data === null || data === undefined) {
    facts.problems.push(
      problem(
        file,
        parsed.start,
        'error',
        collection === 'briefings' ? 'frontmatter-empty' : 'data-empty',
        'the file has no fields; see the frontmatter reference in README.md',
      ),
    );
    return undefined;
  }
  const schema = COLLECTIONS[collection].schema;
  const { problems, references } = checkSchema(file, data, parsed, schema, FIELDS[collection]);
  facts.problems.push(...problems);
  facts.references.push(...references);
  return data as Record<string, unknown>;
}

/** Everything that can be said about one content file on its own. */
export function analyzeFile(
  file: string,
  collection: CollectionName,
  id: string,
  text: string,
  base: string,
): FileFacts {
  const facts: FileFacts = { file, collection, id, problems: [], references: [], links: [] };
  if (!ID_PATTERN.test(id)) {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'slug-format',
        `the file name "${id}" is not URL-safe: use lowercase letters and digits joined by single hyphens, such as "${suggestSlug(id)}"`,
      ),
    );
  }
  if (collection === 'people' && /^\d+$/.test(id)) {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'person-id-number',
        `the file name "${id}" is only digits: the person's page would clash with page ${id} of the people index; add a word, such as "person-${id}"`,
      ),
    );
  }
  if (collection !== 'briefings') {
    checkData(file, collection, parseYaml(text, 1), facts);
    return facts;
  }
  const tree = markdown.parse(text) as Root;
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!yaml) {
    const unclosed = /^---\s*(\r?\n|$)/.test(text);
    facts.problems.push(
      unclosed
        ? problem(
            file,
            START,
            'error',
            'frontmatter-unclosed',
            'the frontmatter starts with `---` but is never closed: add a `---` line after the last field',
          )
        : problem(
            file,
            START,
            'error',
            'frontmatter-missing',
            'the file must start with a frontmatter block between `---` lines; see the example in README.md',
          ),
    );
    return facts;
  }
  const parsed = parseYaml(yaml.value, (yaml.position?.start.line ?? 1) + 1);
  if (yaml.value.trim() === '') {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'frontmatter-empty',
        'the frontmatter is empty: add title, dek, published, kind, topics and sources',
      ),
    );
  } else {
    const data = checkData(file, collection, parsed, facts);
    if (data) {
      const published = data.published;
      const day =
        published instanceof Date
          ? published.toISOString().slice(0, 10)
          : typeof published === 'string'
            ? published.trim()
            : undefined;
      if (day) facts.published = { day, at: locate(parsed, ['published']) };
      if (data.draft === true) facts.draft = { at: locate(parsed, ['draft']) };
      if (Array.isArray(data.aliases))
        facts.aliases = data.aliases.flatMap((alias: unknown, i) =>
          typeof alias === 'string' && ID_PATTERN.test(alias)
            ? [{ id: alias, at: locate(parsed, ['aliases', i]) }]
            : [],
        );
      facts.timeline = timelineFacts(data, parsed);
    }
  }
  const body = checkBody(file, tree, base);
  facts.problems.push(...body.problems);
  facts.links.push(...body.links);
  return facts;
}

function suggestSlug(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-briefing'
  );
}
