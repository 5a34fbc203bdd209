import { slug as githubSlug } from 'github-slugger';
import { BRIEFING_KINDS, briefingSchema, ID_PATTERN, knownReferences, type BriefingKind } from '../schemas/index.ts';
import { fieldLabel } from '../checker/field-label.ts';
import { createUrls } from '../lib/urls.ts';

/** What `npm run new` needs to know about the content already there. */
export interface KnownContent {
  topics: readonly string[];
  sources: readonly string[];
  people: readonly string[];
  /** Every briefing's slug (drafts too). */
  slugs: readonly string[];
  /** Former slugs listed in `aliases:`, each with the slug of the briefing that lists it. */
  aliases: ReadonlyMap<string, string>;
}

/** What an editor gives to start a briefing; the rest of the file is filled in. */
export interface NewBriefing {
  title: string;
  /** The one-sentence summary; a placeholder to rewrite is written when it is left out. */
  dek?: string;
  kind: string;
  topics: readonly string[];
  sources: readonly string[];
  /** The file name and URL; by default made from the title. */
  slug?: string;
}

/** The sections a briefing usually has (README, "The body"), written as headings to fill in. */
export const USUAL_SECTIONS = ['What was said', 'Why it matters', 'Background', "What's next"] as const;

/** Written when no dek is given: long enough to pass the checker, plain enough to be noticed and rewritten. */
export const PLACEHOLDER_DEK = 'Rewrite this dek: one sentence on what happened and why it matters.';

/**
 * A slug from a title, the way a heading's id is made (GitHub's slugger), then held to the rule
 * the checker enforces on file names: lowercase letters and digits joined by single hyphens.
 * Accents are dropped ("México" → "mexico"); anything else outside a–z and 0–9 joins words.
 * Empty when the title has no letter or digit to make one from.
 */
export function slugFromTitle(title: string): string {
  const plain = title.normalize('NFKD').replace(/\p{M}+/gu, '');
  return githubSlug(plain)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What is wrong with one field of a new briefing, in the checker's words. */
export interface FieldError {
  /** The field the editor gave (`title` for a slug made from it). */
  field: keyof NewBriefing | 'published';
  message: string;
}

export type Checked = { ok: true; slug: string; data: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/**
 * Checks what an editor gave against the briefing schema (with every known id, so an unknown
 * one gets "did you mean") and the slugs and aliases already taken.
 */
export function checkNewBriefing(input: NewBriefing, known: KnownContent, today: string): Checked {
  const errors: FieldError[] = [];
  const slug = input.slug ?? slugFromTitle(input.title);
  const slugError = (message: string) => errors.push({ field: input.slug === undefined ? 'title' : 'slug', message });
  if (!slug) slugError('the title has no letter or digit to make a file name from: give a title in words, or --slug');
  else if (!ID_PATTERN.test(slug))
    slugError(`the slug "${slug}" must be lowercase letters and digits joined by single hyphens`);
  else if (known.slugs.includes(slug))
    slugError(
      `a briefing with the slug "${slug}" already exists (briefings/${slug}.md): choose another title, or give --slug`,
    );
  else if (known.aliases.has(slug))
    slugError(
      `"${slug}" is a former slug of the briefing "${known.aliases.get(slug)}" (in its aliases), so its URL is taken: choose another title, or give --slug`,
    );

  const data = {
    title: input.title,
    dek: input.dek?.trim() || PLACEHOLDER_DEK,
    published: today,
    kind: input.kind,
    topics: [...input.topics],
    sources: [...input.sources],
    draft: true,
  };
  const result = briefingSchema(knownReferences(known)).safeParse(data);
  if (!result.success)
    for (const issue of result.error.issues)
      errors.push({
        field: String(issue.path[0]) as FieldError['field'],
        message: `${fieldLabel(issue.path)} ${issue.message}`.trim(),
      });
  return errors.length ? { ok: false, errors } : { ok: true, slug, data };
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML, and safe for colons, quotes and `#`. */
const quoted = (text: string) => JSON.stringify(text.trim());

/** The new file: frontmatter with today's date and `draft: true`, then the usual sections to fill in. */
export function renderBriefing(data: Record<string, unknown>): string {
  const list = (ids: unknown) => `[${(ids as string[]).join(', ')}]`;
  const sections = USUAL_SECTIONS.map(
    (heading) => `## ${heading}\n\n<!-- In your own words; quotes verbatim and attributed. -->\n`,
  );
  return [
    '---',
    `title: ${quoted(String(data.title))}`,
    `dek: ${quoted(String(data.dek))}`,
    `published: ${data.published}`,
    `kind: ${data.kind}`,
    `topics: ${list(data.topics)}`,
    `sources: ${list(data.sources)}`,
    'draft: true',
    '---',
    '',
    sections.join('\n'),
  ].join('\n');
}

/** Where `npm run dev` shows the briefing (its default port, and BASE_PATH as the build reads it). */
export function previewUrl(slug: string, base?: string, origin = 'http://localhost:4321'): string {
  return origin + createUrls(base).briefing(slug);
}

/** A comma- or space-separated list of ids, as typed. */
export const idList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);

export interface Prompter {
  /** Asks one question and resolves with the answer as typed. */
  ask(question: string): Promise<string>;
  /** Shows a line of help or an error. */
  say(text: string): void;
}

/**
 * Asks for each field `given` lacks, offering the known kinds, topics and sources, and asks
 * again after an answer the checker would refuse (an unknown id gets "did you mean").
 */
export async function promptForBriefing(
  { ask, say }: Prompter,
  known: KnownContent,
  today: string,
  given: Partial<NewBriefing> = {},
): Promise<NewBriefing> {
  const answer = { ...given };
  const until = async (question: string, accept: (text: string) => string | undefined) => {
    for (;;) {
      const text = (await ask(question)).trim();
      const problem = accept(text);
      if (!problem) return text;
      say(problem);
    }
  };
  const fieldProblem = (field: keyof NewBriefing, value: unknown) => {
    const candidate = {
      title: 'A title long enough',
      kind: 'news',
      topics: [],
      sources: [],
      ...answer,
      [field]: value,
    };
    const checked = checkNewBriefing(candidate as NewBriefing, known, today);
    if (checked.ok) return undefined;
    const own = checked.errors.filter((e) => e.field === field);
    return own.map((e) => e.message).join('\n') || undefined;
  };
  if (!answer.title) answer.title = await until('Title: ', (t) => fieldProblem('title', t));
  if (answer.dek === undefined)
    answer.dek = await until('Dek, one sentence (Enter to write it later): ', (t) =>
      t ? fieldProblem('dek', t) : undefined,
    );
  if (!answer.kind) {
    say(`Kinds: ${BRIEFING_KINDS.join(', ')}`);
    answer.kind =
      (await until('Kind [news]: ', (t) => fieldProblem('kind', t || 'news'))) || ('news' satisfies BriefingKind);
  }
  if (!answer.topics?.length) {
    say(`Topics: ${known.topics.join(', ')}`);
    answer.topics = idList(await until('Topics (comma-separated): ', (t) => fieldProblem('topics', idList(t))));
  }
  if (!answer.sources?.length) {
    say(`Sources: ${known.sources.join(', ')}`);
    const only = known.sources.length === 1 ? known.sources[0] : undefined;
    const text = await until(`Sources (comma-separated)${only ? ` [${only}]` : ''}: `, (t) =>
      fieldProblem('sources', idList(t || only)),
    );
    answer.sources = idList(text || only);
  }
  return answer as NewBriefing;
}
