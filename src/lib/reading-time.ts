/** Words a minute for reading news prose on a screen: a common, conservative figure. */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words a reader reads in a piece of Markdown: link targets, HTML tags and syntax are not words. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, '');
  return text.match(WORD)?.length ?? 0;
}

export interface ReadingTime {
  words: number;
  minutes: number;
}

/** Reading time for the given texts in whole minutes, rounded up: never less than the reading takes. */
export function readingTime(texts: readonly (string | undefined)[], wordsPerMinute = WORDS_PER_MINUTE): ReadingTime {
  const words = texts.reduce((sum, text) => sum + (text ? countWords(text) : 0), 0);
  const minutes = Math.max(1, Math.ceil(words / wordsPerMinute));
  return { words, minutes };
}

/** What a reader reads of a briefing: the dek, the body and the quotes shown on the page. */
export function briefingReadingTime(briefing: {
  body?: string | undefined;
  data: { dek: string; quotes?: readonly { text: string }[] | undefined };
}): ReadingTime {
  return readingTime([briefing.data.dek, briefing.body, ...(briefing.data.quotes ?? []).map((q) => q.text)]);
}
