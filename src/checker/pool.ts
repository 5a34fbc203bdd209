import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.ts';
import type { ArchiveTexts } from './rules/sources.ts';

/** Analyses files, on worker threads or on this one. */
export interface Pool {
  analyze(jobs: readonly Job[]): Promise<JobResult[]>;
  close(): Promise<void>;
}

/** Below this many files per thread, starting a thread (each loads the parsers) costs more than it saves. */
export const FILES_PER_THREAD = 200;
const BATCH = 32;
/** Batches handed to each thread ahead, so that it never waits for the next one. */
const AHEAD = 2;
/** Parsing makes many short-lived objects: a larger young generation means fewer collections. */
const YOUNG_GENERATION_MB = 96;

/**
 * How many worker threads to use for `files` files: 0 means analyse on this thread, which is
 * also the answer when only one thread would be useful (one worker is no faster than this one).
 */
export function threadsFor(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  const useful = Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD));
  return useful >= 2 ? useful : 0;
}

function localPool(archive: ArchiveTexts): Pool {
  return {
    async analyze(jobs) {
      if (jobs.length === 0) return [];
      const { analyzeSafely } = await import('./analyze.ts');
      return jobs.map((job) => runJob(job, analyzeSafely, archive));
    },
    async close() {},
  };
}

/**
 * Starts `threads` worker threads (or none), so that they load the parsers while the caller
 * lists and reads files. `analyze` hands out small batches, a few ahead, so that every thread
 * stays busy to the end; results keep the order of the jobs.
 */
export function startPool(threads: number, archive: ArchiveTexts = {}): Pool {
  if (threads <= 0) return localPool(archive);
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { archive },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
  return {
    async analyze(jobs) {
      const results: JobResult[] = new Array(jobs.length);
      let next = 0;
      const drive = (worker: Worker) =>
        new Promise<void>((resolve, reject) => {
          const starts: number[] = []; // where each batch in flight begins, oldest first
          const send = () => {
            if (next >= jobs.length) return;
            starts.push(next);
            worker.postMessage(jobs.slice(next, (next = Math.min(jobs.length, next + BATCH))));
          };
          const onMessage = (batch: JobResult[]) => {
            const start = starts.shift()!;
            batch.forEach((result, i) => (results[start + i] = result));
            send();
            if (starts.length === 0) {
              worker.off('message', onMessage).off('error', reject).off('exit', onExit);
              resolve();
            }
          };
          const onExit = (code: number) => reject(new Error(`a checker thread stopped early (exit code ${code})`));
          worker.on('message', onMessage).on('error', reject).on('exit', onExit);
          for (let i = 0; i < AHEAD; i++) send();
          if (starts.length === 0) {
            worker.off('message', onMessage).off('error', reject).off('exit', onExit);
            resolve();
          }
        });
      await Promise.all(workers.map(drive));
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
