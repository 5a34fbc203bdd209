import { describe, expect, it } from 'vitest';
import {
  closeParaphrases,
  closestPassage,
  copiedRuns,
  idsIn,
  indexSource,
  quotationInSource,
  quotationParts,
  tokenize,
  wordsInOrder,
} from '../../src/checker/source-text.ts';
import { blankMarkup, bodyPassages, splitQuotations } from '../../src/checker/passages.ts';

const SOURCE = indexSource(
  'The ferry board will open a second terminal in the spring, its chair said on Tuesday.\n' +
    '"We have waited far too long. The town is ready for it," she said.\n' +
    '“It will carry twice as many [passengers] as the old pier,” the chair added.',
);
const prose = (text: string) =>
  idsIn(
    tokenize(text).map((t) => t.word),
    SOURCE,
  );

describe('folding and tokens', () => {
  it('folds case and curly apostrophes, and keeps offsets into the text', () => {
    expect(tokenize('They’ve  SAID—it')).toEqual([
      { word: "they've", start: 0, end: 7 },
      { word: 'said', start: 9, end: 13 },
      { word: 'it', start: 14, end: 16 },
    ]);
  });

  it('keeps square brackets only when asked', () => {
    expect(tokenize('wanted [in the US]').map((t) => t.word)).toEqual(['wanted', 'in', 'the', 'us']);
    expect(tokenize('wanted [in the US]', { brackets: true }).map((t) => t.word)).toEqual([
      'wanted',
      '[',
      'in',
      'the',
      'us',
      ']',
    ]);
  });

  it('splits a quotation at its ellipses, in any of their forms', () => {
    expect(quotationParts('We have … long. [...] The town . . . ready')).toEqual([
      ['we', 'have'],
      ['long'],
      ['the', 'town'],
      ['ready'],
    ]);
  });
});

describe('quotations against the source', () => {
  it.each([
    ['We have waited far too long.'],
    ['we have waited far too long'],
    ['“The town is ready for it”'],
    ['It will carry twice as many [passengers] as the old pier'],
    ['We have waited ... The town is ready'],
    ['waited far too long. The town'],
  ])('finds %j', (quote) => expect(quotationInSource(quote, SOURCE)).toBe(true));

  it.each([
    ['We have waited far too long for this.'],
    ['It will carry twice as many passengers as the old pier'],
    ['It will carry twice as many [people] as the old pier'],
    ['The town is ready ... We have waited'],
    ['The town is ready for us'],
  ])('does not find %j', (quote) => expect(quotationInSource(quote, SOURCE)).toBe(false));

  it('shows the closest passage in the source’s own spelling', () => {
    expect(closestPassage('The town is ready for us', SOURCE).text).toBe('The town is ready for it');
    expect(closestPassage('carry twice as many people as the old pier', SOURCE).text).toBe(
      'carry twice as many [passengers] as the old pier',
    );
  });
});

describe('copying and close paraphrase', () => {
  it('counts words in the same order', () => {
    expect(wordsInOrder([1, 2, 3, 4, 5], [1, 9, 3, 5, 4])).toBe(3);
    expect(wordsInOrder([], [1])).toBe(0);
  });

  it('finds a run of 8 source words and merges the runs that follow on', () => {
    expect(copiedRuns(prose('So the ferry board will open a second terminal in the spring soon'), SOURCE)).toEqual([
      { first: 1, last: 11 },
    ]);
    expect(copiedRuns(prose('the ferry board will open a second hall in the spring'), SOURCE)).toEqual([]);
  });

  it('finds a 12-word window that follows a sentence with a few words swapped', () => {
    const text = 'The ferry board is to open a second terminal in the spring, its chair told us.';
    const found = closeParaphrases(prose(text), SOURCE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ first: 0, sentence: 0 });
    expect(tokenize(text)[found[0]!.last]!.word).toBe('chair');
  });

  it('leaves own words about the same facts alone', () => {
    const text = 'A second terminal should be ready by spring, the chair of the board told reporters this week.';
    expect(closeParaphrases(prose(text), SOURCE)).toEqual([]);
    expect(copiedRuns(prose(text), SOURCE)).toEqual([]);
  });
});

describe('passages of a briefing', () => {
  it('blanks Markdown and HTML without moving any word', () => {
    const text = 'See [the report](/briefings/x/) and <span lang="es">“mano dura”</span> `code`.';
    const blanked = blankMarkup(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/ +/g, ' ')).toBe('See the report and “mano dura” .');
    expect(blanked.indexOf('report')).toBe(text.indexOf('report'));
  });

  it('splits prose from quotations, curly or straight, and runs an open one to the end', () => {
    const at = (o: number) => ({ line: 1, column: o + 1 });
    expect(splitQuotations('He said "yes" and “no” then "more', at).map((p) => [p.kind, p.text])).toEqual([
      ['prose', 'He said '],
      ['quotation', 'yes'],
      ['prose', ' and '],
      ['quotation', 'no'],
      ['prose', ' then '],
      ['quotation', 'more'],
    ]);
  });

  it('gives every passage its line and column in the file, and skips code', () => {
    const body = [
      '## What was said',
      '',
      '- She said "we are',
      '  ready" today.',
      '',
      '> The town is ready for it.',
      '> — the chair',
      '',
      '```',
      '"not a quotation"',
      '```',
    ].join('\n');
    const found = bodyPassages(body, 20).map((p) => [p.kind, p.text.trim(), p.at(0)]);
    expect(found).toEqual([
      ['prose', 'What was said', { line: 20, column: 4 }],
      ['prose', 'She said', { line: 22, column: 3 }],
      ['quotation', 'we are\n  ready', { line: 22, column: 13 }],
      ['prose', 'today.', { line: 23, column: 9 }],
      ['quotation', 'The town is ready for it.', { line: 25, column: 3 }],
      ['prose', '— the chair', { line: 25, column: 28 }],
    ]);
  });
});
