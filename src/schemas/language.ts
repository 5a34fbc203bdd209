import { z } from 'astro/zod';

/** A BCP 47 language tag as used in HTML `lang`: "es", "es-MX", "pt-BR". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2}|-[0-9]{3})?$/;

/**
 * The language of a piece of text when it is not English, so that it is rendered with
 * `lang` and screen readers pronounce it as that language.
 */
export const languageTagSchema = z.string({ error: 'must be a language tag such as "es"' }).regex(LANGUAGE_TAG, {
  error: 'must be a language tag such as "es" or "es-MX"',
});
