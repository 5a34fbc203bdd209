/**
 * The line every build ends with: where the time went, phase by phase, and the peak memory of
 * the build's processes. The benchmark reads the same line back.
 */

/** When each phase ended, in milliseconds since the epoch (src/integrations/build-phases.ts notes Astro's). */
export interface PhaseMarks {
  start?: number;
  checked?: number;
  synced?: number;
  rendered?: number;
  finished?: number;
}

export interface BuildTimes extends PhaseMarks {
  started: number;
  searched: number;
  done: number;
  /**
   * When the content check ran beside start-up and the content sync (scripts/build.ts), the
   * seconds it took: the line shows them as its phase, marked as running beside the others.
   */
  checkBeside?: number;
}

/** What the line says after a phase that ran beside the ones around it. */
const BESIDE = ' (beside start-up and content sync)';

/** The phases in order, each from the mark before it to its own. */
export const PHASES = [
  ['start-up', 'start'],
  ['content check', 'checked'],
  ['content sync', 'synced'],
  ['rendering', 'rendered'],
  ['headers and sitemap', 'finished'],
  ['search index', 'searched'],
] as const satisfies readonly (readonly [string, keyof BuildTimes])[];

export type PhaseName = (typeof PHASES)[number][0];

/** Each phase's seconds; a phase whose mark is missing counts into the next one. */
export function phaseSeconds(times: BuildTimes): Record<PhaseName, number> {
  let from = times.started;
  const seconds = {} as Record<PhaseName, number>;
  for (const [name, mark] of PHASES) {
    const at = times[mark];
    seconds[name] = at === undefined ? 0 : (at - from) / 1000;
    if (at !== undefined) from = at;
  }
  if (times.checkBeside !== undefined) {
    // Astro's own moment for the check (its config set-up) belongs to the sync it starts.
    seconds['content sync'] += seconds['content check'];
    seconds['content check'] = times.checkBeside;
  }
  return seconds;
}

const s = (n: number) => `${n.toFixed(1)} s`;

/** Such as "Phases: start-up 0.9 s, content check 1.2 s, …; total 18.6 s; peak memory 1234 MiB". */
export function phasesLine(times: BuildTimes, peakBytes: number): string {
  const seconds = phaseSeconds(times);
  const parts = PHASES.map(
    ([name]) =>
      `${name} ${s(seconds[name])}${name === 'content check' && times.checkBeside !== undefined ? BESIDE : ''}`,
  );
  const total = (times.done - times.started) / 1000;
  return `Phases: ${parts.join(', ')}; total ${s(total)}; peak memory ${Math.round(peakBytes / 2 ** 20)} MiB`;
}

/** The phases, total and peak memory back from a build's output (its last phases line). */
export function parsePhasesLine(
  output: string,
): { phases: Record<PhaseName, number>; totalS: number; peakMiB: number } | undefined {
  const line = output.split('\n').findLast((l) => l.startsWith('Phases: '));
  if (!line) return undefined;
  const phases = {} as Record<PhaseName, number>;
  for (const [name] of PHASES) {
    const match = new RegExp(`${name} ([\\d.]+) s`).exec(line);
    if (!match) return undefined;
    phases[name] = Number(match[1]);
  }
  const total = /total ([\d.]+) s/.exec(line);
  const peak = /peak memory (\d+) MiB/.exec(line);
  if (!total || !peak) return undefined;
  return { phases, totalS: Number(total[1]), peakMiB: Number(peak[1]) };
}
