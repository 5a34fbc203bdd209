/**
 * A briefing's words as the source rules read them: quotations (text in quotation marks, a
 * block quote, a frontmatter quote's `text`) and the prose between them, each with a way back
 * from an offset in its text to the line and column in the file. Markdown syntax (link
 * addresses, HTML tags, code, list and heading markers) is blanked out with spaces, so that
 * offsets keep pointing at the file.
 */
import type { Position } from './problem.ts';

export interface Passage {
  kind: 'prose' | 'quotation';
  text: string;
  /** Where the character at `offset` of `text` is in the file. */
  at(offset: number): Position;
}

/** Replaces each match with spaces (keeping line breaks), or keeps the group `keep` of it in place. */
function blank(text: string, pattern: RegExp, keep?: number): string {
  return text.replace(pattern, (...args) => {
    const whole = args[0] as string;
    const spaces = (s: string) => s.replace(/[^\n]/g, ' ');
    if (keep === undefined) return spaces(whole);
    const kept = (args[keep] as string | undefined) ?? '';
    const at = whole.indexOf(kept, 1);
    return spaces(whole.slice(0, at)) + kept + spaces(whole.slice(at + kept.length));
  });
}

/** Markdown and HTML that are not words: blanked so that offsets stay where they were. */
export function blankMarkup(text: string): string {
  let out = text;
  if (out.includes('<')) {
    out = blank(out, /<!--[\s\S]*?-->/g);
    out = blank(out, /<\/?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>]*>/g);
  }
  if (out.includes('`')) out = blank(out, /(`+)[^`]*?\1/g);
  if (out.includes('[')) {
    out = blank(out, /!\[[^\]]*\]\([^)]*\)/g);
    out = blank(out, /\[([^\]]*)\]\([^)]*\)/g, 1);
    out = blank(out, /\[([^\]]*)\]\[[^\]]*\]/g, 1);
  }
  return out;
}

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);
const QUOTE_MARKS = /["“”]/g;

/**
 * Splits text into prose and the quotations in it: a quotation opens at `"` or `“` and closes
 * at the next `"` or `”`; one left open runs to the end of the text (a quotation going on into
 * the next paragraph reopens there).
 */
export function splitQuotations(text: string, at: Passage['at']): Passage[] {
  const passages: Passage[] = [];
  const push = (kind: Passage['kind'], from: number, to: number) => {
    if (to <= from) return;
    passages.push({ kind, text: text.slice(from, to), at: (offset) => at(from + offset) });
  };
  let from = 0;
  let open = -1;
  for (const mark of text.matchAll(QUOTE_MARKS)) {
    const i = mark.index;
    if (open === -1 && OPEN.has(mark[0])) {
      push('prose', from, i);
      open = i + 1;
    } else if (open !== -1 && CLOSE.has(mark[0])) {
      push('quotation', open, i);
      open = -1;
      from = i + 1;
    }
  }
  if (open !== -1) push('quotation', open, text.length);
  else push('prose', from, text.length);
  return passages;
}

interface Line {
  text: string;
  line: number;
  /** The 1-based column `text` starts at. */
  column: number;
}

function block(lines: Line[], kind: 'prose' | 'blockquote'): Passage[] {
  const text = blankMarkup(lines.map((l) => l.text).join('\n'));
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.text.length + 1;
  }
  const at = (o: number): Position => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > o) i--;
    return { line: lines[i]!.line, column: lines[i]!.column + o - starts[i]! };
  };
  if (kind === 'prose') return splitQuotations(text, at);
  // A block quote is a quotation; a last line that starts with a dash names who said it.
  const attribution = /^\s*(?:—|―|--)/.test(lines.at(-1)!.text) && lines.length > 1;
  const quoted = attribution ? starts.at(-1)! - 1 : text.length;
  const passages: Passage[] = [{ kind: 'quotation', text: text.slice(0, quoted), at }];
  if (attribution) passages.push(...splitQuotations(text.slice(quoted), (o) => at(quoted + o)));
  return passages;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const QUOTE_MARKER = /^(\s{0,3}>\s?)+/;
const LIST_MARKER = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s/;

/**
 * The passages of a Markdown body whose first line is line `firstLine` of the file: each
 * paragraph, heading and list item split into prose and quotations, each block quote a
 * quotation; code is left out.
 */
export function bodyPassages(body: string, firstLine: number): Passage[] {
  const passages: Passage[] = [];
  let current: Line[] = [];
  let currentKind: 'prose' | 'blockquote' = 'prose';
  const flush = () => {
    if (current.length) passages.push(...block(current, currentKind));
    current = [];
  };
  let fence: string | undefined;
  body.split('\n').forEach((raw, i) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const line = firstLine + i;
    const fenceMark = FENCE.exec(text)?.[1];
    if (fence) {
      if (fenceMark === fence) fence = undefined;
      return;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      return;
    }
    if (text.trim() === '' || DEFINITION.test(text) || (/^ {4,}|^\t/.test(text) && current.length === 0)) {
      flush();
      return;
    }
    const quote = QUOTE_MARKER.exec(text)?.[0];
    const kind = quote ? 'blockquote' : 'prose';
    let prefix = quote?.length ?? 0;
    const rest = text.slice(prefix);
    const marker = HEADING.exec(rest)?.[0] ?? LIST_MARKER.exec(rest)?.[0];
    if (kind !== currentKind || marker || HEADING.test(rest)) flush();
    currentKind = kind;
    prefix += marker?.length ?? 0;
    if (quote && rest.trim() === '') {
      flush();
      return;
    }
    current.push({ text: text.slice(prefix), line, column: prefix + 1 });
    if (HEADING.test(rest)) flush();
  });
  flush();
  return passages;
}
