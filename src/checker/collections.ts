/** The collections the checker reads: the content model's registry (src/model/collections.ts). */
export {
  COLLECTIONS,
  COLLECTION_NAMES,
  collectionOf,
  isBriefingCollection,
  type CollectionName,
} from '../model/collections.ts';
