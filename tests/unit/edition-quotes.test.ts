import { describe, expect, it } from 'vitest';
import { editionPassages, shownQuote } from '../../src/lib/edition-quotes.ts';
import { passagesBySpeaker } from '../../src/lib/quotations.ts';
import { briefing } from '../helpers/briefings.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const said = (text: string, lang?: string) => ({
  speaker: 'rubio',
  text,
  context: 'Testimony',
  source: 'afp',
  ...(lang ? { lang } : {}),
});

describe('a quote in an edition', () => {
  const translations = [{ quote: 'We want to help.', translation: 'Queremos ayudar.', context: 'Comparecencia' }];

  it('shows English words in Spanish only as our translation, with the original and its language', () => {
    expect(shownQuote(said('We want to help.'), 'es', translations)).toEqual({
      text: 'Queremos ayudar.',
      lang: 'es',
      context: 'Comparecencia',
      original: 'We want to help.',
      originalLang: 'en',
    });
    // The same words with other quote marks or punctuation are the same quotation.
    expect(shownQuote(said('“We want to help”'), 'es', translations)?.text).toBe('Queremos ayudar.');
    expect(shownQuote(said('Something untranslated.'), 'es', translations)).toBeUndefined();
  });

  it('shows words said in the edition’s language as said, never with the English context', () => {
    expect(shownQuote(said('mano dura', 'es'), 'es')).toEqual({ text: 'mano dura', lang: 'es', context: '' });
    expect(
      shownQuote(said('mano dura', 'es'), 'es', [
        { quote: 'mano dura', translation: 'mano dura', context: 'Su término' },
      ]),
    ).toEqual({ text: 'mano dura', lang: 'es', context: 'Su término' });
    expect(shownQuote(said('mano dura', 'es'), 'en')).toEqual({ text: 'mano dura', lang: 'es', context: 'Testimony' });
    expect(shownQuote(said('We want to help.'), 'en')).toEqual({ text: 'We want to help.', context: 'Testimony' });
  });
});

describe('a speaker’s passages in an edition', () => {
  const older = briefing('older', { published: day('2026-01-01'), quotes: [said('We want to help stop that flow.')] });
  const newer = briefing('newer', {
    published: day('2026-01-05'),
    quotes: [said('We want to help.'), said('Never translated.'), said('mano dura', 'es')],
  });
  const translated: Record<string, { quote: string; translation: string; context: string }[]> = {
    older: [
      { quote: 'We want to help stop that flow.', translation: 'Queremos ayudar a frenar ese flujo.', context: 'C' },
    ],
    newer: [],
  };

  it('keeps the passages it can show, each once, with the extracts it can show', () => {
    const passages = passagesBySpeaker([older, newer]).get('rubio')!;
    const shown = editionPassages(passages, 'es', (b) => translated[b.id] ?? []);
    expect(shown.map((p) => [p.shown.text, p.extracts.map((e) => e.shown.text)])).toEqual([
      ['mano dura', []],
      // "We want to help." is an extract of the older passage; nobody translated the extract itself.
      ['Queremos ayudar a frenar ese flujo.', []],
    ]);
    translated.newer = [{ quote: 'We want to help.', translation: 'Queremos ayudar.', context: 'C' }];
    const withExtract = editionPassages(passages, 'es', (b) => translated[b.id] ?? []);
    expect(withExtract[1]!.extracts.map((e) => [e.shown.text, e.briefings.map((b) => b.id)])).toEqual([
      ['Queremos ayudar.', ['newer']],
    ]);
  });
});
