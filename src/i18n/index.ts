import type { Language } from '../schemas/edition.ts';
import { plural } from '../lib/plurals.ts';
import { calendarFormat } from '../lib/dates.ts';
import { en, type Dictionary } from './en.ts';
import { es } from './es.ts';

export type { Dictionary } from './en.ts';

/** One dictionary per edition. */
export const DICTIONARIES: Record<Language, Dictionary> = { en, es };

export function dictionary(lang: Language): Dictionary {
  return DICTIONARIES[lang];
}

/** A calendar day (UTC) as the edition writes it: "23 November 2026", "23 de noviembre de 2026". */
export function formatDay(lang: Language, date: Date): string {
  return calendarFormat(DICTIONARIES[lang].locale, 'day').format(date);
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

/** A dictionary string with its `{name}` words filled in: fill('Pages of {name}', { name: 'Cartels' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    if (!(key in values)) throw new Error(`"${template}" needs a value for {${key}}`);
    return String(values[key]);
  });
}

/**
 * The edition of a page from Astro's `currentLocale` (the `i18n` locales of astro.config.mjs,
 * read from the page's URL): undefined or an unknown code is the default, English.
 */
export function editionOf(locale: string | undefined): Language {
  return locale && locale in DICTIONARIES ? (locale as Language) : 'en';
}
