import { readFile } from 'node:fs/promises';
import { analyzeFile } from '../checker/analyze.ts';
import { scanContent } from '../checker/files.ts';
import type { KnownContent } from './new-briefing.ts';

/** A briefing cut after its frontmatter block, when it has one: aliases are all that is read, and the body is most of the parsing. */
const frontmatterOnly = (text: string) => /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? text;

/**
 * The ids, slugs and aliases in a content folder, read as the checker reads them (file names
 * are ids; aliases from each briefing's frontmatter, by the checker's own analysis).
 */
export async function readKnownContent(contentDir: string, root: string): Promise<KnownContent> {
  const { files } = await scanContent(contentDir, root);
  const ids = (collection: string) => files.filter((f) => f.collection === collection).map((f) => f.id);
  const aliases = new Map<string, string>();
  for (const file of files.filter((f) => f.collection === 'briefings')) {
    const text = await readFile(file.path, 'utf8').catch(() => '');
    for (const alias of analyzeFile(file.file, 'briefings', file.id, frontmatterOnly(text)).aliases ?? [])
      aliases.set(alias.id, file.id);
  }
  return { topics: ids('topics'), sources: ids('sources'), people: ids('people'), slugs: ids('briefings'), aliases };
}
