import type { BriefingLike } from './briefings.ts';

/** An old briefing URL that sends readers on to the briefing now at `to`. */
export interface BriefingRedirect<B extends BriefingLike> {
  /** The former slug. */
  from: string;
  to: B;
}

/**
 * One redirect per former slug (`aliases:`) of the briefings given, which should be the ones
 * the build publishes, so that a draft's old URL does not point at a page that is not built.
 * The content checker has already refused an alias that is a slug or another alias.
 */
export function briefingRedirects<B extends BriefingLike>(briefings: readonly B[]): BriefingRedirect<B>[] {
  return briefings
    .flatMap((to) => (to.data.aliases ?? []).map((from) => ({ from, to })))
    .sort((a, b) => a.from.localeCompare(b.from));
}
