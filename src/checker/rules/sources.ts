/**
 * The source-archive rules: a briefing's quotations are word for word in the archived texts of
 * the sources it lists, and its prose neither copies them (a run of COPY_RUN words) nor follows
 * one of their sentences closely with a few words swapped. The archive is a folder of
 * `<source id>.txt` files (see archive.ts); a source without one is counted, not guessed at.
 */
import { isScalar, type Scalar } from 'yaml';
import { listIn, stringsIn } from '../field-values.ts';
import type { ParsedYaml } from '../yaml-positions.ts';
import { bodyPassages, splitQuotations, type Passage } from '../passages.ts';
import {
  closeParaphrases,
  closestPassage,
  copiedRuns,
  COPY_RUN,
  idsIn,
  indexSource,
  pairsIn,
  quotationInSource,
  tokenize,
  type Match,
  type SourceIndex,
  type Token,
} from '../source-text.ts';
import { problem, START, type Problem } from '../problem.ts';
import { plural } from '../../lib/plurals.ts';
import type { FileFacts } from '../analyze.ts';

/** Archived texts by source id: only the sources that have one. */
export type ArchiveTexts = Readonly<Record<string, string>>;

const indexes = new Map<string, SourceIndex>();
/** Each archived text is indexed once per thread, whichever briefings cite it. */
function indexOf(text: string): SourceIndex {
  let index = indexes.get(text);
  if (!index) {
    if (indexes.size > 1000) indexes.clear();
    indexes.set(text, (index = indexSource(text)));
  }
  return index;
}

export interface SourceFindings {
  problems: Problem[];
  /** Cited sources with no archived text, and how many quotations could therefore not be checked. */
  unarchived: string[];
  unverified: number;
}

/** A frontmatter text field as a passage, its offsets mapped into the file when the value is written on one line as read. */
function fieldPassage(parsed: ParsedYaml, path: (string | number)[], kind: Passage['kind']): Passage | undefined {
  const node = parsed.doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const text = node.value;
  const quoted = (node as Scalar).type === 'QUOTE_DOUBLE' || (node as Scalar).type === 'QUOTE_SINGLE';
  const start = node.range[0] + (quoted ? 1 : 0);
  const exact = parsed.text.slice(start, start + text.length) === text;
  return { kind, text, at: (offset) => parsed.at(exact ? start + offset : node.range![0]) };
}

/** The frontmatter's prose fields and quotes, as passages. */
function frontmatterPassages(
  data: Record<string, unknown>,
  parsed: ParsedYaml,
): { passage: Passage; source?: string }[] {
  const out: { passage: Passage; source?: string }[] = [];
  const prose = (path: (string | number)[]) => {
    const passage = fieldPassage(parsed, path, 'prose');
    if (passage) out.push(...splitQuotations(passage.text, passage.at).map((p) => ({ passage: p })));
  };
  prose(['title']);
  prose(['dek']);
  const list = (name: string) => listIn(data[name]);
  list('quotes').forEach((quote, i) => {
    const passage = fieldPassage(parsed, ['quotes', i, 'text'], 'quotation');
    const source = (quote as { source?: unknown })?.source;
    if (passage) out.push({ passage, source: typeof source === 'string' ? source : undefined });
    prose(['quotes', i, 'context']);
  });
  list('timeline').forEach((_, i) => prose(['timeline', i, 'event']));
  list('corrections').forEach((_, i) => prose(['corrections', i, 'text']));
  return out;
}

const sourceName = (id: string) => `source "${id}"`;

function checkQuotation(
  file: string,
  passage: Passage,
  cited: string[],
  archive: ArchiveTexts,
  findings: SourceFindings,
) {
  const words = tokenize(passage.text);
  if (words.length === 0) return; // the empty-quote rule reports it
  const archived = cited.filter((id) => Object.hasOwn(archive, id));
  if (archived.some((id) => quotationInSource(passage.text, indexOf(archive[id]!)))) return;
  if (archived.length < cited.length) {
    findings.unverified++;
    return;
  }
  if (archived.length === 0) return;
  const [id, closest] = archived
    .map((id) => [id, closestPassage(passage.text, indexOf(archive[id]!))] as const)
    .sort((a, b) => a[1].cost - b[1].cost)[0]!;
  const shown = passage.text.trim();
  findings.problems.push(
    problem(
      file,
      passage.at(words[0]!.start),
      'error',
      'source/quote-not-verbatim',
      `the quotation "${shown}" is not word for word in ${sourceName(id)}; the closest passage there reads "${closest.text}": quote the source exactly (an ellipsis marks an omission, square brackets only where the source has them), or take the quotation marks off and say it in your own words`,
    ),
  );
}

