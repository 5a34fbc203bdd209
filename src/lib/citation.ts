import { dictionary, formatDay } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';

export interface CitationInput {
  title: string;
  siteName: string;
  published: Date;
  updated?: Date | undefined;
  /** The briefing's absolute permalink. */
  url: string;
  /** The edition whose words and dates the citation is written in (default English). */
  lang?: Language | undefined;
}

export interface Citation {
  /** Everything before the permalink: `“Title.” Site, 23 November 2026.` */
  reference: string;
  url: string;
  /** The whole citation as one line of text. */
  text: string;
}

/** How to cite a briefing: title, site, date (and last update), permalink. */
export function citation({ title, siteName, published, updated, url, lang = 'en' }: CitationInput): Citation {
  const headline = /[.?!]$/.test(title) ? title : `${title}.`;
  const day = (date: Date) => formatDay(lang, date);
  const when = updated ? `${day(published)}, ${dictionary(lang).cite.updated} ${day(updated)}` : day(published);
  const reference = `“${headline}” ${siteName}, ${when}.`;
  return { reference, url, text: `${reference} ${url}` };
}
