/**
 * Pure text helpers for comparing a briefing with the archived text of a source: words folded
 * so that case, curly and straight marks, dashes and spacing do not matter; the source indexed
 * once for quotation look-ups, runs of copied words and close paraphrases; and the closest
 * passage of the source to a quotation that is not in it.
 */
import { distance } from 'fastest-levenshtein';

/** A word (or a square bracket, which quotations must keep where the source has it) and where it starts. */
export interface Token {
  word: string;
  /** Offset of its first character in the text it was read from. */
  start: number;
  end: number;
}

/** How many consecutive words of a source, outside quotation marks, count as copying. */
export const COPY_RUN = 8;
/** The window a close paraphrase is looked for in, and how many of its words must follow a source sentence in order. */
export const PARAPHRASE_WINDOW = 12;
export const PARAPHRASE_SHARED = 9;
/** Word pairs (not both function words) a window must share with a sentence before the words are compared. */
const PAIRS_NEEDED = 3;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHES = "'’ʼ";

/** Whether the character at `i` belongs to a word: ASCII letters and digits at once, others by their Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Lower case, with curly apostrophes made straight. */
export const foldWord = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('ʼ') ? lower.replace(/[’ʼ]/g, "'") : lower;
};

/**
 * The words of `text` (and its square brackets when `brackets`), folded, with their offsets. A
 * word is a run of letters and digits, apostrophes inside it included ("they've").
 */
export function tokenize(text: string, { brackets = false } = {}): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      const c = text[i]!;
      if (brackets && (c === '[' || c === ']')) tokens.push({ word: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isWordChar(text, i) || (APOSTROPHES.includes(text[i]!) && i + 1 < n && isWordChar(text, i + 1))))
      i++;
    tokens.push({ word: foldWord(text.slice(start, i)), start, end: i });
  }
  return tokens;
}

/** An ellipsis (three dots, the single character, or either in square brackets) marks an omission. */
const ELLIPSIS = /\[?(?:\.\s*\.\s*\.|…)\]?/g;

/** The parts of a quotation between its ellipses, each as folded words and brackets. */
export function quotationParts(quote: string): string[][] {
  return quote
    .split(ELLIPSIS)
    .map((part) => tokenize(part, { brackets: true }).map((t) => t.word))
    .filter((words) => words.some((w) => w !== '[' && w !== ']'));
}

/** Words the paraphrase rule does not count as shared content (they are in every sentence). */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with and or but as is are was were be been has have had ' +
    'that this these those it its their they them he she his her we our us i not no than then so ' +
    'into over about after before while which who whom what when where also more most very'
  ).split(' '),
);
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word);

/** A sentence of the source: where its words are in the source's word list, and its text. */
export interface SourceSentence {
  first: number;
  last: number;
  text: string;
}

/** A source's text, read once for every briefing that cites it. */
export interface SourceIndex {
  text: string;
  tokens: Token[];
  /** Words and brackets, space-joined with a space either side, for whole-word look-ups. */
  joinedWithBrackets: string;
  /** Word → a small number, for the run and window look-ups. */
  ids: Map<string, number>;
  /** The source's words as those numbers. */
  wordIds: number[];
  /** Every run of COPY_RUN word ids: its hash (see runHash) → where such runs start. */
  runs: Map<number, number[]>;
  sentences: SourceSentence[];
  /**
   * Each pair of adjacent word ids in a sentence (see pairKey) → the sentences it occurs in, or
   * none for a pair of two function words: present, but no sign of a paraphrase.
   */
  sentencesOfPair: Map<number, number[]>;
}

const SENTENCE_END = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|\n+/gu;

function sentencesIn(text: string, tokens: Token[]): SourceSentence[] {
  const sentences: SourceSentence[] = [];
  let from = 0;
  let first = 0;
  const cut = (to: number) => {
    let last = first;
    while (last < tokens.length && tokens[last]!.start < to) last++;
    if (last > first)
      sentences.push({
        first,
        last: last - 1,
        text: text
          .slice(from, to)
          .trim()
          .replace(/^["“]|["”]$/g, ''),
      });
    first = last;
    from = to;
  };
  for (const match of text.matchAll(SENTENCE_END)) cut(match.index + match[0].length);
  cut(text.length);
  return sentences;
}

