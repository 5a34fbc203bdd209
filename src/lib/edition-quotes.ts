import type { Language } from '../schemas/edition.ts';
import type { BriefingLike } from './briefings.ts';
import { wordsOf, type Passage, type Quotation } from './quotations.ts';

/**
 * How a quotation reads in an edition. Words said in the edition's language are shown as said;
 * words said in another language are shown only as our translation, marked as such, with the
 * verbatim `original` beside them (in its language, `originalLang`).
 */
export interface ShownQuote {
  text: string;
  /** The language of `text`, when it is not the page's own (a quote said in another language). */
  lang?: string | undefined;
  /** Where it was said, in the edition's words; empty when the edition has no words for it. */
  context: string;
  /** The words as said, when `text` is our translation of them. */
  original?: string | undefined;
  originalLang?: string | undefined;
}

/** What a translation gives of a quote of its original. */
export interface QuoteTranslation {
  quote: string;
  translation: string;
  context: string;
}

/** A quote as the original briefing has it. */
export interface QuoteLike {
  text: string;
  context: string;
  lang?: string | undefined;
}

/**
 * A quote in edition `lang`, with `translations` the translated quotes of the briefings that cite
 * it (in edition `lang`); undefined when it was said in another language and none translates it.
 * A translation names the words it translates verbatim; punctuation and quote marks aside
 * (`wordsOf`), as quotations are matched across briefings.
 */
export function shownQuote(
  quote: QuoteLike,
  lang: Language,
  translations: readonly QuoteTranslation[] = [],
): ShownQuote | undefined {
  const said = quote.lang ?? 'en';
  const words = wordsOf(quote.text);
  const match =
    translations.find((t) => t.quote === quote.text) ?? translations.find((t) => wordsOf(t.quote) === words);
  // The English edition, where quotes are written, shows every quote as said; another edition
  // shows as said the words said in its language. The original's `context` is English prose:
  // another edition takes the context its translation gives, else shows none.
  if (said === lang || lang === 'en')
    return { text: quote.text, lang: quote.lang, context: lang === 'en' ? quote.context : (match?.context ?? '') };
  return (
    match && {
      text: match.translation,
      lang,
      context: match.context,
      original: quote.text,
      originalLang: said,
    }
  );
}

/** A passage (or an extract) of a person's quotations as an edition shows it. */
export type EditionQuotation<B extends BriefingLike, Q extends Quotation<B> = Quotation<B>> = Q & { shown: ShownQuote };
export type EditionPassage<B extends BriefingLike> = Omit<EditionQuotation<B, Passage<B>>, 'extracts'> & {
  extracts: EditionQuotation<B>[];
};

/**
 * A speaker's passages in edition `lang`: those it can show (said in its language, or translated
 * by a translation of a briefing citing them), each with its extracts it can show, in the order
 * given. `translationsOf(briefing)` gives the translated quotes of a briefing's version in `lang`.
 */
export function editionPassages<B extends BriefingLike>(
  passages: readonly Passage<B>[],
  lang: Language,
  translationsOf: (briefing: B) => readonly QuoteTranslation[],
): EditionPassage<B>[] {
  const show = <Q extends Quotation<B>>(q: Q): EditionQuotation<B, Q> | undefined => {
    const shown = shownQuote(q.quote, lang, q.briefings.flatMap(translationsOf));
    return shown && { ...q, shown };
  };
  return passages.flatMap((passage) => {
    const shown = show(passage);
    if (!shown) return [];
    const extracts = passage.extracts.flatMap((extract) => show(extract) ?? []);
    return [{ ...shown, extracts }];
  });
}
