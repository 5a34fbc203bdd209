import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBeside } from '../../scripts/check-beside.ts';
import { shellEnv } from '../helpers/build.ts';

const fixture = resolve('tests/fixtures/site');

describe('the content check beside the build', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'briefings-check-beside-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const env = (extra: NodeJS.ProcessEnv) => ({ ...shellEnv(), CONTENT_DIR: fixture, ...extra });

  it("gives the checker's result for valid content", async () => {
    const outcome = await checkBeside(env({ BUILD_CACHE_DIR: join(work, 'c1') }));
    expect(outcome.failure).toBeUndefined();
    expect(outcome.result?.errors).toBe(0);
    expect(outcome.result?.files).toBeGreaterThan(5);
  });

  it('gives every problem, at its file and line, for invalid content', async () => {
    const broken = join(work, 'broken');
    cpSync(fixture, broken, { recursive: true });
    const file = join(broken, 'briefings', 'fixture-published.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[cartels, migration]', '[cartel, migration]'));
    const { result } = await checkBeside(env({ CONTENT_DIR: broken }));
    expect(result?.errors).toBe(1);
    expect(result?.problems.find((p) => p.severity === 'error')).toMatchObject({
      file: expect.stringMatching(/briefings\/fixture-published\.md$/),
      line: 6,
      severity: 'error',
      rule: 'unknown-topic',
    });
  });

  it('says why when the checker cannot run', async () => {
    const outcome = await checkBeside(env({ SOURCE_ARCHIVE: join(work, 'no-such-archive') }));
    expect(outcome.result).toBeUndefined();
    expect(outcome.failure).toMatch(/source archive .*no-such-archive is not a folder/);
  });
});
