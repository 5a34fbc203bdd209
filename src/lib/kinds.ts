import type { BriefingKind } from '../schemas/index.ts';
import { dictionary } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';

/** The label readers see for a briefing's kind, in the edition's words; analysis is always labelled as such. */
export function kindLabel(kind: BriefingKind, lang: Language = 'en'): string {
  return dictionary(lang).kinds[kind];
}
