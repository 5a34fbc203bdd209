import { isAlias, isScalar, isSeq, isMap, visit, type Node, type YAMLError } from 'yaml';
import { enclosingNode, type ParsedYaml } from './yaml-positions.ts';
import { problem, type Position, type Problem } from './problem.ts';

const RULE = 'yaml-syntax';

interface Explained {
  message: string;
  /** Where the mistake starts, when that is earlier than where the parser noticed it. */
  offset?: number;
}

/** The text of the line `offset` is on, and the field name and value written on it. */
function lineAt(text: string, offset: number) {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end === -1 ? undefined : end);
  const match = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+(.*)$/.exec(line);
  return { line, key: match?.[1]?.trim(), value: match?.[2]?.trim() };
}

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A plain-words explanation of one YAML parser error, saying what to write instead. */
function explain(error: YAMLError, parsed: ParsedYaml): Explained {
  const offset = error.pos[0];
  const { key, value } = lineAt(parsed.text, offset);
  const example = key && value ? `, such as ${key}: ${quoted(value)}` : '';
  switch (error.code) {
    case 'MISSING_CHAR':
      if (/closing "?quote/i.test(error.message)) {
        const open = enclosingNode(
          parsed,
          offset,
          (n) => isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'),
        );
        const mark = isScalar(open) && open.type === 'QUOTE_SINGLE' ? "'" : '"';
        return {
          message: `this value opens a quote mark (${mark}) that is never closed: end the value with ${mark} on the same line`,
          offset: open?.range?.[0],
        };
      }
      if (/sequence item without/i.test(error.message))
        return {
          message:
            'this line does not line up with the list item above it: indent every field of a list item to the same column, and start each new item with "- "',
        };
      break;
    case 'BAD_INDENT':
      if (/flow sequence|end with a \]/i.test(error.message)) {
        const open = enclosingNode(parsed, offset, (n) => isSeq(n) && n.flow === true);
        return {
          message: 'this list opens with [ but is never closed: end it with ] on the same line',
          offset: open?.range?.[0],
        };
      }
      if (/flow mapping|end with a \}/i.test(error.message)) {
        const open = enclosingNode(parsed, offset, (n) => isMap(n) && n.flow === true);
        return {
          message: 'this value opens with { but is never closed: end it with } on the same line',
          offset: open?.range?.[0],
        };
      }
      return {
        message:
          'this line is indented differently from the lines around it: fields start at the left edge, and list items and their fields line up under each other',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/nested mappings/i.test(error.message))
        return {
          message: `this value contains a colon followed by a space, which YAML reads as another field: put the whole value in quotes${example}`,
        };
      return {
        message:
          'this line is indented differently from the lines around it: list items ("- ") must line up under each other',
      };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message:
          'this line is not written as `name: value`: put a colon and a space after the field name, such as title: "…"; a long value must stay on one line or be put in quotes',
      };
    case 'DUPLICATE_KEY':
      return { message: `the field \`${key ?? '?'}\` is written twice: keep only one of them` };
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab: indent with spaces instead' };
    case 'BAD_SCALAR_START': {
      const char = parsed.text[offset] ?? '';
      return { message: `a value cannot start with \`${char}\` unless it is in quotes${example}` };
    }
    case 'UNEXPECTED_TOKEN':
      if (/node end|scalar/i.test(error.message))
        return {
          message: `there is more text after the closing quote mark: to use " inside a value, wrap it in single quotes (title: 'Rubio "the" man'); inside single quotes write an apostrophe twice (title: 'It''s')`,
        };
      break;
    case 'MULTIPLE_DOCS':
      return { message: 'a `---` line splits this file in two: remove it' };
    default:
      break;
  }
  return {
    message: `YAML cannot read this line (${error.message.split('\n')[0]}): check its quotes, colons and indentation`,
  };
}

/** Every YAML syntax error in `parsed`, explained, at most one per line (later ones on a line are usually echoes). */
export function yamlSyntaxProblems(file: string, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const lines = new Set<number>();
  for (const error of [...parsed.doc.errors, ...parsed.doc.warnings]) {
    const { message, offset } = explain(error, parsed);
    const at: Position = parsed.at(offset ?? error.pos[0]);
    if (lines.has(at.line)) continue;
    lines.add(at.line);
    problems.push(problem(file, at, 'error', RULE, message));
  }
  return problems;
}

/**
 * The YAML's value as plain data. An alias (`*name`) that names no anchor makes the parser
 * throw; that is reported as a syntax problem instead of a crash.
 */
export function yamlValue(file: string, parsed: ParsedYaml): { value?: unknown; problems: Problem[] } {
  try {
    return { value: parsed.doc.toJS({ maxAliasCount: 50 }), problems: [] };
  } catch (error) {
    let alias: Node | undefined;
    visit(parsed.doc, {
      Alias(_key, node) {
        alias ??= node;
      },
    });
    const at = alias?.range ? parsed.at(alias.range[0]) : parsed.start;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problems: [
        problem(
          file,
          at,
          'error',
          RULE,
          isAlias(alias)
            ? `a value starting with \`*\` refers to a YAML anchor (${detail}): put the value in quotes`
            : `YAML cannot read this file (${detail})`,
        ),
      ],
    };
  }
}
