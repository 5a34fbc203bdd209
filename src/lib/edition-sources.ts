import type { Language } from '../schemas/edition.ts';
import type { Source } from '../schemas/index.ts';

/** What readers of edition `lang` see of a source: its kind, description and note in their words. */
export function sourceIn(source: Source, lang: Language): { kind: string; description: string; note?: string } {
  const block = lang === 'en' ? undefined : source[lang];
  const note = block ? block.note : source.note;
  return {
    kind: block?.kind ?? source.kind,
    description: block?.description ?? source.description,
    ...(note ? { note } : {}),
  };
}
