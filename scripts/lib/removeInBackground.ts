import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

// A dot name: release listings (rollback, pruning) never count a folder waiting for deletion.
const asidePrefix = '.removing-';

/**
 * Deletes a folder without making the caller wait: it is renamed out of the way at once, then
 * removed while the caller goes on (deleting a site of thousands of pages takes seconds).
 * Leftovers of earlier removals in the same parent that were interrupted go too. Never rejects.
 */
export function removeInBackground(dir: string): Promise<void> {
  setAside(dir);
  return removeSetAside(path.dirname(dir));
}

/** Renames `dir` out of the way for `removeSetAside`; nothing happens when it is not there. */
export function setAside(dir: string): void {
  if (!existsSync(dir)) return;
  const name = `${asidePrefix}${path.basename(dir)}-${Date.now()}`;
  renameSync(dir, path.join(path.dirname(dir), name));
}

/** Deletes every folder of `parent` set aside, this run's and interrupted ones. Never rejects. */
export function removeSetAside(parent: string): Promise<void> {
  const aside = existsSync(parent)
    ? readdirSync(parent).filter((name) => name.startsWith(asidePrefix))
    : [];
  return Promise.all(
    aside.map((name) => rm(path.join(parent, name), { recursive: true, force: true })),
  ).then(
    () => undefined,
    () => undefined,
  );
}
