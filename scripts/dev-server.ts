/**
 * Starts `astro dev` on a free port for a test or a script, with its own content folder, and
 * always stops it: the dev-server test and the error screenshot use it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../src/lib/urls.ts';

export interface DevServer {
  /** The site's URL at its base, such as http://127.0.0.1:43121/ or http://127.0.0.1:43121/briefings-mx/. */
  url: string;
  /** Everything the server printed so far (stdout and stderr), without colour. */
  output(): string;
  /** Waits until the output matches, or fails after `timeoutMs` with the output so far. */
  waitFor(pattern: RegExp, timeoutMs?: number, from?: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

/** A port nothing listens on now: the system picks one, and it is freed again for the server. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as import('node:net').AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** The environment without what a test runner sets (NODE_ENV=test, VITEST…), which would change how Astro runs. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  return env;
}

const ASTRO = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

export async function startDevServer({
  root = resolve(import.meta.dirname, '..'),
  contentDir,
  basePath = '/',
  timeoutMs = 90_000,
}: {
  root?: string;
  contentDir: string;
  /** BASE_PATH for the site, as the build reads it. */
  basePath?: string;
  timeoutMs?: number;
}): Promise<DevServer> {
  const port = await freePort();
  // Astro's cache (its content data store) of its own, so that the project's is not replaced by this content's.
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-dev-cache-'));
  // --ignore-lock: alongside an editor's own `npm run dev` (Astro allows one tracked server a project), in the foreground.
  const child = spawn(
    process.execPath,
    [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      cwd: root,
      env: {
        ...devEnvironment(),
        CONTENT_DIR: contentDir,
        BASE_PATH: basePath,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that stop() ends Astro and anything it started
    },
  );
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8').replace(/\x1b\[[0-9;]*m/g, '');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const waitFor = (pattern: RegExp, ms = 10_000, from = 0) =>
    new Promise<RegExpMatchArray>((done, fail) => {
      const test = () => {
        const match = text.slice(from).match(pattern);
        if (!match) return false;
        cleanup();
        done(match);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        fail(new Error(`astro dev did not print ${pattern} within ${ms} ms; it printed:\n${text.slice(from)}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      const listener = () => void test();
      if (!test()) listeners.add(listener);
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(killed);
    }
    rmSync(cacheDir, { recursive: true, force: true });
  };

  const server: DevServer = {
    url: `http://127.0.0.1:${port}${normalizeBase(basePath)}`,
    output: () => text,
    waitFor,
    stop,
  };
  try {
    await waitFor(new RegExp(`127\\.0\\.0\\.1:${port}`), timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return server;
}
