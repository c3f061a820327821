import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `work` while holding `<dir>/.lock`: two builds of one portal would write the same
 * staging folder. A lock left by a process that died is taken over.
 */
export async function withBuildLock<T>(
  dir: string,
  label: string,
  work: () => Promise<T>,
): Promise<T> {
  const lock = path.join(dir, '.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(`${label} is already being built by process ${holder} (lock ${lock}).`);
    }
    writeFileSync(lock, String(process.pid));
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}
