import type { Correction } from '../schemas/index.ts';

interface Dated {
  published: Date;
  updated?: Date | undefined;
  corrections?: readonly Correction[] | undefined;
}

/** The day a briefing was last changed: the later of `updated` and its latest correction, if any. */
export function lastUpdated(data: Dated): Date | undefined {
  const days = [data.updated, ...(data.corrections ?? []).map((c) => c.date)].filter((d): d is Date => !!d);
  if (!days.length) return undefined;
  return new Date(Math.max(...days.map((d) => d.getTime())));
}

export interface CorrectionNotice {
  /** The latest correction's day. */
  latest: Date;
  /** Oldest first, as they happened. */
  corrections: Correction[];
}

/** What the "Updated" notice and the corrections list show; undefined when there are none. */
export function correctionNotice(data: Dated): CorrectionNotice | undefined {
  if (!data.corrections?.length) return undefined;
  const corrections = [...data.corrections].sort((a, b) => a.date.getTime() - b.date.getTime());
  return { latest: corrections.at(-1)!.date, corrections };
}
