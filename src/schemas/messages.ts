/**
 * Error messages for text fields: "is required: …" when the field is missing, and "must be
 * text …" when it holds something else (a number, a list), with what to write instead.
 */
export function textError(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: ${what}` : `must be text in quotes: ${what}`;
}
