import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder a test makes (through `os.tmpdir()`, in the test
 * or in a build it starts) goes under one folder of this run, removed when the run ends, so no
 * test leaves a folder behind even when it fails half-way.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'briefings-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
