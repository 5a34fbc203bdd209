import { remark } from 'remark';
import type { Root } from 'mdast';
import { stringsIn } from './field-values.ts';
import { ID_PATTERN } from '../schemas/ids.ts';
import { isBriefingCollection, type CollectionName } from '../model/collections.ts';
import { originalFact, translationFact, type OriginalFact, type TranslationFact } from './rules/translations.ts';
import { parseYaml, locate } from './yaml-positions.ts';
import { checkFields } from './yaml-block.ts';
import { leanMarkdown } from './lean-markdown.ts';
import type { Reference } from './rules/schema.ts';
import { checkBody, type LocalImage } from './rules/body.ts';
import type { InternalLink } from './rules/internal-links.ts';
import { findFrontmatter } from './rules/frontmatter.ts';
import { nestingProblem, tooDeep } from './rules/nesting.ts';
import { timelineFacts, type TimelineFact } from './rules/timeline.ts';
import { checkSources, checkSaidInSpanish, type ArchiveTexts } from './rules/sources.ts';
import { problem, START, type Position, type Problem } from './problem.ts';

/** What one file says, as far as it can be known from that file alone. Plain data, so it can be cached. */
export interface FileFacts {
  file: string;
  collection: CollectionName;
  /** The slug or id: the file name without its extension. */
  id: string;
  problems: Problem[];
  references: Reference[];
  links: InternalLink[];
  /** For briefings: the site's own images the body shows. */
  images?: LocalImage[];
  /** For briefings: `published` as YYYY-MM-DD and where it is written, when valid. */
  published?: { day: string; at: Position };
  draft?: { at: Position };
  /** For briefings: each well-formed entry of `aliases` (former slugs) and where it is written. */
  aliases?: { id: string; at: Position }[];
  /** For briefings: the topics listed, and the speaker of each quote, for the numbered pages links may name. */
  topics?: string[];
  speakers?: string[];
  /** For topics: the Spanish path word (`es.slug`), which the topic's Spanish page lives under. */
  esSlug?: string;
  /** For briefings: timeline entries, for the rules across briefings. */
  timeline?: TimelineFact[];
  /** For briefings: listed sources with no archived text, and the quotations left unverified for want of one. */
  sources?: { unarchived: string[]; unverified: number };
  /** For translations: the original named, the day followed, the quotes and timeline entries named. */
  translation?: TranslationFact;
  /** For originals: what their translations are checked against. */
  original?: OriginalFact;
}

/** One Markdown parser for every body; the frontmatter is read as the build reads it (src/lib/frontmatter.ts). */
const markdown = remark();

function suggestSlug(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-briefing'
  );
}

/** Everything that can be said about one content file on its own. */
export function analyzeFile(
  file: string,
  collection: CollectionName,
  id: string,
  input: string,
  { lean = true, archive = {} }: { lean?: boolean; archive?: ArchiveTexts } = {},
): FileFacts {
  const text = input.replace(/^\uFEFF/, '');
  const facts: FileFacts = { file, collection, id, problems: [], references: [], links: [] };
  if (!ID_PATTERN.test(id)) {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'slug-format',
        `the file name "${id}" is not URL-safe: rename the file to lowercase letters and digits joined by single hyphens, such as "${suggestSlug(id)}"`,
      ),
    );
  }
  if (collection === 'people' && /^\d+$/.test(id)) {
    facts.problems.push(
      problem(
        file,
        START,
        'error',
        'person-id-number',
        `the file name "${id}" is only digits: the person's page would clash with page ${id} of the people index; add a word, such as "person-${id}"`,
      ),
    );
  }
  const deep = tooDeep(text);
  if (deep) {
    facts.problems.push(nestingProblem(file, deep));
    return facts;
  }
  if (!isBriefingCollection(collection)) {
    const fields = checkFields(facts, parseYaml(text, 1));
    const es = fields?.data.es as { slug?: unknown } | undefined;
    if (collection === 'topics' && typeof es?.slug === 'string') facts.esSlug = es.slug;
    return facts;
  }
  const frontmatter = findFrontmatter(file, text);
  if ('rule' in frontmatter) {
    facts.problems.push(frontmatter);
    return facts;
  }
  // The body alone is parsed, the frontmatter blanked out so that every position stays where it
  // is in the file; the prose no rule can see is cut short first (lean-markdown.ts).
  const full = lean ? leanMarkdown(text) : text;
  const parsedText =
    full.slice(0, frontmatter.bodyOffset).replace(/[^\r\n]/g, ' ') + full.slice(frontmatter.bodyOffset);
  const tree = markdown.parse(parsedText) as Root;
  const fields = checkFields(facts, parseYaml(frontmatter.yaml, frontmatter.yamlLine));
  if (fields) {
    const { data, parsed } = fields;
    const published = data.published;
    const day =
      published instanceof Date
        ? published.toISOString().slice(0, 10)
        : typeof published === 'string'
          ? published.trim()
          : undefined;
    if (day) facts.published = { day, at: locate(parsed, ['published']) };
    if (data.draft === true) facts.draft = { at: locate(parsed, ['draft']) };
    if (Array.isArray(data.aliases))
      facts.aliases = data.aliases.flatMap((alias: unknown, i) =>
        typeof alias === 'string' && ID_PATTERN.test(alias) ? [{ id: alias, at: locate(parsed, ['aliases', i]) }] : [],
      );
    // The source rules read every word, so they take the body as written, not the lean copy.
    const bodyLine = text.slice(0, frontmatter.bodyOffset).split('\n').length;
    const bodyText = text.slice(frontmatter.bodyOffset);
    if (collection === 'briefings') {
      facts.timeline = timelineFacts(data, parsed);
      facts.topics = stringsIn(data.topics);
      facts.speakers = Array.isArray(data.quotes)
        ? data.quotes.flatMap((q: unknown) => stringsIn([(q as { speaker?: unknown } | null)?.speaker]))
        : [];
      facts.original = originalFact(data);
      const { problems, unarchived, unverified } = checkSources(file, data, parsed, bodyText, bodyLine, archive);
      facts.problems.push(...problems);
      facts.sources = { unarchived, unverified };
    } else {
      // A translation's own wording is ours; its quotes are checked through the original's.
      facts.translation = translationFact(data, parsed);
      facts.problems.push(...checkSaidInSpanish(file, bodyText, bodyLine, archive).problems);
    }
  }
  const body = checkBody(file, tree, parsedText);
  facts.problems.push(...body.problems);
  facts.links.push(...body.links);
  if (body.images.length) facts.images = body.images;
  return facts;
}

/** analyzeFile, but a bug in the checker becomes a problem on the file rather than a crash. */
export function analyzeSafely(
  file: string,
  collection: CollectionName,
  id: string,
  text: string,
  archive: ArchiveTexts = {},
): FileFacts {
  try {
    return analyzeFile(file, collection, id, text, { archive });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      file,
      collection,
      id,
      references: [],
      links: [],
      problems: [
        problem(
          file,
          START,
          'error',
          'checker-failure',
          `the checker failed on this file (${detail}); this is a bug in the checker, please report it with the file`,
        ),
      ],
    };
  }
}
