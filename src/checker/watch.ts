import { watch } from 'node:fs';
import { checkContent, type CheckOptions } from './check.ts';
import { formatChanges } from './changes.ts';
import { startLiveCheck, type LiveCheck } from './live.ts';
import { formatText, type Colors } from './report.ts';

/**
 * `check:content --watch`: checks once and prints the full report, then re-checks the content
 * folder on every save and prints only what changed since the last report (problems found,
 * problems fixed, and the summary). Returns the live check; closing it stops watching.
 */
export function watchContent(options: CheckOptions, print: (text: string) => void, colors?: Colors): LiveCheck {
  const live = startLiveCheck({
    check: () => checkContent(options),
    report(result, changes, previous) {
      const text = previous ? formatChanges(changes, result, colors) : formatText(result, colors);
      if (text) print(text);
    },
    fail: (error) => print(`the check failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const watcher = watch(options.contentDir, { recursive: true }, () => live.changed());
  watcher.on('error', (error) => print(`cannot watch ${options.contentDir}: ${error.message}`));
  const close = live.close;
  live.close = () => {
    watcher.close();
    close();
  };
  return live;
}
