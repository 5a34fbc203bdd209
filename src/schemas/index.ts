export {
  idSchema,
  ID_PATTERN,
  anyReference,
  reference,
  knownReferences,
  unknownReferenceMessage,
  closestId,
  type ReferenceSchemas,
  type KnownIds,
} from './ids.ts';
export { calendarDaySchema, parseCalendarDay, DATE_MESSAGE } from './dates.ts';
export { topicSchema, REQUIRED_TOPIC_IDS, type Topic } from './topic.ts';
export { personSchema, type Person } from './person.ts';
export { sourceSchema, SOURCE_KINDS, type Source } from './source.ts';
export {
  briefingSchema,
  quoteSchema,
  BRIEFING_KINDS,
  type BriefingData,
  type BriefingKind,
  type Quote,
  type TranslationData,
} from './briefing.ts';
export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './edition.ts';
export { aliasesSchema } from './aliases.ts';
export {
  correctionSchema,
  correctionsSchema,
  checkCorrectionDates,
  CORRECTION_TEXT_MIN,
  CORRECTION_TEXT_MAX,
  type Correction,
} from './correction.ts';
export { languageTagSchema, LANGUAGE_TAG } from './language.ts';
export {
  timelineSchema,
  timelineEntrySchema,
  parseTimelineDate,
  TIMELINE_STATUSES,
  type TimelineEntry,
  type TimelineDate,
  type TimelineStatus,
  type DatePrecision,
} from './timeline.ts';
