/** A value path in words: `title`, "`topics` item 2", "`speaker` in `quotes` item 1". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const last = path[path.length - 1]!;
  const before = path.slice(0, -1);
  if (typeof last === 'number') return `${fieldLabel(before) || 'the list'} item ${last + 1}`;
  return before.length ? `\`${String(last)}\` in ${fieldLabel(before)}` : `\`${String(last)}\``;
}
