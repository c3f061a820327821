import { formatPublishEvent, getPortal, type Portal } from '@portals/content-models';
import type { AstroBuild } from './astroBuild.ts';
import { buildSite } from './buildSite.ts';
import { deployFromEnv } from './deployRelease.ts';
import { liveDirOverride, portalSiteUrl } from './portalSiteUrl.ts';

/** Where a publication reads the CMS, which address it builds for and where it goes live. */
export function publicationTargets(portal: Portal): {
  cmsUrl: string;
  siteUrl: string;
  liveDir: string | undefined;
} {
  return {
    cmsUrl: process.env.CMS_URL ?? 'http://localhost:3000',
    siteUrl: portalSiteUrl(portal),
    liveDir: liveDirOverride(portal),
  };
}

/**
 * One publication as the CMS asks for it (`scripts/publish-portal.ts`): builds the portal from
 * the CMS at CMS_URL, indexes and deploys it, as the environment says. Prints its log, one
 * `@publish {json}` line per phase and a last one with the result, which the CMS turns into the
 * build record editors see. Resolves true when the portal is live.
 */
export async function publishPortal(
  id: string | undefined,
  astroBuild: AstroBuild,
  print: (line: string) => void = console.log,
): Promise<boolean> {
  try {
    if (!id) throw new Error('Usage: publish-portal <portal id>');
    const portal = getPortal(id);
    const release = await buildSite(portal, {
      ...publicationTargets(portal),
      deploy: deployFromEnv(),
      log: print,
      onPhase: (phase, ms) => print(formatPublishEvent({ phase, ms })),
      astroBuild,
    });
    print(formatPublishEvent({ done: { release: release.name, pages: release.pages } }));
    return true;
  } catch (error) {
    console.error((error as Error).message);
    print(formatPublishEvent({ error: (error as Error).message }));
    return false;
  }
}
