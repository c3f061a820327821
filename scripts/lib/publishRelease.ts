import { existsSync, lstatSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** How many releases stay on disk: the live one and the one before it, for rollback. */
export const keptReleases = 2;

/** The folder inside `.releases` a build writes before it becomes a release. */
export const stagingName = '.staging';

/**
 * Makes `release` (a folder inside `releasesDir`) the live site by pointing the `live`
 * symlink at it. The switch is one rename, so a reader never sees a half-copied site,
 * and a build that failed earlier never reached this point.
 */
export function publishRelease(live: string, release: string): void {
  const releasesDir = path.dirname(release);
  const stats = lstatSync(live, { throwIfNoEntry: false });
  if (stats && !stats.isSymbolicLink()) {
    // A plain folder left by a direct `astro build`: keep it as an older release.
    renameSync(live, path.join(releasesDir, `manual-${Date.now()}`));
  }
  const temporaryLink = `${live}.next-${process.pid}`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(path.relative(path.dirname(live), release), temporaryLink);
  renameSync(temporaryLink, live);
  pruneReleases(releasesDir, release);
}

function pruneReleases(releasesDir: string, current: string): void {
  const others = readdirSync(releasesDir)
    .map((name) => path.join(releasesDir, name))
    .filter((dir) => dir !== current && !path.basename(dir).startsWith('.') && existsSync(dir))
    .sort()
    .reverse();
  for (const old of others.slice(keptReleases - 1)) rmSync(old, { recursive: true, force: true });
}
