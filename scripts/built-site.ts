/**
 * Serves a built site with scripts/serve.ts (as `npm run preview` does) on a free port, for
 * the project's own tools (screenshots, Lighthouse). `stop()` ends the server.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createUrls, type SiteUrls } from '../src/lib/urls.ts';

export interface BuiltSite {
  /** Scheme, host and port, such as http://localhost:41234 */
  origin: string;
  /** The site's URLs under its base path. */
  urls: SiteUrls;
  /** An absolute URL for a site path made with `urls`. */
  at(path: string): string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export async function serveBuiltSite({
  dir = process.env.OUT_DIR || 'dist',
  base = process.env.BASE_PATH || '/',
  port,
}: { dir?: string; base?: string; port?: number } = {}): Promise<BuiltSite> {
  const chosen = port ?? (await freePort());
  const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = spawn(process.execPath, [serveScript, dir, '--port', String(chosen), '--base', base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving ')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}: ${output.trim()}`)));
  });
  const origin = `http://localhost:${chosen}`;
  return {
    origin,
    urls: createUrls(base),
    at: (path) => new URL(path, origin).href,
    stop: () => void child.kill(),
  };
}
