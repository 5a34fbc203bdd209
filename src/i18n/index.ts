import type { Language } from '../schemas/edition.ts';
import { plural } from '../lib/plurals.ts';
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';

export type { Dictionary } from './en.ts';

/** One dictionary per edition. */
export const DICTIONARIES: Record<Language, Dictionary> = { en, es };

export function dictionary(lang: Language): Dictionary {
  return DICTIONARIES[lang];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day (UTC) as the edition writes it: "23 November 2026", "23 de noviembre de 2026". */
export function formatDay(lang: Language, date: Date): string {
  const locale = DICTIONARIES[lang].locale;
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })),
    );
  return format.format(date);
}

/** A count in the edition's words: count('es', 'briefings', 2) → "2 notas". */
export function count(lang: Language, key: keyof Dictionary['counts'], n: number): string {
  return plural(DICTIONARIES[lang].locale, n, DICTIONARIES[lang].counts[key]);
}

/** Every key path of a dictionary whose value is text ("nav.home"), for the completeness test. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}
