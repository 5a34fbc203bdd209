/**
 * The content check of `npm run build`, run by the content checker's command line
 * (src/checker/cli.ts) in a process of its own, so that it runs beside Astro's start-up and
 * content sync on another core, and its memory is given back before Astro, which waits for its
 * verdict after the sync, bundles and renders.
 * It reads the same settings as the build: CONTENT_DIR, BASE_PATH and SOURCE_ARCHIVE.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from '../src/checker/index.ts';

export interface CheckOutcome {
  /** The checker's result, when it ran; `errors > 0` means the content is invalid. */
  result?: CheckResult;
  /** Why the checker could not run (a bad SOURCE_ARCHIVE, say), when it did not. */
  failure?: string;
  /** When it ended, in milliseconds since the epoch. */
  at: number;
}

export async function checkBeside(env: NodeJS.ProcessEnv = process.env): Promise<CheckOutcome> {
  const cli = fileURLToPath(new URL('../src/checker/cli.ts', import.meta.url));
  const child = spawn(process.execPath, [cli, '--format', 'json'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const [code] = (await once(child, 'close')) as [number | null];
  const at = Date.now();
  if (code === 0 || code === 1) {
    try {
      return { result: JSON.parse(out) as CheckResult, at };
    } catch {
      // not the report: fall through
    }
  }
  return { failure: err.trim() || out.trim() || `the checker stopped (exit ${code})`, at };
}