const span = (passage: Passage, tokens: Token[], m: Match) =>
  passage.text.slice(tokens[m.first]!.start, tokens[m.last]!.end);

function checkProse(file: string, passage: Passage, archived: string[], archive: ArchiveTexts, problems: Problem[]) {
  if (archived.length === 0) return;
  const tokens = tokenize(passage.text);
  if (tokens.length < COPY_RUN) return;
  const words = tokens.map((t) => t.word);
  for (const id of archived) {
    const source = indexOf(archive[id]!);
    const wordIds = idsIn(words, source);
    const pairs = pairsIn(wordIds, source);
    const copied = copiedRuns(wordIds, source, pairs);
    for (const run of copied)
      problems.push(
        problem(
          file,
          passage.at(tokens[run.first]!.start),
          'error',
          'source/copied-run',
          `${run.last - run.first + 1} words in a row are copied from ${sourceName(id)} outside quotation marks: "${span(passage, tokens, run)}": say it in your own words, or quote it verbatim with its speaker`,
        ),
      );
    const overlaps = (m: Match) => copied.some((c) => c.first <= m.last && m.first <= c.last);
    for (const close of closeParaphrases(wordIds, source, pairs).filter((m) => !overlaps(m)))
      problems.push(
        problem(
          file,
          passage.at(tokens[close.first]!.start),
          'warning',
          'source/close-paraphrase',
          `"${span(passage, tokens, close)}" follows a sentence of ${sourceName(id)} word by word with a few words swapped; the source reads "${source.sentences[close.sentence!]!.text}": rewrite it in your own words and order, or quote the source`,
        ),
      );
  }
}

/**
 * Checks a briefing against the archived texts of its sources. `body` is the text after the
 * frontmatter, starting on line `bodyLine`; `data` and `parsed` are its frontmatter, read.
 */
export function checkSources(
  file: string,
  data: Record<string, unknown>,
  parsed: ParsedYaml,
  body: string,
  bodyLine: number,
  archive: ArchiveTexts,
): SourceFindings {
  const findings: SourceFindings = { problems: [], unarchived: [], unverified: 0 };
  const listed = stringsIn(data.sources);
  findings.unarchived = listed.filter((id) => !Object.hasOwn(archive, id));
  const archived = listed.filter((id) => Object.hasOwn(archive, id));
  const passages = [
    ...frontmatterPassages(data, parsed),
    ...bodyPassages(body, bodyLine).map((passage) => ({ passage, source: undefined })),
  ];
  for (const { passage, source } of passages) {
    if (passage.kind === 'quotation') checkQuotation(file, passage, source ? [source] : listed, archive, findings);
    else checkProse(file, passage, archived, archive, findings.problems);
  }
  return findings;
}

/**
 * A translation's body: only its words in quotation marks, which are words said in its language
 * (such as "mano dura"), are checked, against every archived text, since the translation cites
 * the original's sources. Its own wording is never compared with the (English) sources.
 */
export function checkSaidInSpanish(
  file: string,
  body: string,
  bodyLine: number,
  archive: ArchiveTexts,
): SourceFindings {
  const findings: SourceFindings = { problems: [], unarchived: [], unverified: 0 };
  const archived = Object.keys(archive);
  for (const passage of bodyPassages(body, bodyLine))
    if (passage.kind === 'quotation') checkQuotation(file, passage, archived, archive, findings);
  return findings;
}

/**
 * One line per cited source that has no archived text, at the source's own file: a note, or an
 * error when the archive is required. Sources with no file are left to `unknown-source`.
 */
export function unarchivedSources(all: readonly FileFacts[], required: boolean): Problem[] {
  const citing = new Map<string, number>();
  for (const facts of all) for (const id of facts.sources?.unarchived ?? []) citing.set(id, (citing.get(id) ?? 0) + 1);
  return all
    .filter((f) => f.collection === 'sources' && citing.has(f.id))
    .map((f) => {
      const n = citing.get(f.id)!;
      return problem(
        f.file,
        START,
        required ? 'error' : 'info',
        'source/not-archived',
        `source "${f.id}" has no archived text (${f.id}.txt in the source archive), so the quotations and prose of the ${plural('en', n, { one: 'briefing', other: '# briefings' })} citing it are not checked against it: add its text to the archive`,
      );
    });
}
