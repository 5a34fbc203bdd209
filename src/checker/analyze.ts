import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Yaml } from 'mdast';
import type { z } from 'astro/zod';
import { briefingSchema, personSchema, sourceSchema, topicSchema, ID_PATTERN } from '../schemas/index.ts';
import type { CollectionName } from './collections.ts';
import { parseYaml, locate, type ParsedYaml } from './yaml-positions.ts';
import { isLocal, yamlSyntax, yamlValue } from './yaml-errors.ts';
import { checkSchema, type Reference, type SchemaFactory } from './rules/schema.ts';
import { checkBody, type InternalLink } from './rules/body.ts';
import { problem, START, type Position, type Problem } from './problem.ts';

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
}

const SCHEMAS: Record<CollectionName, SchemaFactory | z.ZodType> = {
  briefings: briefingSchema as SchemaFactory,
  topics: topicSchema,
  sources: sourceSchema,
  people: personSchema,
};

/** One parser for every file: the mdast is built once per file and the frontmatter comes with it. */
const markdown = remark().use(remarkFrontmatter, ['yaml']);

const isFields = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data) && !(data instanceof Date);

/**
 * Syntax, then schema: the fields of a data file or a frontmatter block and the parse they were
 * read from, or undefined when they cannot be read.
 */
function checkFields(
  facts: FileFacts,
  parsed: ParsedYaml,
): { data: Record<string, unknown>; parsed: ParsedYaml } | undefined {
  const { file, collection } = facts;
  const syntax = yamlSyntax(file, parsed);
  facts.problems.push(...syntax.problems);
  if (syntax.readable === undefined) return undefined;
  if (syntax.readable !== parsed.text) {
    // Check the fields in the text with the colon-in-value mistakes quoted, if that reads cleanly.
    parsed = parseYaml(syntax.readable, parsed.firstLine);
    if (!parsed.doc.errors.every(isLocal)) return undefined;
  }
  const { value, problems } = yamlValue(file, parsed);
  facts.problems.push(...problems);
  if (problems.length) return undefined;
  const briefing = collection === 'briefings';
  if (value === null || value === undefined) {
    facts.problems.push(
      problem(
        file,
        parsed.start,
        'error',
        briefing ? 'frontmatter-empty' : 'data-empty',
        briefing
          ? 'the frontmatter is empty: add title, dek, published, kind, topics and sources between the `---` lines'
          : 'the file has no fields: see "Topics, sources and people" in README.md for the fields it needs',
      ),
    );
    return undefined;
  }
  if (!isFields(value)) {
    facts.problems.push(
      problem(
        file,
        parsed.start,
        'error',
        briefing ? 'frontmatter-not-fields' : 'data-not-fields',
        `the ${briefing ? 'frontmatter' : 'file'} must be fields written one per line as \`name: value\`, such as ${briefing ? 'title: "…"' : 'name: "…"'}`,
      ),
    );
    return undefined;
  }
  const { problems: schemaProblems, references } = checkSchema(file, value, parsed, SCHEMAS[collection]);
  facts.problems.push(...schemaProblems.filter((p) => !syntax.lines.has(p.line)));
  facts.references.push(...references);
  return { data: value, parsed };
}

/** The frontmatter node, or the problem that there is none (missing, or opened and never closed). */
function findFrontmatter(file: string, tree: Root, text: string): Yaml | Problem {
  const first = tree.children[0];
  if (first?.type === 'yaml') return first;
  if (text.trim() === '')
    return problem(
      file,
      START,
      'error',
      'frontmatter-missing',
      'the file is empty: start it with a frontmatter block between `---` lines, as in the example in README.md',
    );
  if (/^---[ \t]*(\r?\n|$)/.test(text))
    return problem(
      file,
      START,
      'error',
      'frontmatter-unclosed',
      'the frontmatter opens with `---` but is never closed: add a line with just `---` after the last field',
    );
  return problem(
    file,
    START,
    'error',
    'frontmatter-missing',
    'the file must start with a frontmatter block between `---` lines (title, dek, published, kind, topics, sources), as in the example in README.md',
  );
}

function suggestSlug(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-briefing'
  );
}

/** Everything that can be said about one content file on its own. */
export function analyzeFile(
  file: string,
  collection: CollectionName,
  id: string,
  input: string,
  base: string,
): FileFacts {
  const text = input.replace(/^\uFEFF/, '');
  const facts: FileFacts = { file, collection, id, problems: [], references: [], links: [] };
  if (!ID_PATTERN.test(id)) {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'slug-format',
        `the file name "${id}" is not URL-safe: rename the file to lowercase letters and digits joined by single hyphens, such as "${suggestSlug(id)}"`,
      ),
    );
  }
  if (collection !== 'briefings') {
    checkFields(facts, parseYaml(text, 1));
    return facts;
  }
  const tree = markdown.parse(text) as Root;
  const yaml = findFrontmatter(file, tree, text);
  if (!('type' in yaml)) {
    facts.problems.push(yaml);
    return facts;
  }
  const fields = checkFields(facts, parseYaml(yaml.value, (yaml.position?.start.line ?? 1) + 1));
  if (fields) {
    const { data, parsed } = fields;
    const published = data.published;
    const day =
      published instanceof Date
        ? published.toISOString().slice(0, 10)
        : typeof published === 'string'
          ? published.trim()
          : undefined;
    if (day) facts.published = { day, at: locate(parsed, ['published']) };
    if (data.draft === true) facts.draft = { at: locate(parsed, ['draft']) };
  }
  const body = checkBody(file, tree, base);
  facts.problems.push(...body.problems);
  facts.links.push(...body.links);
  return facts;
}

/** analyzeFile, but a bug in the checker becomes a problem on the file rather than a crash. */
export function analyzeSafely(
  file: string,
  collection: CollectionName,
  id: string,
  text: string,
  base: string,
): FileFacts {
  try {
    return analyzeFile(file, collection, id, text, base);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      file,
      collection,
      id,
      references: [],
      links: [],
      problems: [
        problem(
          file,
          START,
          'error',
          'checker-failure',
          `the checker failed on this file (${detail}); this is a bug in the checker, please report it with the file`,
        ),
      ],
    };
  }
}
