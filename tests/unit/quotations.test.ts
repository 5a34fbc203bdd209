import { describe, expect, it } from 'vitest';
import { passagesBySpeaker, wordsOf } from '../../src/lib/quotations.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const quote = (speaker: string, text: string, source = 'afp', context = 'Testimony') => ({
  speaker,
  text,
  context,
  source,
});

/** A speaker's passages as [text, citing briefings, extracts as [text, citing briefings]]. */
const shown = (briefings: ReturnType<typeof briefing>[], speaker = 'rubio') =>
  (passagesBySpeaker(briefings).get(speaker) ?? []).map((p) => [
    p.quote.text,
    p.briefings.map((b) => b.id),
    p.extracts.map((e) => [e.quote.text, e.briefings.map((b) => b.id)]),
  ]);

describe('wordsOf, what makes two quotes the same words', () => {
  it('sets aside case, punctuation, spacing and the form of apostrophes', () => {
    expect(wordsOf('They’ve been  cooperative.')).toBe(wordsOf("they've been cooperative"));
    expect(wordsOf('“Historic,” she said')).toBe('historic she said');
    expect(wordsOf('people wanted [in the US].')).toBe('people wanted in the us');
  });

  it('keeps different words different', () => {
    expect(wordsOf('We want to help stop that flow.')).not.toBe(wordsOf('We want to stop that flow.'));
  });
});

describe('a quotation is one thing', () => {
  const stop = 'We want to help stop that flow.';
  const longer =
    'The cartels that operate within Mexico and threaten the state are armed from weapons that are bought in the United States and shipped there. We want to help stop that flow.';

  it('the same words quoted in three briefings are one quotation citing all three, newest first', () => {
    const bs = [
      briefing('first', { published: day('2026-01-01'), quotes: [quote('rubio', stop)] }),
      briefing('third', { published: day('2026-01-09'), quotes: [quote('rubio', stop)] }),
      briefing('second', { published: day('2026-01-05'), quotes: [quote('rubio', 'we want to help stop that flow')] }),
    ];
    expect(shown(bs)).toEqual([[stop, ['third', 'second', 'first'], []]]);
  });

  it('keeps the wording, context and language of the first briefing to quote it', () => {
    const bs = [
      briefing('later', { published: day('2026-01-09'), quotes: [quote('rubio', 'we want to help stop that flow')] }),
      briefing('earlier', { published: day('2026-01-01'), quotes: [quote('rubio', stop, 'afp', 'To Congress')] }),
    ];
    const [passage] = passagesBySpeaker(bs).get('rubio')!;
    expect(passage!.quote).toEqual(quote('rubio', stop, 'afp', 'To Congress'));
  });

  it('a briefing quoting the same words twice cites them once', () => {
    const bs = [briefing('twice', { quotes: [quote('rubio', stop), quote('rubio', stop)] })];
    expect(shown(bs)).toEqual([[stop, ['twice'], []]]);
  });

  it('the same words from another speaker, or in another source, are another quotation', () => {
    const bs = [
      briefing('a', { quotes: [quote('rubio', stop), quote('rubio', stop, 'reuters'), quote('sheinbaum', stop)] }),
    ];
    expect(shown(bs)).toEqual([
      [stop, ['a'], []],
      [stop, ['a'], []],
    ]);
    expect(shown(bs, 'sheinbaum')).toEqual([[stop, ['a'], []]]);
  });

  it('a shorter extract of a longer passage is shown under it, with the briefings citing each', () => {
    const bs = [
      briefing('guns', { published: day('2026-01-02'), quotes: [quote('rubio', longer)] }),
      briefing('watch', { published: day('2026-01-08'), quotes: [quote('rubio', stop)] }),
      briefing('historic', { published: day('2026-01-06'), quotes: [quote('rubio', stop)] }),
    ];
    expect(shown(bs)).toEqual([[longer, ['guns'], [[stop, ['watch', 'historic']]]]]);
    expect(
      passagesBySpeaker(bs)
        .get('rubio')![0]!
        .citedIn.map((b) => b.id),
    ).toEqual(['watch', 'historic', 'guns']);
  });

  it('extracts of extracts belong to the longest passage, longest extract first', () => {
    const whole = 'They have been very responsive. They have increased cooperation. It has been productive.';
    const middle = 'They have increased cooperation. It has been productive.';
    const least = 'It has been productive';
    const bs = [
      briefing('a', { published: day('2026-01-01'), quotes: [quote('rubio', least)] }),
      briefing('b', { published: day('2026-01-02'), quotes: [quote('rubio', whole)] }),
      briefing('c', { published: day('2026-01-03'), quotes: [quote('rubio', middle)] }),
    ];
    expect(shown(bs)).toEqual([
      [
        whole,
        ['b'],
        [
          [middle, ['c']],
          [least, ['a']],
        ],
      ],
    ]);
  });

  it('words that merely share a word-fragment are not an extract', () => {
    const bs = [briefing('a', { quotes: [quote('rubio', 'Historic'), quote('rubio', 'prehistoric times')] })];
    expect(shown(bs).map(([text]) => text)).toEqual(['Historic', 'prehistoric times']);
  });
});

describe('the order of a person’s quotations', () => {
  it('newest first by the first briefing to quote each (passage or extract), then in that briefing’s order', () => {
    const bs = [
      briefing('jan', { published: day('2026-01-01'), quotes: [quote('rubio', 'Old words.')] }),
      briefing('mar', {
        published: day('2026-03-01'),
        quotes: [quote('rubio', 'First in March.'), quote('rubio', 'Second in March.'), quote('rubio', 'Old words.')],
      }),
      briefing('feb', { published: day('2026-02-01'), quotes: [quote('rubio', 'February words.')] }),
    ];
    expect(shown(bs).map(([text]) => text)).toEqual([
      'First in March.',
      'Second in March.',
      'February words.',
      'Old words.',
    ]);
  });

  it('does not depend on the order the briefings are read in, even on the same day', () => {
    const bs = [
      briefing('beta', { published: day('2026-01-01'), quotes: [quote('rubio', 'From beta.')] }),
      briefing('alpha', { published: day('2026-01-01'), quotes: [quote('rubio', 'From alpha.')] }),
      briefing('gamma', { published: day('2026-01-01'), quotes: [quote('rubio', 'From gamma.')] }),
    ];
    const orders = [bs, [...bs].reverse(), [bs[1]!, bs[2]!, bs[0]!]].map((list) => shown(list).map(([t]) => t));
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
    // Same day: as everywhere on the site, by slug (compareNewestFirst).
    expect(orders[0]).toEqual(['From alpha.', 'From beta.', 'From gamma.']);
  });
});
