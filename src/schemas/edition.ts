import { z } from 'astro/zod';
import { textError } from './messages.ts';

/** The editions the site publishes, English first (the default, at the site root). */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** A text field of a translated block: trimmed, with the same limits as the English field it translates. */
export function translatedText(what: string, min: number, max: number) {
  return z
    .string({ error: textError(what) })
    .trim()
    .min(min, { error: min > 1 ? `must be at least ${min} characters` : 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}
