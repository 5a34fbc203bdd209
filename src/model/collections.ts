/**
 * The content model's registry: each collection declared once, with its folder in the content
 * folder, the files it reads, the noun its entries are called by (in reference fields and
 * messages), the site path its pages live under (if it has pages), whether it has an index page there
 * and whether that index runs over numbered pages (`/<pages>/2/`…), whether each entry's page runs over numbered pages
 * (`/<pages>/<id>/2/`…), and its schema (from src/schemas/, which marks its own
 * reference fields). A translated edition's briefings are a collection of their own, in a folder
 * inside the briefings folder named by the language. The content config, the checker's file
 * listing, its validation, its reference and internal-link checks derive from it.
 *
 * Adding a collection is one entry here plus its schema. The schema is named by a lazy
 * `import()`, so this module loads nothing: the checker's warm re-check lists files without
 * loading zod or the parsers (model/schemas.ts resolves the schemas for those that need them).
 */
import type { z } from 'astro/zod';

/** Whether a collection has an index page at `/<pages>/`, on one page or over numbered pages. */
export type IndexPages = 'none' | 'one page' | 'numbered';

/** What the registry says of each collection. */
export interface CollectionDeclaration {
  /** Its folder inside the content folder. */
  folder: string;
  /** The file extensions it reads, the first being the one new files get. */
  extensions: readonly string[];
  /** What one entry is called, in reference fields (`reference('topic', …)`) and messages. */
  noun: string;
  /** The first path segment of its pages (`/topics/<id>/`), or undefined when it has none. */
  pages: string | undefined;
  index: IndexPages;
  /** Whether each entry's page runs over numbered pages (`/topics/<id>/2/`…). */
  numberedPages: boolean;
  /** Its schema, loaded only when asked for (a type-only import here keeps this module import-free). */
  schema: () => Promise<z.ZodType>;
}

export const COLLECTIONS = {
  briefings: {
    folder: 'briefings',
    extensions: ['.md'],
    noun: 'briefing',
    pages: 'briefings',
    index: 'none',
    numberedPages: false,
    schema: () => import('../schemas/briefing.ts').then((s) => s.briefingSchema()),
  },
  // Spanish briefings: each names its English original (`translationOf`); the folder gives the language.
  translations: {
    folder: 'briefings/es',
    extensions: ['.md'],
    noun: 'translation',
    pages: undefined,
    index: 'none',
    numberedPages: false,
    schema: () => import('../schemas/briefing.ts').then((s) => s.translationSchema()),
  },
  topics: {
    folder: 'topics',
    extensions: ['.yaml', '.yml'],
    noun: 'topic',
    pages: 'topics',
    index: 'one page',
    numberedPages: true,
    schema: () => import('../schemas/topic.ts').then((s) => s.topicSchema),
  },
  sources: {
    folder: 'sources',
    extensions: ['.yaml', '.yml'],
    noun: 'source',
    pages: undefined,
    index: 'none',
    numberedPages: false,
    schema: () => import('../schemas/source.ts').then((s) => s.sourceSchema),
  },
  // The people index runs over /people/2/…, so a person's id may not be digits alone.
  people: {
    folder: 'people',
    extensions: ['.yaml', '.yml'],
    noun: 'person',
    pages: 'people',
    index: 'numbered',
    numberedPages: true,
    schema: () => import('../schemas/person.ts').then((s) => s.personSchema),
  },
} as const;

/** Holds the registry to its declared shape (a `satisfies` would make its type circular with the schemas'). */
export type Registry<T extends Record<string, CollectionDeclaration> = typeof COLLECTIONS> = T;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** What an entry of a collection is called: "briefing", "topic", "source", "person". */
export type Noun = (typeof COLLECTIONS)[CollectionName]['noun'];

/** The collection whose entries are called `noun`. */
export function collectionOf(noun: Noun): CollectionName {
  return COLLECTION_NAMES.find((name) => COLLECTIONS[name].noun === noun)!;
}

/** The collection's files as a glob pattern inside its folder: `*.md`, `*.{yaml,yml}`. */
export function filePattern(name: CollectionName): string {
  const extensions = COLLECTIONS[name].extensions.map((e) => e.slice(1));
  return extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
}

/** Whether a collection's files are Markdown briefings (frontmatter and a body) rather than YAML data. */
export const isBriefingCollection = (name: CollectionName) => COLLECTIONS[name].extensions[0] === '.md';

/**
 * The edition a content file belongs to, from the folder it is in: a file in the translations'
 * folder (`…/briefings/es/…`) is Spanish, every other one English.
 */
export function editionOfFile(path: string): 'en' | 'es' {
  return path.replace(/\\/g, '/').includes(`/${COLLECTIONS.translations.folder}/`) ? 'es' : 'en';
}
