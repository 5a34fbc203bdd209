import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from './analyze.ts';
import type { CollectionName } from './collections.ts';

/** One file to analyse. */
export interface Job {
  file: string;
  collection: CollectionName;
  id: string;
  text: string;
}

/** Analyses files, on worker threads or on this one. */
export interface Pool {
  analyze(jobs: readonly Job[]): Promise<FileFacts[]>;
  close(): Promise<void>;
}

/** Below this many files per thread, starting a thread (each loads the parsers) costs more than it saves. */
export const FILES_PER_THREAD = 300;
const BATCH = 48;
const YOUNG_GENERATION_MB = Number(process.env.CHECKER_YOUNG_MB || 96);

/** How many worker threads to use for `files` files: 0 means analyse on this thread. */
export function threadsFor(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  return Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD));
}

function localPool(base: string): Pool {
  return {
    async analyze(jobs) {
      if (jobs.length === 0) return [];
      const { analyzeSafely } = await import('./analyze.ts');
      return jobs.map((job) => analyzeSafely(job.file, job.collection, job.id, job.text, base));
    },
    async close() {},
  };
}

/**
 * Starts `threads` worker threads (or none), so that they load the parsers while the caller
 * reads files. `analyze` hands out small batches so that every thread stays busy to the end;
 * results keep the order of the jobs.
 */
export function startPool(threads: number, base: string): Pool {
  if (threads <= 0) return localPool(base);
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { base },
        // Parsing makes many short-lived objects: a larger young generation means fewer collections.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
  return {
    async analyze(jobs) {
      const results: FileFacts[] = new Array(jobs.length);
      let next = 0;
      const drive = (worker: Worker) =>
        new Promise<void>((resolve, reject) => {
          let start = 0;
          const feed = () => {
            if (next >= jobs.length) {
              worker.off('message', onMessage).off('error', reject).off('exit', onExit);
              resolve();
              return;
            }
            start = next;
            next = Math.min(jobs.length, next + BATCH);
            worker.postMessage(jobs.slice(start, next));
          };
          const onMessage = (facts: FileFacts[]) => {
            facts.forEach((f, i) => (results[start + i] = f));
            feed();
          };
          const onExit = (code: number) => reject(new Error(`a checker thread stopped early (exit code ${code})`));
          worker.on('message', onMessage).on('error', reject).on('exit', onExit);
          feed();
        });
      await Promise.all(workers.map(drive));
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
