import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { deployRelease, type Deploy } from './deployRelease.ts';
import { publishRelease } from './publishRelease.ts';
import { listReleases } from './releaseLayout.ts';

/**
 * Puts the release before the live one back online (deploying it first when production
 * deploys by command or webhook). Returns the name of the release now live.
 */
export async function rollbackRelease(
  portal: Portal,
  liveDir: string,
  deploy: Deploy = { kind: 'local' },
): Promise<string> {
  const releasesDir = path.join(path.dirname(liveDir), '.releases');
  let current: string;
  try {
    current = path.basename(realpathSync(liveDir));
  } catch {
    throw new Error(`${portal.name.fr} has no live release at ${liveDir}: nothing to roll back.`);
  }
  const releases = listReleases(releasesDir);
  const previous = releases.filter((name) => name < current).at(-1);
  if (!previous) {
    throw new Error(
      `${portal.name.fr} has no release older than the live one (${current}) in ${releasesDir}.`,
    );
  }
  const dir = path.join(releasesDir, previous);
  await deployRelease(deploy, { portal, name: previous, dir, pages: 0 });
  await publishRelease(liveDir, dir);
  return previous;
}
