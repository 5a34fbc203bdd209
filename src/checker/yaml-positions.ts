import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Position } from './problem.ts';

export interface ParsedYaml {
  doc: Document;
  /** The YAML text as parsed. */
  text: string;
  /** The file line the text starts on. */
  firstLine: number;
  /** Turns an offset in the YAML text into a position in the file. */
  at(offset: number): Position;
  /** The position of the mapping the YAML starts with (for problems about missing keys). */
  start: Position;
}

/**
 * Parses YAML keeping positions. `firstLine` is the file line the YAML text starts on
 * (2 for frontmatter after a `---` line, 1 for a data file).
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const contentsStart = (doc.contents as Node | null)?.range?.[0];
  return {
    doc,
    text,
    firstLine,
    at,
    start: contentsStart === undefined ? { line: Math.max(1, firstLine - 1), column: 1 } : at(contentsStart),
  };
}

/**
 * Where a value path such as ["quotes", 0, "speaker"] is written: the key of a mapping entry
 * or the item of a list. A path that stops early (a missing key) points at the deepest part
 * that exists.
 */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[]): Position {
  let node: unknown = parsed.doc.contents;
  let position = parsed.start;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) position = parsed.at(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) position = parsed.at(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return position;
}

/** The innermost node that `test` accepts and whose text runs through `offset`, such as an unclosed quoted value. */
export function enclosingNode(parsed: ParsedYaml, offset: number, test: (node: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(parsed.doc, {
    Node(_key, node) {
      const range = node.range;
      if (range && range[0] < offset && offset <= range[2] && test(node)) found = node;
    },
  });
  return found;
}
