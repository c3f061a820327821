import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { uploadFolders, type Log } from './layout.ts';

/** A restore step written aside, then swapped in by `commit` or thrown away by `abort`. */
export interface Staged {
  commit: () => void | Promise<void>;
  abort: () => void | Promise<void>;
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  ).length;
}

/** Copies every upload folder of `dataDir` into the backup folder; returns files per folder. */
export function backupUploads(dataDir: string, outDir: string, log: Log): Record<string, number> {
  const files: Record<string, number> = {};
  for (const folder of uploadFolders) {
    const source = path.join(dataDir, folder);
    const target = path.join(outDir, folder);
    mkdirSync(target, { recursive: true });
    if (existsSync(source)) cpSync(source, target, { recursive: true });
    files[folder] = countFiles(target);
    log(`  ${folder}: ${String(files[folder])} files`);
  }
  return files;
}

/**
 * Copies the backup's upload folders next to the live ones; `commit` swaps them in by
 * renaming (the old folders are deleted only once every new one is in place).
 */
export function stageUploads(backupDir: string, dataDir: string, log: Log): Staged {
  const suffix = `.restoring-${String(process.pid)}`;
  mkdirSync(dataDir, { recursive: true });
  const staged = uploadFolders.map((folder) => ({
    live: path.join(dataDir, folder),
    next: path.join(dataDir, folder + suffix),
    old: path.join(dataDir, `${folder}.old-${String(process.pid)}`),
  }));
  for (const [index, folder] of uploadFolders.entries()) {
    const { next } = staged[index]!;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    const source = path.join(backupDir, folder);
    if (existsSync(source)) cpSync(source, next, { recursive: true });
    log(`  ${folder}: ${String(countFiles(next))} files ready`);
  }
  return {
    commit: () => {
      for (const { live, next, old } of staged) {
        if (existsSync(live)) renameSync(live, old);
        renameSync(next, live);
      }
      for (const { old } of staged) rmSync(old, { recursive: true, force: true });
    },
    abort: () => {
      for (const { next } of staged) rmSync(next, { recursive: true, force: true });
    },
  };
}
