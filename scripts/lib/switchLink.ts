import { renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Points the symlink `link` at `target` (written relative, so the folders can move together).
 * A new link is made beside it and renamed over it: one rename, so a reader following `link`
 * finds the old target or the new one, never nothing.
 */
export function switchLink(link: string, target: string): void {
  const next = `${link}.next-${process.pid}`;
  rmSync(next, { force: true });
  symlinkSync(path.relative(path.dirname(link), target), next);
  renameSync(next, link);
}
