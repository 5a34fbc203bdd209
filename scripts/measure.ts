import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the process tree, in bytes (sampled from /proc every 25 ms). */
  peakRssBytes: number;
  output: string;
}

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

/** The sum of each live process's peak RSS (VmHWM) in the tree under `pid`. */
function treePeakRss(pid: number, peaks: Map<number, number>): void {
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (hwm) peaks.set(p, Math.max(peaks.get(p) ?? 0, Number(hwm[1]) * 1024));
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
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
    const peaks = new Map<number, number>();
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setInterval(() => treePeakRss(child.pid!, peaks), 25);
    child.on('close', (code) => {
      clearInterval(timer);
      const peakRssBytes = [...peaks.values()].reduce((a, b) => a + b, 0);
      resolve({ ok: code === 0, wallMs: performance.now() - started, peakRssBytes, output });
    });
  });
}
