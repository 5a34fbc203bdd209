import { describe, expect, it } from 'vitest';
import { parsePhasesLine, phaseSeconds, phasesLine } from '../../scripts/build-phases.ts';

const t0 = 1_700_000_000_000;
const times = {
  started: t0,
  start: t0 + 900,
  checked: t0 + 2_100,
  synced: t0 + 5_500,
  rendered: t0 + 15_700,
  finished: t0 + 16_500,
  searched: t0 + 18_600,
  done: t0 + 18_700,
};

describe('the phases line', () => {
  it('gives each phase from the mark before it, the total and the peak memory', () => {
    expect(phasesLine(times, 1234 * 2 ** 20)).toBe(
      'Phases: start-up 0.9 s, content check 1.2 s, content sync 3.4 s, rendering 10.2 s, headers and sitemap 0.8 s, search index 2.1 s; total 18.7 s; peak memory 1234 MiB',
    );
  });

  it('counts a phase whose mark is missing into the next one', () => {
    const { checked: _, ...withoutCheck } = times;
    const seconds = phaseSeconds(withoutCheck);
    expect(seconds['content check']).toBe(0);
    expect(seconds['content sync']).toBeCloseTo(4.6);
  });

  it('shows a content check that ran beside start-up and sync as such, its set-up moment counted into the sync', () => {
    const line = phasesLine({ ...times, checkBeside: 2.5 }, 2 ** 30);
    expect(line).toBe(
      'Phases: start-up 0.9 s, content check 2.5 s (beside start-up and content sync), content sync 4.6 s, rendering 10.2 s, headers and sitemap 0.8 s, search index 2.1 s; total 18.7 s; peak memory 1024 MiB',
    );
    expect(parsePhasesLine(line)?.phases['content check']).toBe(2.5);
    expect(parsePhasesLine(line)?.phases['content sync']).toBe(4.6);
  });

  it('is read back by the benchmark from the last such line of a build', () => {
    const output = `Built dist\nPhases: start-up 9.9 s, content check 9.9 s, content sync 9.9 s, rendering 9.9 s, headers and sitemap 9.9 s, search index 9.9 s; total 59.4 s; peak memory 1 MiB\n${phasesLine(times, 2 ** 30)}\n`;
    expect(parsePhasesLine(output)).toEqual({
      phases: {
        'start-up': 0.9,
        'content check': 1.2,
        'content sync': 3.4,
        rendering: 10.2,
        'headers and sitemap': 0.8,
        'search index': 2.1,
      },
      totalS: 18.7,
      peakMiB: 1024,
    });
    expect(parsePhasesLine('Built dist\n')).toBeUndefined();
  });
});