/** A number for a pair of word ids of the source. */
export const pairKey = (a: number, b: number, source: SourceIndex) => a * source.ids.size + b;

/** A hash of the COPY_RUN word ids from `from`; equal runs have equal hashes (a match is then confirmed word by word). */
export function runHash(ids: readonly number[], from: number): number {
  let h = 0;
  for (let k = from; k < from + COPY_RUN; k++) h = (Math.imul(h, 0x01000193) ^ ids[k]!) >>> 0;
  return h;
}

const sameRun = (a: readonly number[], from: number, b: readonly number[], at: number) => {
  for (let k = 0; k < COPY_RUN; k++) if (a[from + k] !== b[at + k]) return false;
  return true;
};

export function indexSource(text: string): SourceIndex {
  const tokens = tokenize(text);
  const ids = new Map<string, number>();
  const wordIds = tokens.map((t) => {
    let id = ids.get(t.word);
    if (id === undefined) ids.set(t.word, (id = ids.size));
    return id;
  });
  const runs = new Map<number, number[]>();
  for (let i = 0; i + COPY_RUN <= wordIds.length; i++) {
    const h = runHash(wordIds, i);
    runs.set(h, [...(runs.get(h) ?? []), i]);
  }
  const sentences = sentencesIn(text, tokens);
  const sentencesOfPair = new Map<number, number[]>();
  const functionWord = tokens.map((t) => isFunctionWord(t.word));
  sentences.forEach((sentence, n) => {
    for (let i = sentence.first + 1; i <= sentence.last; i++) {
      const key = wordIds[i - 1]! * ids.size + wordIds[i]!;
      const list = sentencesOfPair.get(key) ?? [];
      if (!(functionWord[i] && functionWord[i - 1]) && list.at(-1) !== n) list.push(n);
      sentencesOfPair.set(key, list);
    }
  });
  const withBrackets = tokenize(text, { brackets: true }).map((t) => t.word);
  return {
    text,
    tokens,
    joinedWithBrackets: ` ${withBrackets.join(' ')} `,
    ids,
    wordIds,
    runs,
    sentences,
    sentencesOfPair,
  };
}

/** Whether every part of the quotation is in the source word for word, the parts in order. */
export function quotationInSource(quote: string, source: SourceIndex): boolean {
  let from = 0;
  for (const part of quotationParts(quote)) {
    const at = source.joinedWithBrackets.indexOf(` ${part.join(' ')} `, from);
    if (at === -1) return false;
    from = at + part.join(' ').length + 1;
  }
  return true;
}

/**
 * The passage of the source closest to the quotation: of the source's stretches as many words
 * long as the quotation, the one fewest letters away from it, in the source's own spelling.
 */
export function closestPassage(quote: string, source: SourceIndex): { text: string; cost: number } {
  const words = tokenize(quote).map((t) => t.word);
  const n = Math.max(1, Math.min(words.length, source.tokens.length));
  const wanted = words.join(' ');
  let best = { at: 0, cost: Infinity };
  for (let i = 0; i + n <= source.tokens.length; i++) {
    const window = source.tokens
      .slice(i, i + n)
      .map((t) => t.word)
      .join(' ');
    const cost = distance(wanted, window);
    if (cost < best.cost) best = { at: i, cost };
  }
  const first = source.tokens[best.at];
  const last = source.tokens[best.at + n - 1];
  return { text: first && last ? source.text.slice(first.start, last.end) : '', cost: best.cost };
}

