import { lastChanged, type ChangeDates } from './last-changed.ts';

/**
 * Whether a translation is behind its original: the original changed (an `updated` date or a
 * correction) after the day the translation says it follows (`translatedFrom`). The checker's
 * `translation-outdated` warning and the notice at the top of the translated page both ask this.
 */
export function isOutdated(translatedFrom: Date, original: ChangeDates): boolean {
  return lastChanged(original).getTime() > translatedFrom.getTime();
}
