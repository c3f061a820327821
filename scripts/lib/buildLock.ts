import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface BuildLockOptions {
  /** How long to wait for another build of the same portal to finish. @default 10 minutes */
  waitMs?: number;
  log?: (line: string) => void;
}

/**
 * Takes the lock file (it holds this process's pid), or returns the pid of the live process
 * holding it. A file left by a process that died is taken over.
 */
export function tryLock(lock: string): number | null {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return null;
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    // Our own pid counts too: two builds in one process (tests, `npm run build a b`) also wait.
    if (holder && isRunning(holder)) return holder;
    // Left by a process that died: take it over.
    writeFileSync(lock, String(process.pid));
    return null;
  }
}

/**
 * Runs `work` while holding `<dir>/.lock`: two builds of one portal would write the same
 * staging folder. A second build waits for the first (the CMS may queue a rebuild while
 * `npm start` or `npm run build` is building the same portal); a lock left by a process that
 * died is taken over.
 */
export async function withBuildLock<T>(
  dir: string,
  label: string,
  work: () => Promise<T>,
  { waitMs = 10 * 60_000, log = () => undefined }: BuildLockOptions = {},
): Promise<T> {
  const lock = path.join(dir, '.lock');
  const deadline = Date.now() + waitMs;
  let holder = tryLock(lock);
  if (holder !== null) log(`${label} is being built by process ${holder}; waiting for it.`);
  while (holder !== null) {
    if (Date.now() > deadline) {
      throw new Error(
        `${label} is still being built by process ${holder} after ${Math.round(waitMs / 1000)} s (lock ${lock}).`,
      );
    }
    await sleep(250);
    holder = tryLock(lock);
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}
