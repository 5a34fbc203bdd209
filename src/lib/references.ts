/**
 * Looks up the entries a briefing names. The content checker has already refused unknown ids
 * before the build, so a missing one here is a bug and fails the build loudly.
 */
export function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Unknown ${what} "${id}": run npm run check:content`);
  return found;
}

export function lookupAll<T>(map: ReadonlyMap<string, T>, ids: readonly string[], what: string): T[] {
  return ids.map((id) => lookup(map, id, what));
}
