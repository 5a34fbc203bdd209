import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  ok: boolean;
  wallMs: number;
  /**
   * Peak resident memory of the process tree, in bytes: the highest sum of its live processes'
   * resident memory (sampled from /proc every 25 ms), or the largest single process's own peak
   * (VmHWM) if that is higher.
   */
  peakRssBytes: number;
  /**
   * CPU time (user and system) of the whole process tree, in milliseconds: less swayed than wall
   * time by other work on the machine.
   */
  cpuMs: number;
  output: string;
}

/** CPU time of this process's children that have ended (and theirs), in milliseconds: cutime + cstime. */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3), in clock ticks.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every mainstream architecture. */
const CLOCK_TICKS = 100;

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

/** Samples the tree under `pid`: the sum of its processes' resident memory now, and each one's own peak. */
function sampleTree(pid: number, peaks: Map<number, number>): number {
  let now = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      now += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      peaks.set(p, Math.max(peaks.get(p) ?? 0, hwm));
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
  return now;
}

/**
 * Samples the memory of the process tree under `pid` every `everyMs` until the returned function
 * is called; it returns the peak, as `Measurement.peakRssBytes` defines it.
 */
export function trackPeakRss(pid: number, everyMs = 25): () => number {
  const peaks = new Map<number, number>();
  let highestSum = 0;
  const timer = setInterval(() => (highestSum = Math.max(highestSum, sampleTree(pid, peaks))), everyMs);
  return () => {
    clearInterval(timer);
    highestSum = Math.max(highestSum, sampleTree(pid, peaks));
    return Math.max(highestSum, ...peaks.values());
  };
}

/** Runs a command to completion, timing it and sampling the peak memory of its process tree. */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const peak = trackPeakRss(child.pid!);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      resolve({ ok: code === 0, wallMs, peakRssBytes: peak(), cpuMs: childrenCpuMs() - cpuBefore, output });
    });
  });
}