/** The length of the longest common subsequence of two word-id lists: how many words follow in the same order. */
export function wordsInOrder(a: readonly number[], b: readonly number[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return previous[b.length]!;
}

/** A stretch of a briefing's prose that matches the source: token indexes into the prose, inclusive. */
export interface Match {
  first: number;
  last: number;
  /** For a paraphrase: the source sentence it follows. */
  sentence?: number;
}

/** The ids of the prose words in the source's vocabulary (-1 for a word the source never uses). */
export const idsIn = (words: readonly string[], source: SourceIndex) => words.map((w) => source.ids.get(w) ?? -1);

/**
 * For each prose word, the source sentences that hold it together with the word before it, or
 * undefined when no sentence of the source has the two together: looked up once for both rules.
 */
export type PairHits = (readonly number[] | undefined)[];
export const pairsIn = (ids: readonly number[], source: SourceIndex): PairHits =>
  ids.map((id, i) =>
    i > 0 && id !== -1 && ids[i - 1] !== -1 ? source.sentencesOfPair.get(pairKey(ids[i - 1]!, id, source)) : undefined,
  );

/** Maximal runs of COPY_RUN or more prose words that stand in the source in the same order. */
export function copiedRuns(ids: readonly number[], source: SourceIndex, pairs = pairsIn(ids, source)): Match[] {
  const found: Match[] = [];
  let paired = 0; // how many pairs of words in a row, ending here, are pairs in the source
  for (let i = 0; i < ids.length; i++) {
    paired = pairs[i] ? paired + 1 : 0;
    if (paired < COPY_RUN - 1) continue;
    const from = i - COPY_RUN + 1;
    const starts = source.runs.get(runHash(ids, from));
    if (!starts?.some((at) => sameRun(ids, from, source.wordIds, at))) continue;
    const last = found.at(-1);
    if (last && last.last >= from - 1) last.last = i;
    else found.push({ first: from, last: i });
  }
  return found;
}

/**
 * Windows of up to PARAPHRASE_WINDOW prose words that follow one source sentence with at least
 * PARAPHRASE_SHARED of their words in the same order (or all but a quarter, in a shorter
 * stretch of prose), merged while they overlap and follow the same sentence. A window is only
 * compared word by word with a sentence it shares PAIRS_NEEDED word pairs with, which is what
 * keeps this fast: windows slide one word at a time, updating the count of pairs each sentence
 * shares with the window.
 */
export function closeParaphrases(ids: readonly number[], source: SourceIndex, pairs = pairsIn(ids, source)): Match[] {
  const size = Math.min(PARAPHRASE_WINDOW, ids.length);
  if (size < COPY_RUN) return [];
  const needed = size === PARAPHRASE_WINDOW ? PARAPHRASE_SHARED : Math.ceil(size * 0.75);
  const found: Match[] = [];
  const shared = new Int32Array(source.sentences.length); // sentence → word pairs it shares with the window
  const hot: number[] = []; // the sentences that share PAIRS_NEEDED or more
  const count = (i: number, by: 1 | -1) => {
    for (const s of pairs[i] ?? []) {
      shared[s]! += by;
      if (by === 1 && shared[s] === PAIRS_NEEDED) hot.push(s);
      if (by === -1 && shared[s] === PAIRS_NEEDED - 1) hot.splice(hot.indexOf(s), 1);
    }
  };
  for (let end = 0; end < ids.length; end++) {
    count(end, 1); // the pair ending at the new word
    const start = end - size + 1;
    if (start < 0) continue;
    if (start > 0) count(start, -1); // the pair that began at the word that left
    for (const s of hot) {
      const sentence = source.sentences[s]!;
      if (wordsInOrder(ids.slice(start, end + 1), source.wordIds.slice(sentence.first, sentence.last + 1)) < needed)
        continue;
      const last = found.at(-1);
      if (last && last.sentence === s && last.last >= start) last.last = end;
      else found.push({ first: start, last: end, sentence: s });
      break;
    }
  }
  return found.map((m) => fitToSentence(m, ids, source));
}

/**
 * A paraphrase's span, trimmed to start and end on words of its sentence, and widened back over
 * the sentence's words before it (past at most three others at a time).
 */
function fitToSentence(match: Match, ids: readonly number[], source: SourceIndex): Match {
  const sentence = source.sentences[match.sentence!]!;
  const words = new Set(source.wordIds.slice(sentence.first, sentence.last + 1));
  let { first, last } = match;
  while (first < last && !words.has(ids[first]!)) first++;
  while (last > first && !words.has(ids[last]!)) last--;
  for (let k = first - 1, gap = 0; k >= 0 && k > match.first - PARAPHRASE_WINDOW && gap <= 3; k--) {
    if (words.has(ids[k]!)) [first, gap] = [k, 0];
    else gap++;
  }
  return { ...match, first, last };
}
