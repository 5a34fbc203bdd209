import type { Correction } from '../schemas/index.ts';

interface Dated {
  corrections?: readonly Correction[] | undefined;
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
