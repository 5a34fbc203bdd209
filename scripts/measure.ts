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
   * CPU time (user and system) of the whole process tree, in milliseconds: each process's own, as
   * last sampled. Less swayed than wall time by other work on the machine.
   */
  cpuMs: number;
  output: string;
}

/** Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every mainstream architecture. */
const CLOCK_TICKS = 100;

/** The children of `pid`, from each of its threads' /proc children list (else by scanning /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return scanForChildren(pid);
  }
}

function scanForChildren(pid: number): number[] {
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

/** What the samples of a process tree have seen: each process's peak memory and CPU time so far. */
interface TreeSamples {
  peaks: Map<number, number>;
  cpuMs: Map<number, number>;
}

/** Samples the tree under `pid`: the sum of its processes' resident memory now; notes each one's peak and CPU time. */
function sampleTree(pid: number, seen: TreeSamples): number {
  let now = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      now += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      seen.peaks.set(p, Math.max(seen.peaks.get(p) ?? 0, hwm));
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      // utime and stime, fields 14 and 15 of stat, counted here from the state field (3).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.cpuMs.set(p, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
  return now;
}

/**
 * Samples the process tree under `pid` every `everyMs` until the returned function is called; it
 * returns the peak memory and the CPU time, as `Measurement` defines them.
 */
export function trackTree(pid: number, everyMs = 25): () => { peakRssBytes: number; cpuMs: number } {
  const seen: TreeSamples = { peaks: new Map(), cpuMs: new Map() };
  let highestSum = 0;
  const timer = setInterval(() => (highestSum = Math.max(highestSum, sampleTree(pid, seen))), everyMs);
  return () => {
    clearInterval(timer);
    highestSum = Math.max(highestSum, sampleTree(pid, seen));
    const cpuMs = [...seen.cpuMs.values()].reduce((a, b) => a + b, 0);
    return { peakRssBytes: Math.max(highestSum, ...seen.peaks.values()), cpuMs };
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
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const tree = trackTree(child.pid!);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      resolve({ ok: code === 0, wallMs, ...tree(), output });
    });
  });
}
