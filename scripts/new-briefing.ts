/**
 * npm run new -- --title "…" --kind news --topics cartels,migration --sources afp-rubio-mexico-trip [--dek "…"] [--slug …] [--published YYYY-MM-DD]
 * Starts a briefing: writes content/briefings/<slug>.md (CONTENT_DIR as the checker reads it)
 * as a draft dated today (the UTC day, or --published), with the usual sections, and prints its path and preview URL. In a
 * terminal, it asks for whatever the flags leave out. Exit 1 when it refuses (a slug or alias
 * already taken, an unknown id), with the file untouched; 2 on a bad option.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir as contentDirOf } from '../src/content-dir.ts';
import { readKnownContent } from '../src/scaffold/known-content.ts';
import {
  checkNewBriefing,
  idList,
  previewUrl,
  promptForBriefing,
  renderBriefing,
  type NewBriefing,
} from '../src/scaffold/new-briefing.ts';

const USAGE =
  'Usage: npm run new -- --title "…" --kind news|explainer|analysis|context --topics id,id --sources id [--dek "…"] [--slug …] [--published YYYY-MM-DD]\n(in a terminal, with no flags, it asks for each)';

let values;
try {
  ({ values } = parseArgs({
    options: {
      title: { type: 'string' },
      dek: { type: 'string' },
      kind: { type: 'string' },
      topics: { type: 'string' },
      sources: { type: 'string' },
      slug: { type: 'string' },
      published: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const root = process.cwd();
const contentDir = contentDirOf(root);
// The UTC day, as the checker's `published-in-future` reads it, unless --published says otherwise.
const { published, ...fields } = values;
const today = published ?? new Date().toISOString().slice(0, 10);
const known = await readKnownContent(contentDir, root);
let input: Partial<NewBriefing> = {
  ...fields,
  topics: idList(values.topics),
  sources: idList(values.sources),
};

const missing = !input.title || !input.kind || !input.topics?.length || !input.sources?.length;
if (missing && process.stdin.isTTY) {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    input = await promptForBriefing(
      { ask: (q) => terminal.question(q), say: (text) => console.log(text) },
      known,
      today,
      input,
    );
  } catch (error) {
    // Ctrl-C or Ctrl-D at a question: stop without a trace, as nothing has been written.
    if ((error as Error).name !== 'AbortError') throw error;
    console.error('\nStopped: no briefing written.');
    process.exit(1);
  } finally {
    terminal.close();
  }
} else if (missing) {
  console.error(`Missing --title, --kind, --topics or --sources.\n${USAGE}`);
  process.exit(2);
}

const checked = checkNewBriefing(input as NewBriefing, known, today);
if (!checked.ok) {
  console.error(`No briefing written:\n${checked.errors.map((e) => `  ${e.message}`).join('\n')}`);
  process.exit(1);
}
const path = join(contentDir, 'briefings', `${checked.slug}.md`);
try {
  writeFileSync(path, renderBriefing(checked.data), { flag: 'wx' }); // never over an existing file
} catch (error) {
  console.error(`No briefing written: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`Wrote ${relative(root, path)} (a draft dated ${today})`);
console.log(`Preview: npm run dev, then open ${previewUrl(checked.slug, process.env.BASE_PATH)}`);
