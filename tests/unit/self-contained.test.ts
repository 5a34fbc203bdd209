import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh clone with nothing beside it passes `npm test`: no script it runs and no file of the
 * project reads outside the repository. Only CI's strict archive check (.ci/run) names the
 * archive next door.
 */
const OUTSIDE = /\.\.\/shared\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.(ts|mjs|js|astro|json)$/.test(entry.name) ? [path] : [];
  });
}

describe('the project is self-contained', () => {
  it('no npm script reads outside the repository', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(Object.entries(scripts).filter(([, command]) => OUTSIDE.test(command))).toEqual([]);
    expect(scripts['check:sources']).toBe('node src/checker/cli.ts --require-archive');
  });

  it('finds or installs a Chromium before the unit tests, some of which launch one', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['test:unit']).toBe('node scripts/ensure-chromium.ts && vitest run');
    const order = scripts['test:all']!.split(' && ');
    expect(order.indexOf('npm run test:unit')).toBeLessThan(order.indexOf('npm run test:e2e'));
  });

  it('no source, script or test names a folder beside the repository', () => {
    const named = ['src', 'scripts', 'tests']
      .flatMap(files)
      .filter((file) => !file.endsWith('self-contained.test.ts'))
      .filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')));
    expect(named).toEqual([]);
  });

  it('CI runs the tests, then the strict check against the archive beside the repository', () => {
    const steps = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !/^(set|cd|export) /.test(line));
    expect(steps).toEqual(['npm test', 'SOURCE_ARCHIVE=../shared/sources npm run check:sources']);
  });
});
