/**
 * Counts in words, by the plural rules of a language (`Intl.PluralRules`), so that a Spanish
 * edition reuses the same function with its own words. A form holds `#` where the number goes,
 * written as the language writes numbers (`Intl.NumberFormat`): `{ one: '# quote', other: '# quotes' }`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** `count` in the form the language's plural rules choose: plural('en', 1, briefingForms) → "1 briefing". */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const rule = (rules.get(locale) ?? rules.set(locale, new Intl.PluralRules(locale)).get(locale)!).select(count);
  const number = numbers.get(locale) ?? numbers.set(locale, new Intl.NumberFormat(locale)).get(locale)!;
  return (forms[rule] ?? forms.other).replaceAll('#', number.format(count));
}

/** The English words the content checker counts in (pages count in their edition's words: src/i18n). */
export const EN = {
  quotations: { one: '# quotation', other: '# quotations' },
  files: { one: '# file', other: '# files' },
  errors: { one: '# error', other: '# errors' },
  warnings: { one: '# warning', other: '# warnings' },
} as const satisfies Record<string, PluralForms>;

/** A list's items with the words the language puts between them ("A, B and C"), for lists of links. */
export function listParts<T>(
  locale: string,
  items: readonly T[],
): ({ item: T; text?: undefined } | { text: string; item?: undefined })[] {
  // Each item stands in as its index: the formatter only places the words between items.
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? { item: items[Number(part.value)]! } : { text: part.value }));
}
