import { formatDate } from './dates.ts';

export interface CitationInput {
  title: string;
  siteName: string;
  published: Date;
  updated?: Date | undefined;
  /** The briefing's absolute permalink. */
  url: string;
}

export interface Citation {
  /** Everything before the permalink: `“Title.” Site, 23 November 2026.` */
  reference: string;
  url: string;
  /** The whole citation as one line of text. */
  text: string;
}

/** How to cite a briefing: title, site, date (and last update), permalink. */
export function citation({ title, siteName, published, updated, url }: CitationInput): Citation {
  const headline = /[.?!]$/.test(title) ? title : `${title}.`;
  const when = updated ? `${formatDate(published)}, updated ${formatDate(updated)}` : formatDate(published);
  const reference = `“${headline}” ${siteName}, ${when}.`;
  return { reference, url, text: `${reference} ${url}` };
}
