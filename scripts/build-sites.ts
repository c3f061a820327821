import { getPortal } from '@portals/content-models';
import { buildSite } from './lib/buildSite.ts';
import { deployFromEnv } from './lib/deployRelease.ts';
import { liveDirOverride, portalSiteUrl } from './lib/portalSiteUrl.ts';
import { portalsWithSite } from './lib/paths.ts';
import { waitForUrl } from './lib/waitForUrl.ts';

// `npm run build [-- --force] [portal…]`: rebuilds the portals from the running CMS at CMS_URL.
// Pages whose content and code are unchanged are copied from the previous build; `--force`
// renders every page.
const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000';
const force = process.argv.includes('--force');
const requested = process.argv.slice(2).filter((arg) => arg !== '--force');
const targets = requested.length > 0 ? requested.map(getPortal) : portalsWithSite();

try {
  await waitForUrl(`${cmsUrl}/api/articles?limit=1&depth=0`, 5_000);
} catch (error) {
  console.error(
    `The CMS is not answering at CMS_URL=${cmsUrl}: start it first (npm start), or set CMS_URL.\n${(error as Error).message}`,
  );
  process.exit(1);
}

for (const portal of targets) {
  try {
    await buildSite(portal, {
      cmsUrl,
      siteUrl: portalSiteUrl(portal),
      liveDir: liveDirOverride(portal),
      deploy: deployFromEnv(),
      force,
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
