import type { Language } from '../schemas/edition.ts';
import type { BriefingLike } from './briefings.ts';
import { reportLabel, timelineWhen, type TimelineRow, type TimelineSourceLike } from './timeline.ts';

/** A timeline entry as a translation gives it: the original entry's id, its `when` words and its event. */
export interface TimelineTranslation {
  id: string;
  when?: string | undefined;
  event: string;
}

/**
 * The site's timeline (`orderTimeline`, in order) as edition `lang` shows it: each entry whose
 * briefing's translation translates it, with the translated words (a calendar date stays the
 * original's, written in the edition's words), and each source's report row in the edition's
 * words where an entry of that source remains. Entries no translation gives are left out, never
 * shown in English. `translationOf(briefing)` gives the translated entries of a briefing, if any.
 */
export function editionTimelineRows<B extends BriefingLike, S extends TimelineSourceLike>(
  rows: readonly TimelineRow<B, S>[],
  lang: Exclude<Language, 'en'>,
  translationOf: (briefing: B) => readonly TimelineTranslation[] | undefined,
): TimelineRow<B, S>[] {
  const entries = rows.flatMap((row): TimelineRow<B, S>[] => {
    if (row.kind === 'report') return [{ ...row, label: reportLabel(row.source, lang) }];
    const translated = translationOf(row.briefing)?.find((t) => t.id === row.entry.id);
    if (!translated) return [];
    const entry = { ...row.entry, event: translated.event, when: translated.when ?? row.entry.when };
    return [{ ...row, entry, when: timelineWhen(entry, lang) }];
  });
  // As in `orderTimeline`, a report row marks the place of the entries placed by it alone.
  const byReport = (row: TimelineRow<B, S>) => row.kind === 'entry' && !row.entry.date && row.entry.after === undefined;
  const sourcesShown = new Set(
    entries.flatMap((row) => (byReport(row) && row.kind === 'entry' ? [row.entry.source] : [])),
  );
  return entries.filter((row) => row.kind === 'entry' || sourcesShown.has(row.source.id));
}
