import { formatPublishEvent, getPortal } from '@portals/content-models';
import { buildSite } from './lib/buildSite.ts';
import { deployFromEnv } from './lib/deployRelease.ts';
import { liveDirOverride, portalSiteUrl } from './lib/portalSiteUrl.ts';

// `npm run portal:publish -- <portal>`: builds one portal from the CMS at CMS_URL, indexes it and
// deploys it. This is the command the CMS runs after a change (CMS_PUBLISH_COMMAND); besides
// its log it prints one `@publish {json}` line per phase and a last one with the result, which
// the CMS turns into the build record editors see.
const id = process.argv[2];
// Node's clock starts with the process: what the script took to load, before any build work.
console.log(formatPublishEvent({ phase: 'start', ms: Math.round(performance.now()) }));
try {
  if (!id) throw new Error('Usage: publish-portal <portal id>');
  const portal = getPortal(id);
  const release = await buildSite(portal, {
    cmsUrl: process.env.CMS_URL ?? 'http://localhost:3000',
    siteUrl: portalSiteUrl(portal),
    liveDir: liveDirOverride(portal),
    deploy: deployFromEnv(),
    onPhase: (phase, ms) => console.log(formatPublishEvent({ phase, ms })),
  });
  console.log(formatPublishEvent({ done: { release: release.name, pages: release.pages } }));
} catch (error) {
  console.error((error as Error).message);
  console.log(formatPublishEvent({ error: (error as Error).message }));
  process.exitCode = 1;
}
