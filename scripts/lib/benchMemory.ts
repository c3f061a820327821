import { readdirSync, readFileSync } from 'node:fs';

export interface PeakMemory {
  /** Highest sum of the resident memory of the build's processes seen at one poll, in MiB. */
  treeMiB: number;
  /** The kernel's own high-water mark (VmHWM) of the largest of them (Astro's node), in MiB. */
  processMiB: number;
}

/** The processes a site build runs: `astro build` (and anything it forks) and Pagefind's binary. */
const buildCommand = /\bastro\b.*\bbuild\b|pagefind/;

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // The process ended between listing and reading.
  }
}

/** Each live process's parent, from /proc/<pid>/stat (the name may hold spaces and brackets). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  return children;
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(read(`/proc/${pid}/status`));
  return Number(match?.[1] ?? 0);
}

/**
 * Watches the memory of the build processes this process starts, until `stop()`.
 *
 * Method: every 200 ms the descendants of this process are listed from /proc; those whose
 * command line is `astro … build` or Pagefind, and their own descendants, are summed (VmRSS):
 * that is the tree's peak, to within a poll. A short spike between polls could be missed, so
 * the kernel's exact high-water mark of each such process (VmHWM, which never decreases) is
 * kept as well: the largest is the real peak of the astro process. `/usr/bin/time -f %M` would
 * give that number too, but only for a process we spawn ourselves, and buildSite spawns astro.
 * The CMS (`next start`) is a descendant too and is left out: it serves, it does not build.
 */
export function watchPeakMemory(): { stop: () => PeakMemory } {
  let treeKiB = 0;
  const highWater = new Map<number, number>();
  const poll = () => {
    const children = parents();
    let sum = 0;
    const visit = (pid: number, inBuild: boolean) => {
      const counted =
        inBuild || buildCommand.test(read(`/proc/${pid}/cmdline`).replace(/\0/g, ' '));
      if (counted) {
        sum += statusKiB(pid, 'VmRSS');
        highWater.set(pid, Math.max(highWater.get(pid) ?? 0, statusKiB(pid, 'VmHWM')));
      }
      for (const child of children.get(pid) ?? []) visit(child, counted);
    };
    for (const child of children.get(process.pid) ?? []) visit(child, false);
    treeKiB = Math.max(treeKiB, sum);
  };
  const timer = setInterval(poll, 200);
  poll();
  return {
    stop: () => {
      clearInterval(timer);
      return {
        treeMiB: treeKiB / 1024,
        processMiB: Math.max(0, ...highWater.values()) / 1024,
      };
    },
  };
}
