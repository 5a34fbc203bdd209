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

export type CollectionName = keyof typeof COLLECTIONS;
/** Whether a collection has an index page at `/<pages>/`, on one page or over numbered pages. */
export type IndexPages = 'none' | 'one page' | 'numbered';
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

/** The collections whose entries each have a page at `/<pages>/<id>/`, by that first path segment. */
export const PAGE_COLLECTIONS: ReadonlyMap<string, CollectionName> = new Map(
  COLLECTION_NAMES.flatMap((name) => {
    const pages: string | undefined = COLLECTIONS[name].pages;
    return pages ? [[pages, name] as const] : [];
  }),
);

/**
 * The edition a content file belongs to, from the folder it is in: a file in the translations'
 * folder (`…/briefings/es/…`) is Spanish, every other one English.
 */
export function editionOfFile(path: string): 'en' | 'es' {
  return path.replace(/\\/g, '/').includes(`/${COLLECTIONS.translations.folder}/`) ? 'es' : 'en';
}
