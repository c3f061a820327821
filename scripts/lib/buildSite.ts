import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Portal } from '@portals/content-models';
import { indexSite } from './indexSite.ts';
import { siteDir } from './paths.ts';
import { publishRelease } from './publishRelease.ts';
import { run } from './run.ts';
import { waitForUrl } from './waitForUrl.ts';

export interface BuildSiteOptions {
  cmsUrl: string;
  /** Public address the pages are built for (canonical URLs, sitemap). */
  siteUrl?: string;
  /** Where the live site is published. @default `sites/<portal>/dist` */
  liveDir?: string;
  log?: (line: string) => void;
}

/**
 * Builds one portal into a fresh release folder, indexes it, and only then makes it live
 * at `sites/<portal>/dist`. Any failure leaves the live site as it was.
 */
export async function buildSite(portal: Portal, options: BuildSiteOptions) {
  const { cmsUrl, siteUrl, log = console.log } = options;
  const dir = siteDir(portal);
  const liveDir = options.liveDir ?? path.join(dir, 'dist');
  const started = Date.now();
  // Releases sit beside the live link so that switching is a rename within one folder.
  const releasesDir = path.join(path.dirname(liveDir), '.releases');
  const release = path.join(releasesDir, new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(releasesDir, { recursive: true });
  log(`Building ${portal.name.fr} from ${cmsUrl}…`);
  try {
    await waitForUrl(`${cmsUrl}/api/articles?limit=1&depth=0`, 5_000).catch((error: unknown) => {
      throw new Error(`The CMS cannot be reached at CMS_URL=${cmsUrl}: ${(error as Error).message}`);
    });
    await run(`build ${portal.id}`, 'npx', ['astro', 'build', '--outDir', release], {
      cwd: dir,
      env: {
        ...process.env,
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl ?? `http://localhost:${portal.localPort}`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    if (!existsSync(path.join(release, 'index.html'))) {
      throw new Error(`The build of ${portal.id} produced no index.html in ${release}.`);
    }
    await indexSite(release, log);
  } catch (error) {
    rmSync(release, { recursive: true, force: true });
    throw new Error(`${portal.name.fr} was not published; the live site is unchanged. ${(error as Error).message}`, {
      cause: error,
    });
  }
  publishRelease(liveDir, release);
  log(`${portal.name.fr} is live (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
