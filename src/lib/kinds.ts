import type { BriefingKind } from '../schemas/index.ts';

const LABELS: Record<BriefingKind, string> = {
  news: 'News',
  explainer: 'Explainer',
  analysis: 'Analysis',
  context: 'Context',
};

/** The label readers see for a briefing's kind; analysis is always labelled as such. */
export function kindLabel(kind: BriefingKind): string {
  return LABELS[kind];
}
