import { closestId, type TimelineEntry, type TimelineStatus } from '../schemas/index.ts';
import type { BriefingLike } from './briefings.ts';
import { calendarFormat } from './dates.ts';
import { dictionary, fill, formatDay } from '../i18n/index.ts';
import type { Language } from '../schemas/edition.ts';
import { PAGE_SIZE, paginate, type ListingPage } from './pagination.ts';

/**
 * The site's timeline: every briefing's `timeline:` entries in one order.
 *
 * Where an entry sits:
 * - An entry with a calendar `date` sits by the start of its period (2025 before 2025-02 before
 *   2025-02-14), a coarser date before a finer one that starts the same day.
 * - An entry with `when` (the source's own words, no calendar date) sits where its source puts it.
 *   With `after: <id>` it comes right after that entry (after any entry already placed there).
 *   Without `after`, it sits by its source's report, the moment its wording is relative to: an
 *   entry that `occurred` just before the report, one that is `planned` or `confirmed` just after.
 *   A source with a `published` date puts its report on that day among the dated entries; a
 *   source without one puts it after every dated entry, its reports in the order of their ids.
 * - Entries that nothing orders keep the order they are written in: oldest briefing first (by
 *   `published`, then slug), then as listed in the file.
 * No entry is ever given a date: the timeline shows each entry's date or wording as written.
 */

export interface TimelineSourceLike {
  id: string;
  data: { outlet: string; kind: string; published?: Date | undefined; es?: { kind: string } | undefined };
}

export type TimelineRow<B extends BriefingLike, S extends TimelineSourceLike> =
  | { kind: 'entry'; entry: TimelineEntry; briefing: B; when: TimelineWhen }
  | { kind: 'report'; source: S; label: string };

/** How an entry's time reads: a calendar date with its machine form, or the source's words. */
export interface TimelineWhen {
  text: string;
  /** For `<time datetime>`: `2025`, `2025-02` or `2025-02-14`; absent for the source's words. */
  datetime?: string;
}

/** "February 2025", "febrero de 2025": a month as the edition writes it. */
function formatMonth(lang: Language, date: Date): string {
  return calendarFormat(dictionary(lang).locale, 'month').format(date);
}

/**
 * How an entry's time reads in an edition: its date in the edition's words, else the source's
 * words (`when`, which a translation gives in its own language), capitalised.
 */
export function timelineWhen(entry: Pick<TimelineEntry, 'date' | 'when'>, lang: Language = 'en'): TimelineWhen {
  const { date, when } = entry;
  if (!date) {
    const words = when ?? '';
    return { text: words.charAt(0).toUpperCase() + words.slice(1) };
  }
  const text =
    date.precision === 'day'
      ? formatDay(lang, date.start)
      : date.precision === 'month'
        ? formatMonth(lang, date.start)
        : String(date.start.getUTCFullYear());
  // A line of the timeline starts with a capital: "Marzo de 2025", as "March 2025".
  return { text: text.charAt(0).toUpperCase() + text.slice(1), datetime: date.text };
}

export function statusLabel(status: TimelineStatus, lang: Language = 'en'): string {
  return dictionary(lang).statuses[status];
}

/** The marker row for a source's report: relative entries are placed around it. */
export function reportLabel(source: TimelineSourceLike, lang: Language = 'en'): string {
  const t = dictionary(lang).timeline;
  const kind = (lang !== 'en' && source.data[lang]?.kind) || source.data.kind;
  const values = { outlet: source.data.outlet, kind };
  return source.data.published
    ? fill(t.report, { ...values, date: formatDay(lang, source.data.published) })
    : fill(t.reportUndated, values);
}

/** What the ordering needs to know of an entry to check references between entries. */
export interface TimelineRef {
  id: string;
  after?: string | undefined;
  /** Whether the entry's briefing is a draft, left out of production builds. */
  draft?: boolean | undefined;
}

export interface TimelineProblem {
  /** Index of the entry in the list given. */
  index: number;
  field: 'id' | 'after';
  rule: string;
  message: string;
}

/**
 * Problems between entries, across every briefing: an id used twice, an `after` that names no
 * entry, and `after` chains that go round in a circle.
 */
export function timelineProblems(refs: readonly TimelineRef[]): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const byId = new Map<string, number>();
  refs.forEach((ref, index) => {
    if (byId.has(ref.id))
      problems.push({
        index,
        field: 'id',
        rule: 'timeline/duplicate-id',
        message: `\`id\` "${ref.id}" is already used by another timeline entry: each entry needs its own id across the site`,
      });
    else byId.set(ref.id, index);
  });
  refs.forEach((ref, index) => {
    if (ref.after === undefined || ref.after === ref.id) return;
    const target = byId.get(ref.after);
    if (target === undefined)
      problems.push({
        index,
        field: 'after',
        rule: 'timeline/unknown-entry',
        message: `\`after\` names no timeline entry "${ref.after}"${suggest(ref.after, [...byId.keys()])}`,
      });
    else if (refs[target]!.draft && !ref.draft)
      problems.push({
        index,
        field: 'after',
        rule: 'timeline/after-draft',
        message: `\`after\` names "${ref.after}", an entry of a draft briefing, which production builds leave out`,
      });
  });
  const inCycle = new Set<number>();
  refs.forEach((_, start) => {
    const seen: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !seen.includes(at)) {
      seen.push(at);
      const next: string | undefined = refs[at]!.after;
      at = next === undefined || next === refs[at]!.id ? undefined : byId.get(next);
    }
    if (at === start && !inCycle.has(start)) {
      seen.forEach((i) => inCycle.add(i));
      problems.push({
        index: start,
        field: 'after',
        rule: 'timeline/after-cycle',
        message: `\`after\` goes round in a circle: ${[...seen, start].map((i) => refs[i]!.id).join(' → ')}; one of them must be placed otherwise`,
      });
    }
  });
  return problems;
}

