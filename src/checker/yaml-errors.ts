import { isAlias, isScalar, isSeq, isMap, visit, type Node, type YAMLError } from 'yaml';
import { enclosingNode, type ParsedYaml } from './yaml-positions.ts';
import { problem, type Position, type Problem } from './problem.ts';

const RULE = 'yaml-syntax';

interface Explained {
  message: string;
  /** Where the mistake starts, when that is earlier than where the parser noticed it. */
  offset?: number;
}

/** The line `offset` is on, and the field name and value written on it. */
function lineAt(text: string, offset: number) {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end === -1 ? undefined : end);
  const match = /^(\s*(?:-\s+)?([^\s:#][^:#]*?):\s+)(.*)$/.exec(line);
  return { start, line, prefix: match?.[1], key: match?.[2]?.trim(), value: match?.[3]?.trim() };
}

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The quoted value (`"…"` or `'…'`) that `offset` falls inside, if any. */
const openQuote = (parsed: ParsedYaml, offset: number) =>
  enclosingNode(parsed, offset, (n) => isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'));

/** Whether the text before `offset` on its line ends with a closing quote mark: `name: "Trade "and…`. */
const afterClosedQuote = (text: string, offset: number) =>
  /["'][^\S\n]*$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));

/** Whether the value on the line at `offset` holds ": ", which YAML reads as a field inside it. */
const colonInValue = (text: string, offset: number) => lineAt(text, offset).value?.includes(': ') ?? false;

/**
 * A plain-words explanation of one YAML parser error, saying what to write instead. The error is
 * told apart by the parser's code and by what is written where it occurred, never by the wording
 * of the parser's own message, which may change in any release.
 */
function explain(error: YAMLError, parsed: ParsedYaml): Explained {
  const offset = error.pos[0];
  const { key, value } = lineAt(parsed.text, offset);
  const example = key && value ? `, such as ${key}: ${quoted(value)}` : '';
  switch (error.code) {
    case 'MISSING_CHAR': {
      const open = openQuote(parsed, offset);
      if (open) {
        const mark = isScalar(open) && open.type === 'QUOTE_SINGLE' ? "'" : '"';
        return {
          message: `this value opens a quote mark (${mark}) that is never closed: end the value with ${mark} on the same line`,
          offset: open.range?.[0],
        };
      }
      return {
        message:
          'this line does not line up with the list item above it: indent every field of a list item to the same column, and start each new item with "- "',
      };
    }
    case 'BAD_INDENT': {
      const list = enclosingNode(parsed, offset, (n) => isSeq(n) && n.flow === true);
      if (list)
        return {
          message: 'this list opens with [ but is never closed: end it with ] on the same line',
          offset: list.range?.[0],
        };
      const map = enclosingNode(parsed, offset, (n) => isMap(n) && n.flow === true);
      if (map)
        return {
          message: 'this value opens with { but is never closed: end it with } on the same line',
          offset: map.range?.[0],
        };
      return {
        message:
          'this line is indented differently from the lines around it: fields start at the left edge, and list items and their fields line up under each other',
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (colonInValue(parsed.text, offset))
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
      if (afterClosedQuote(parsed.text, offset))
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

/**
 * Mistakes that stay on their own line: the rest of the YAML still reads as written, so its
 * fields can be checked in the same run. After any other mistake (an unclosed quote or list,
 * broken indentation) the parser's guess at the rest is not worth reporting on.
 */
export function isLocal(error: YAMLError, text: string): boolean {
  switch (error.code) {
    case 'DUPLICATE_KEY':
    case 'TAB_AS_INDENT':
    case 'BAD_SCALAR_START':
      return true;
    case 'UNEXPECTED_TOKEN':
      return afterClosedQuote(text, error.pos[0]);
    default:
      return false;
  }
}

/**
 * A value with ": " in it (`title: Rubio: he says`) makes YAML read the rest of the block as
 * part of that value. Writing the value in quotes, as the message tells the editor to, gives the
 * text the rest of the fields can be checked in; it has the same lines as the original.
 */
function quoteValue(text: string, error: YAMLError): string | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' || !colonInValue(text, error.pos[0])) return undefined;
  const { start, line, prefix, value } = lineAt(text, error.pos[0]);
  if (prefix === undefined || !value) return undefined;
  return text.slice(0, start) + prefix + quoted(value) + text.slice(start + line.length);
}

export interface YamlSyntax {
  problems: Problem[];
  /**
   * The text to check the fields in: the YAML itself, or with colon-in-value mistakes quoted;
   * undefined when the mistakes leave nothing worth checking.
   */
  readable?: string;
  /** The lines with a syntax problem, where field problems would only repeat it. */
  lines: Set<number>;
}

/** Every YAML syntax error in `parsed`, explained, at most one per line (later ones on a line are usually echoes). */
export function yamlSyntax(file: string, parsed: ParsedYaml): YamlSyntax {
  const problems: Problem[] = [];
  const lines = new Set<number>();
  const reported = new Set<number>();
  let readable: string | undefined = parsed.text;
  for (const error of [...parsed.doc.errors, ...parsed.doc.warnings]) {
    if (!isLocal(error, parsed.text)) readable = readable === undefined ? undefined : quoteValue(readable, error);
    const { message, offset } = explain(error, parsed);
    const at: Position = parsed.at(offset ?? error.pos[0]);
    lines.add(parsed.at(error.pos[0]).line).add(at.line);
    if (reported.has(at.line)) continue;
    reported.add(at.line);
    problems.push(problem(file, at, 'error', RULE, message));
  }
  return { problems, readable, lines };
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
    const { key, value } = alias?.range ? lineAt(parsed.text, alias.range[0]) : {};
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problems: [
        problem(
          file,
          at,
          'error',
          RULE,
          isAlias(alias)
            ? `YAML reads a value starting with \`*\` as a reference to another value: put it in quotes${key && value ? `, such as ${key}: ${quoted(value)}` : ''}`
            : `YAML cannot read this file (${detail}): check its quotes, colons and indentation`,
        ),
      ],
    };
  }
}
