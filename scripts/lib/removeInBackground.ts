import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Deletes a folder without making the caller wait: it is renamed out of the way at once, then
 * removed while the caller goes on (deleting a site of thousands of pages takes a good part of
 * a second). Leftovers of an earlier removal that was interrupted go too. Never rejects.
 */
export function removeInBackground(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.removing-`;
  if (existsSync(dir)) renameSync(dir, path.join(parent, `${prefix}${Date.now()}`));
  const aside = existsSync(parent)
    ? readdirSync(parent).filter((name) => name.startsWith(prefix))
    : [];
  return Promise.all(
    aside.map((name) => rm(path.join(parent, name), { recursive: true, force: true })),
  ).then(
    () => undefined,
    () => undefined,
  );
}
