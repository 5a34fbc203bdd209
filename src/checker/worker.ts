/** A worker thread that analyses batches of files for pool.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { useCompileCache } from './compile-cache.ts';
import { runJob, type Job } from './job.ts';
import type { ArchiveTexts } from './rules/sources.ts';

useCompileCache();
const { analyzeSafely } = await import('./analyze.ts');
const { archive } = workerData as { archive: ArchiveTexts };
parentPort!.on('message', (batch: Job[]) => {
  parentPort!.postMessage(batch.map((job) => runJob(job, analyzeSafely, archive)));
});
