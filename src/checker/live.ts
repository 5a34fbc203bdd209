import type { CheckResult } from './check.ts';
import { compareReports, type ReportChanges } from './changes.ts';

export interface LiveCheckOptions {
  /** Runs one check of the whole content folder (the cache makes an unchanged file cheap). */
  check: () => Promise<CheckResult>;
  /** Called after every check with its result, what changed since the last one, and the last result. */
  report: (result: CheckResult, changes: ReportChanges, previous: CheckResult | undefined) => void;
  /** Called when a check itself fails (not the content: the checker). */
  fail?: (error: unknown) => void;
  /** How long to wait after a change for more changes (an editor's save can be several writes). */
  settleMs?: number;
}

export interface LiveCheck {
  /** Says that something in the content folder changed: a check follows once changes settle. */
  changed(): void;
  /** The newest result, once the first check has finished. */
  latest(): CheckResult | undefined;
  /** Settles when every change said so far has been checked and reported. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Re-checks content as it changes: changes close together make one check, one check runs at a
 * time, and a change during a check makes one more after it, so the last report always
 * describes the files as they are now. The first check starts at once.
 */
export function startLiveCheck({ check, report, fail, settleMs = 40 }: LiveCheckOptions): LiveCheck {
  let latest: CheckResult | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let waiting: (() => void)[] = [];

  const settle = () => {
    if (timer || running || again) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };

  const run = () => {
    timer = undefined;
    if (closed) return settle();
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        const result = await check();
        const previous = latest;
        latest = result;
        if (!closed) report(result, compareReports(previous, result), previous);
      } catch (error) {
        fail?.(error);
      }
    })().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        run();
      } else {
        again = false;
        settle();
      }
    });
  };

  run();
  return {
    changed() {
      if (closed) return;
      clearTimeout(timer);
      timer = setTimeout(run, settleMs);
    },
    latest: () => latest,
    idle: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        settle();
      }),
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
  };
}
