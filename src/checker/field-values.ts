/** Reading a field's value before the schema has vouched for it: what the cross-file facts take from any file. */

/** The items of a list written in a field, if it is one. */
export const listIn = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The strings in a list written in a field, if it is one. */
export const stringsIn = (value: unknown): string[] => listIn(value).filter((v): v is string => typeof v === 'string');
