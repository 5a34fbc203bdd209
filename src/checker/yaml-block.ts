import { COLLECTION_SCHEMAS } from '../model/schemas.ts';
import { isBriefingCollection } from '../model/collections.ts';
import type { FileFacts } from './analyze.ts';
import { parseYaml, type ParsedYaml } from './yaml-positions.ts';
import { isLocal, yamlSyntax, yamlValue } from './yaml-errors.ts';
import { checkSchema } from './rules/schema.ts';
import { problem } from './problem.ts';
import { checkTextCharacters } from './rules/text.ts';

const isFields = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data) && !(data instanceof Date);

/**
 * Syntax, then schema: the fields of a data file or a frontmatter block and the parse they were
 * read from, or undefined when they cannot be read.
 */
export function checkFields(
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
    if (!parsed.doc.errors.every((error) => isLocal(error, parsed.text))) return undefined;
  }
  const { value, problems } = yamlValue(file, parsed);
  facts.problems.push(...problems, ...checkTextCharacters(file, parsed));
  if (problems.length) return undefined;
  const briefing = isBriefingCollection(collection);
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
  const { problems: schemaProblems, references } = checkSchema(file, value, parsed, COLLECTION_SCHEMAS[collection]);
  // On a line with a syntax problem, a field problem would only repeat it (a missing field is
  // reported where the block starts, whatever is on that line).
  facts.problems.push(...schemaProblems.filter((p) => p.rule === 'schema/required' || !syntax.lines.has(p.line)));
  facts.references.push(...references);
  return { data: value, parsed };
}
