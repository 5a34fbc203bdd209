import type { BriefingKind } from '../schemas/index.ts';

/** What a card or a link shows of a briefing in any edition: its slug there, title, dek, kind and day. */
export interface CardBriefing {
  id: string;
  data: {
    title: string;
    dek: string;
    kind: BriefingKind;
    published: Date;
    /** When it changed since (lib/last-changed.ts), for the listing's last change. */
    updated?: Date | undefined;
    corrections?: readonly { date: Date }[] | undefined;
  };
}

/** A translation as the shared components show it: its own slug and words, the kind of its original. */
export function cardOf(entry: {
  translation: {
    id: string;
    data: { title: string; dek: string; published: Date } & Pick<CardBriefing['data'], 'updated' | 'corrections'>;
  };
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
      updated: translation.data.updated,
      corrections: translation.data.corrections,
    },
  };
}
