import { existsSync, lstatSync, readdirSync, realpathSync, renameSync } from 'node:fs';
import path from 'node:path';
import { removeSetAside, setAside } from './removeInBackground.ts';
import { switchLink } from './switchLink.ts';

/** How many releases stay on disk: the live one and the one before it, for rollback. */
export const keptReleases = 2;

/** The folder inside `.releases` a build writes before it becomes a release. */
export const stagingName = '.staging';

/**
 * Makes `release` (a folder inside `releasesDir`) the live site by pointing the `live`
 * symlink at it. The switch is one rename, so a reader never sees a half-copied site,
 * and a build that failed earlier never reached this point. The site is live on return; the
 * promise ends once the releases it replaces are deleted.
 */
export function publishRelease(live: string, release: string): Promise<void> {
  const releasesDir = path.dirname(release);
  const stats = lstatSync(live, { throwIfNoEntry: false });
  let previous: string | undefined;
  if (stats && !stats.isSymbolicLink()) {
    // A plain folder left by a direct `astro build`: keep it as an older release.
    previous = path.join(releasesDir, `manual-${Date.now()}`);
    renameSync(live, previous);
  } else if (stats) {
    previous = existsSync(live) ? realpathSync(live) : undefined;
  }
  switchLink(live, release);
  return pruneReleases(releasesDir, [release, previous]);
}

/**
 * Deletes old releases, keeping the live one and the one it replaced (what a rollback
 * returns to, even when that one is older than a release rolled back from), then the newest.
 * Each is set aside at once and deleted in the background (a 40,000-page release takes
 * seconds to delete): the returned promise ends when they are gone; an interrupted deletion
 * is finished by the next publication.
 */
function pruneReleases(releasesDir: string, keep: (string | undefined)[]): Promise<void> {
  const kept = new Set(keep.filter(Boolean).map((dir) => realpathSync(dir as string)));
  const others = readdirSync(releasesDir)
    .map((name) => path.join(releasesDir, name))
    .filter((dir) => !path.basename(dir).startsWith('.') && existsSync(dir))
    .filter((dir) => !kept.has(realpathSync(dir)))
    .sort()
    .reverse();
  for (const old of others.slice(Math.max(0, keptReleases - kept.size))) setAside(old);
  return removeSetAside(releasesDir);
}
