/**
 * Peak memory of a process and every process it starts (Pagefind runs its indexer as a separate
 * binary, which /usr/bin/time's figure for the parent misses), by polling /proc on Linux. Each
 * process's own high-water mark (VmHWM) is read, so a peak between two polls is not lost; only a
 * process that starts and ends between polls goes unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process seen in the tree: its name and the highest peak RSS read for it. */
export interface ProcessPeak {
  pid: number;
  name: string;
  peakBytes: number;
  /** CPU seconds (user + system) the process had used when last seen. */
  cpuSeconds: number;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Parent pid of every live process. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The command name may hold spaces and parentheses: fields resume after the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isNaN(ppid)) map.set(Number(entry), ppid);
  }
  return map;
}

/** A short readable name: the program and its first meaningful argument. */
function processName(pid: number): string {
  const args = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const program = (args[0] ?? '?').split('/').at(-1) ?? '?';
  const script = args.slice(1).find((arg) => !arg.startsWith('-'));
  return script ? `${program} ${script.split('/').slice(-2).join('/')}` : program;
}

/** Samples the tree under `rootPid` every `intervalMs` until stopped; `stop()` returns every process seen. */
export function sampleProcessTree(rootPid: number, intervalMs = 250): { stop: () => ProcessPeak[] } {
  const seen = new Map<number, ProcessPeak>();
  const poll = () => {
    const tree = parents();
    const inTree = new Set([rootPid]);
    // Parents always have lower pids until pid wrap-around; loop until no new members to be safe.
    for (let grown = true; grown;) {
      grown = false;
      for (const [pid, ppid] of tree) {
        if (!inTree.has(pid) && inTree.has(ppid)) {
          inTree.add(pid);
          grown = true;
        }
      }
    }
    for (const pid of inTree) {
      const status = read(`/proc/${pid}/status`);
      const kb = Number(/VmHWM:\s+(\d+)/u.exec(status ?? '')?.[1] ?? NaN);
      if (Number.isNaN(kb)) continue;
      const stat = read(`/proc/${pid}/stat`) ?? '';
      // utime and stime: fields 14 and 15, i.e. 12 and 13 after the ')' that ends the name.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS;
      const known = seen.get(pid);
      if (known) {
        known.peakBytes = Math.max(known.peakBytes, kb * 1024);
        known.cpuSeconds = Math.max(known.cpuSeconds, cpu);
      } else seen.set(pid, { pid, name: processName(pid), peakBytes: kb * 1024, cpuSeconds: cpu });
    }
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      poll();
      return [...seen.values()].sort((a, b) => b.peakBytes - a.peakBytes);
    },
  };
}
