/**
 * Rules between a translation and its original: the original exists and has one translation per
 * language, each translated quote names one of the original's quotes (so that the English words
 * the checker verifies against the source are the ones shown beside the translation), each
 * translated timeline entry names one of the original's, and the translation follows the
 * original's last change.
 */
import { calendarDaySchema } from '../../schemas/dates.ts';
import { listIn } from '../field-values.ts';
import { closestId, unknownReferenceMessage } from '../../schemas/ids.ts';
import { isOutdated } from '../../lib/translation-status.ts';
import { locate, type ParsedYaml } from '../yaml-positions.ts';
import { problem, START, type Position, type Problem } from '../problem.ts';

/** What a translation's frontmatter says about its original, where it says it. */
export interface TranslationFact {
  of?: { id: string; at: Position };
  from?: { day: string; at: Position };
  quotes: { original: string; at: Position }[];
  timeline: { id: string; at: Position }[];
}

/** What an original's frontmatter offers its translations. */
export interface OriginalFact {
  published?: string;
  updated?: string;
  corrections: string[];
  quotes: string[];
  timeline: string[];
}

const day = (value: unknown): Date | undefined => {
  const result = calendarDaySchema.safeParse(value);
  return result.success ? result.data : undefined;
};
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);
const field = (item: unknown, name: string): unknown =>
  item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

export function translationFact(data: Record<string, unknown>, parsed: ParsedYaml): TranslationFact {
  const of = text(data.translationOf);
  const from = iso(day(data.translatedFrom));
  return {
    ...(of ? { of: { id: of, at: locate(parsed, ['translationOf']) } } : {}),
    ...(from ? { from: { day: from, at: locate(parsed, ['translatedFrom']) } } : {}),
    quotes: listIn(data.quotes).flatMap((quote, i) => {
      const original = text(field(quote, 'quote'));
      return original ? [{ original, at: locate(parsed, ['quotes', i, 'quote']) }] : [];
    }),
    timeline: listIn(data.timeline).flatMap((entry, i) => {
      const id = text(field(entry, 'id'));
      return id ? [{ id, at: locate(parsed, ['timeline', i, 'id']) }] : [];
    }),
  };
}

export function originalFact(data: Record<string, unknown>): OriginalFact {
  const published = day(data.published);
  const updated = day(data.updated);
  const corrections = listIn(data.corrections).flatMap((c) => {
    const date = day(field(c, 'date'));
    return date ? [date] : [];
  });
  return {
    ...(published ? { published: iso(published) } : {}),
    ...(updated ? { updated: iso(updated) } : {}),
    corrections: corrections.map((c) => iso(c)!),
    quotes: listIn(data.quotes).flatMap((q) => text(field(q, 'text')) ?? []),
    timeline: listIn(data.timeline).flatMap((e) => text(field(e, 'id')) ?? []),
  };
}

interface Facts {
  file: string;
  collection: string;
  id: string;
  translation?: TranslationFact;
  original?: OriginalFact;
}

const parse = (text: string) => new Date(`${text}T00:00:00Z`);

/** The rules between translations and originals, over every file. */
export function checkTranslations(all: readonly Facts[]): Problem[] {
  const originals = new Map(all.filter((f) => f.collection === 'briefings').map((f) => [f.id, f] as const));
  const known = [...originals.keys()];
  const translations = all.filter((f) => f.collection === 'translations' && f.translation);
  const out: Problem[] = [];
  const byOriginal = new Map<string, Facts[]>();
  for (const facts of translations) {
    const { of, from, quotes, timeline } = facts.translation!;
    if (!of) continue; // the schema reports the missing field
    const original = originals.get(of.id);
    if (!original) {
      out.push(
        problem(
          facts.file,
          of.at,
          'error',
          'translation-missing-original',
          `\`translationOf\` ${unknownReferenceMessage('briefing', of.id, known)}: name the English briefing this translates by its file name`,
        ),
      );
      continue;
    }
    byOriginal.set(of.id, [...(byOriginal.get(of.id) ?? []), facts]);
    const facts0 = original.original;
    if (!facts0) continue;
    for (const quote of quotes)
      if (!facts0.quotes.includes(quote.original))
        out.push(
          problem(
            facts.file,
            quote.at,
            'error',
            'translation-quote-unknown',
            `\`quote\` "${quote.original}" is not among the quotes of ${original.file}: copy the original quote's \`text\` character for character`,
          ),
        );
    for (const entry of timeline)
      if (!facts0.timeline.includes(entry.id)) {
        const suggestion = closestId(entry.id, facts0.timeline);
        out.push(
          problem(
            facts.file,
            entry.at,
            'error',
            'translation-timeline-unknown',
            `the timeline entry "${entry.id}" is not in the timeline of ${original.file}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          ),
        );
      }
    if (from && facts0.published) {
      const dates = {
        published: parse(facts0.published),
        ...(facts0.updated ? { updated: parse(facts0.updated) } : {}),
        corrections: facts0.corrections.map((c) => ({ date: parse(c) })),
      };
      if (isOutdated(parse(from.day), dates))
        out.push(
          problem(
            facts.file,
            from.at,
            'warning',
            'translation-outdated',
            `\`translatedFrom\` is ${from.day}, but ${original.file} changed after that: bring the translation up to date with the English and set \`translatedFrom\` to the day the English last changed`,
          ),
        );
    }
  }
  for (const [id, group] of byOriginal)
    if (group.length > 1)
      for (const facts of group)
        out.push(
          problem(
            facts.file,
            facts.translation!.of?.at ?? START,
            'error',
            'translation-duplicate',
            `translates "${id}", as ${group
              .filter((other) => other !== facts)
              .map((other) => other.file)
              .join(', ')} does too: keep one translation per original`,
          ),
        );
  return out;
}
