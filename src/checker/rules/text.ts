import { isPair, isScalar, visit } from 'yaml';
import type { ParsedYaml } from '../yaml-positions.ts';
import { problem, type Problem } from '../problem.ts';

/**
 * Characters no text field may hold: C0 and C1 control characters (other than tab and line
 * breaks), which XML cannot carry and pages would show as garbage, and the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text display in another
 * order than it reads.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(char: string): string {
  return /[\u202A-\u202E\u2066-\u2069]/u.test(char)
    ? `a bidirectional control character (${codePoint(char)}), which makes text display in another order than it reads`
    : `an invisible control character (${codePoint(char)})`;
}

/** Every string in a data file or frontmatter block, keys included, checked for FORBIDDEN characters. */
export function checkTextCharacters(file: string, parsed: ParsedYaml): Problem[] {
  const out: Problem[] = [];
  visit(parsed.doc, {
    Scalar(key, node, path) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const found = FORBIDDEN.exec(node.value);
      if (!found || !node.range) return;
      // Where the character is written; an escape such as "\e" puts it in the value only.
      const written = parsed.text.slice(node.range[0], node.range[1]).search(FORBIDDEN);
      const at = parsed.at(node.range[0] + Math.max(written, 0));
      const field = path.flatMap((p) => (isPair(p) && isScalar(p.key) ? [String(p.key.value)] : [])).join('.');
      const what = key === 'key' ? 'this field name' : field ? `\`${field}\`` : 'this text';
      out.push(
        problem(
          file,
          at,
          'error',
          'text-control-character',
          `${what} holds ${describe(found[0])}: delete it, retyping the words around it if it cannot be seen`,
        ),
      );
    },
  });
  return out;
}
