import { readFileSync } from 'node:fs';
import type { FileFacts, analyzeSafely } from './analyze.ts';
import { hashContent } from './cache.ts';
import type { CollectionName } from '../model/collections.ts';
import { problem, START } from './problem.ts';
import type { ArchiveTexts } from './rules/sources.ts';

/** One file to analyse. Without `text`, whoever runs the job reads the file (on its own thread). */
export interface Job {
  path: string;
  file: string;
  collection: CollectionName;
  id: string;
  text?: string;
  hash?: string;
}

export interface JobResult {
  facts: FileFacts;
  /** The content hash the facts belong to; absent when the file could not be read (nothing to cache). */
  hash?: string;
}

export function unreadable(job: Pick<Job, 'file' | 'collection' | 'id'>, error: unknown): FileFacts {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return {
    file: job.file,
    collection: job.collection,
    id: job.id,
    references: [],
    links: [],
    problems: [
      problem(
        job.file,
        START,
        'error',
        'unreadable-file',
        `the file cannot be read (${reason}): check that it is a file you can open`,
      ),
    ],
  };
}

/** Reads the file if need be, and analyses it. */
export function runJob(job: Job, analyze: typeof analyzeSafely, archive: ArchiveTexts = {}): JobResult {
  let { text, hash } = job;
  if (text === undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(job.path);
    } catch (error) {
      return { facts: unreadable(job, error) };
    }
    hash = hashContent(bytes);
    text = bytes.toString('utf8');
  }
  return { facts: analyze(job.file, job.collection, job.id, text, archive), hash };
}
