import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The GitHub Actions workflows the README offers: each step runs a script that exists, with what it needs. */
interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const read = (name: string) => parseYaml(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((s) => (s.run ? [s.run] : []));

describe('.github/workflows', () => {
  const check = read('check.yml');
  const deploy = read('deploy.yml');

  it.each([
    ['check.yml', check],
    ['deploy.yml', deploy],
  ])('%s runs only npm scripts package.json has', (_name, workflow) => {
    for (const run of runs(workflow)) {
      const script = /^npm run ([\w:-]+)/.exec(run)?.[1];
      if (script) expect(scripts, run).toHaveProperty(script);
      else expect(run).toMatch(/^npm ci\b/);
    }
  });

  it('checks every pull request, with problems as GitHub annotations, and builds it', () => {
    expect(Object.keys(check.on)).toContain('pull_request');
    expect(runs(check)).toEqual(
      expect.arrayContaining(['npm run check:content -- --format github --no-cache', 'npm run build']),
    );
  });

  it('deploys main to GitHub Pages with the origin and base path Pages gives', () => {
    expect(deploy.on).toEqual(expect.objectContaining({ push: { branches: ['main'] } }));
    const build = steps(deploy).find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(steps(deploy).find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(steps(deploy).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toMatchObject({
      with: { path: 'dist' },
    });
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });
});
