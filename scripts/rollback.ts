import path from 'node:path';
import { getPortal } from '@portals/content-models';
import { deployFromEnv } from './lib/deployRelease.ts';
import { siteDir } from './lib/paths.ts';
import { liveDirOverride } from './lib/portalSiteUrl.ts';
import { rollbackRelease } from './lib/rollbackRelease.ts';

// `npm run rollback -- <portal>`: puts the previous release of a portal back online.
const id = process.argv[2];
try {
  if (!id) throw new Error('Usage: npm run rollback -- <portal id>');
  const portal = getPortal(id);
  const liveDir = liveDirOverride(portal) ?? path.join(siteDir(portal), 'dist');
  const release = await rollbackRelease(portal, liveDir, deployFromEnv());
  console.log(`${portal.name.fr} is back on release ${release}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
