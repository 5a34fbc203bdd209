import type { BriefingKind } from '../schemas/index.ts';

/** What a card or a link shows of a briefing in any edition: its slug there, title, dek, kind and day. */
export interface CardBriefing {
  id: string;
  data: { title: string; dek: string; kind: BriefingKind; published: Date };
}

/** A translation as the shared components show it: its own slug and words, the kind of its original. */
export function cardOf(entry: {
  translation: { id: string; data: { title: string; dek: string; published: Date } };
  original: { data: { kind: BriefingKind } };
}): CardBriefing {
  const { translation, original } = entry;
  return {
    id: translation.id,
    data: {
      title: translation.data.title,
      dek: translation.data.dek,
      kind: original.data.kind,
      published: translation.data.published,
    },
  };
}
