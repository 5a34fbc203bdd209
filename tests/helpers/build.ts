import { spawnSync } from 'node:child_process';

/** The environment of a shell, without what Vitest adds (it sets Vite's DEV, MODE, BASE_URL...). */
export function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Builds the site from a content folder into an output folder, as `npm run build` does. */
export function build(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...shellEnv(), ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
