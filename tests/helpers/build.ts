import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The environment of a shell, without what Vitest adds (it sets Vite's DEV, MODE, BASE_URL...). */
export function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Builds the site from a content folder (default content/) into an output folder, as
 * `npm run build` does, with only the given settings from outside.
 */
export function build(contentDir: string | undefined, outDir: string, env: NodeJS.ProcessEnv = {}) {
  const base = shellEnv();
  for (const key of ['CONTENT_DIR', 'SITE_URL', 'BASE_PATH', 'BUILD_CACHE_DIR', 'BUILD_COLD']) delete base[key];
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    // Each output folder has a build cache of its own beside it, so that builds running at once never share one.
    env: {
      BUILD_CACHE_DIR: `${outDir}.cache`,
      ...base,
      ...env,
      ...(contentDir && { CONTENT_DIR: contentDir }),
      OUT_DIR: outDir,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

export interface BuildSettings {
  outDir: string;
  /** A content folder other than content/ (CONTENT_DIR). */
  contentDir?: string;
  siteUrl?: string;
  basePath?: string;
}

/** Builds the site as `npm run build` does, with the given settings and nothing else from the caller's environment. */
export function buildSite({ outDir, contentDir, siteUrl, basePath }: BuildSettings) {
  const { status, output } = build(contentDir, outDir, {
    ...(siteUrl && { SITE_URL: siteUrl }),
    ...(basePath && { BASE_PATH: basePath }),
  });
  if (status !== 0) throw new Error(`build failed (${status}):\n${output}`);
  return output;
}

export interface Served {
  /** The site's home, such as http://127.0.0.1:40123/briefings-mx/. */
  home: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a build with the project's own static server (scripts/serve.ts) on a free port. */
export async function serveSite(dir: string, basePath = '/'): Promise<Served> {
  const child = spawn(process.execPath, ['scripts/serve.ts', dir, '--port', '0', '--base', basePath], {
    env: shellEnv(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const home = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const url = /at (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve(url.replace('//localhost:', '//127.0.0.1:'));
    });
    child.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
  });
  return {
    home,
    origin: new URL(home).origin,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}
