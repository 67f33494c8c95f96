/**
 * Measuring a child process from the outside through /proc (Linux): CPU time (user + system, all
 * threads) and resident memory, so the bench process's own work never counts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

let clockTicks: number | undefined;

/** `getconf CLK_TCK`: the unit of utime / stime in /proc/<pid>/stat (almost always 100). */
export function clockTicksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time the process has used so far, in ms (resolution: one clock tick). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14 and stime field 15.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicksPerSecond();
}

export interface Memory {
  /** Resident set size now, KiB. */
  rssKiB: number;
  /** Peak resident set size over the process's life (VmHWM), KiB. */
  hwmKiB: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

export interface RssSampler {
  /** Stops sampling; the highest VmRSS seen while it ran, KiB. */
  stop(): number;
}

/** Polls VmRSS every `intervalMs` (default 50 ms) and keeps the highest value seen. */
export function sampleRss(pid: number, intervalMs = 50): RssSampler {
  let peak = 0;
  const tick = () => {
    try {
      peak = Math.max(peak, memory(pid).rssKiB);
    } catch {
      // the process is gone: keep what was seen
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return peak;
    },
  };
}

export const mib = (kib: number) => kib / 1024;

/**
 * The process's peak RSS over a stretch of time, one figure: the kernel's VmHWM, reset at the start
 * by writing 5 to /proc/<pid>/clear_refs (Linux ≥ 4.0, own processes), so it covers exactly that
 * stretch. Where the reset is refused, the highest VmRSS sampled every 20 ms instead (which can miss
 * a short spike). `how` says which one it was.
 */
export interface PeakMeter {
  stop(): { peakKiB: number; how: 'VmHWM' | 'sampled VmRSS' };
}

export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export function measurePeak(pid: number): PeakMeter {
  const reset = resetPeak(pid);
  const sampler = sampleRss(pid, 20);
  return {
    stop() {
      const sampled = sampler.stop();
      if (!reset) return { peakKiB: sampled, how: 'sampled VmRSS' };
      try {
        return { peakKiB: Math.max(memory(pid).hwmKiB, sampled), how: 'VmHWM' };
      } catch {
        return { peakKiB: sampled, how: 'sampled VmRSS' };
      }
    },
  };
}
