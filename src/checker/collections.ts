/**
 * The content folder's collections: where each lives and which files it reads. Plain data with
 * no imports, so that a warm re-check can list files without loading the parsers.
 */
export const COLLECTIONS = {
  briefings: { extensions: ['.md'], noun: 'briefing' },
  topics: { extensions: ['.yaml', '.yml'], noun: 'topic' },
  sources: { extensions: ['.yaml', '.yml'], noun: 'source' },
  people: { extensions: ['.yaml', '.yml'], noun: 'person' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
