/** A worker thread that analyses batches of files for pool.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { useCompileCache } from './compile-cache.ts';
import type { Job } from './pool.ts';

useCompileCache();
const { analyzeSafely } = await import('./analyze.ts');
const { base } = workerData as { base: string };
parentPort!.on('message', (batch: Job[]) => {
  parentPort!.postMessage(batch.map((job) => analyzeSafely(job.file, job.collection, job.id, job.text, base)));
});