function suggest(id: string, known: string[]): string {
  const near = closestId(id, known);
  return near ? `; did you mean "${near}"?` : '';
}

type Key = number[];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;
const REPORT_RANK = 3;

/**
 * Every briefing's timeline entries, in timeline order, with a marker row for each source report
 * that entries without `after` are placed around. Throws on the problems `timelineProblems`
 * reports (the content checker refuses them before any build).
 */
export function orderTimeline<B extends BriefingLike, S extends TimelineSourceLike>(
  briefings: readonly B[],
  sources: ReadonlyMap<string, S>,
): TimelineRow<B, S>[] {
  const written = [...briefings].sort(
    (a, b) => a.data.published.getTime() - b.data.published.getTime() || a.id.localeCompare(b.id),
  );
  const items = written.flatMap((briefing) => (briefing.data.timeline ?? []).map((entry) => ({ entry, briefing })));
  const problems = timelineProblems(items.map(({ entry }) => entry));
  if (problems.length) {
    const { index, message } = problems[0]!;
    throw new Error(`Timeline entry "${items[index]!.entry.id}": ${message}. Run npm run check:content`);
  }
  const index = new Map(items.map((item, seq) => [item.entry.id, seq]));
  const sourceOrder = [...new Set(items.map(({ entry }) => entry.source))].sort();
  const reportBase = (sourceId: string): Key => {
    const published = sources.get(sourceId)?.data.published;
    return published
      ? [0, published.getTime(), REPORT_RANK, sourceOrder.indexOf(sourceId)]
      : [1, sourceOrder.indexOf(sourceId)];
  };
  const bases = new Map<number, Key>();
  const usedReports = new Set<string>();
  const baseOf = (seq: number): Key => {
    const known = bases.get(seq);
    if (known) return known;
    const { entry } = items[seq]!;
    let base: Key;
    if (entry.date) base = [0, entry.date.start.getTime(), PRECISION_RANK[entry.date.precision], seq];
    else if (entry.after !== undefined) base = [...baseOf(index.get(entry.after)!), 1, seq];
    else {
      usedReports.add(entry.source);
      base = [...reportBase(entry.source), entry.status === 'occurred' ? -1 : 1, seq];
    }
    bases.set(seq, base);
    return base;
  };
  const rows: { key: Key; row: TimelineRow<B, S> }[] = items.map(({ entry, briefing }, seq) => ({
    key: [...baseOf(seq), 0],
    row: { kind: 'entry', entry, briefing, when: timelineWhen(entry) },
  }));
  for (const sourceId of usedReports) {
    const source = sources.get(sourceId);
    if (!source) throw new Error(`Unknown source "${sourceId}": run npm run check:content`);
    rows.push({ key: [...reportBase(sourceId), 0], row: { kind: 'report', source, label: reportLabel(source) } });
  }
  return rows.sort((a, b) => compareKeys(a.key, b.key)).map(({ row }) => row);
}

/** The timeline split into pages, with the page that holds each entry. */
export interface TimelinePages<B extends BriefingLike, S extends TimelineSourceLike> {
  pages: ListingPage<TimelineRow<B, S>>[];
  /** The number of the page that holds the entry with this id; throws for an id not on the timeline. */
  pageOf(entryId: string): number;
}

/**
 * Splits the ordered timeline into pages of `size` entries. Report rows do not count towards
 * the size: a report goes on the page of the entry that follows it (the entries its wording
 * places after it), or, when no entry follows, on the last page. Every report sits next to one
 * of its own entries (see `orderTimeline`), so a page holds at most `size` entries and at most
 * two report rows per entry: its size does not grow with the corpus.
 */
export function paginateTimeline<B extends BriefingLike, S extends TimelineSourceLike>(
  rows: readonly TimelineRow<B, S>[],
  size: number = PAGE_SIZE,
): TimelinePages<B, S> {
  // Each entry with the report rows just before it: the units that are paginated.
  const units: TimelineRow<B, S>[][] = [];
  let pending: TimelineRow<B, S>[] = [];
  for (const row of rows) {
    pending.push(row);
    if (row.kind === 'entry') {
      units.push(pending);
      pending = [];
    }
  }
  if (pending.length) {
    if (units.length) units[units.length - 1]!.push(...pending);
    else units.push(pending);
  }
  const pages = paginate(units, size).map((page) => ({ ...page, items: page.items.flat() }));
  const numbers = new Map<string, number>();
  for (const page of pages)
    for (const row of page.items) if (row.kind === 'entry') numbers.set(row.entry.id, page.number);
  return {
    pages,
    pageOf: (entryId) => {
      const number = numbers.get(entryId);
      if (number === undefined) throw new Error(`Timeline entry "${entryId}" is on no timeline page`);
      return number;
    },
  };
}
