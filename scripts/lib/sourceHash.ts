import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const skipped = new Set(['node_modules', '.next', 'data', 'dist', '.astro']);

function collect(entry: string, files: string[]): void {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return;
  if (stats.isFile()) {
    files.push(entry);
    return;
  }
  for (const name of readdirSync(entry)) {
    if (!skipped.has(name)) collect(path.join(entry, name), files);
  }
}

/** A digest of the files and folders given: changes whenever any byte or file name does. */
export function sourceHash(entries: string[]): string {
  const files: string[] = [];
  for (const entry of entries) collect(entry, files);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
