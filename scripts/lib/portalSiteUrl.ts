import { siteUrlVariable, type Portal } from '@portals/content-models';

export { siteUrlVariable };

/**
 * The public address a portal is built for (canonical URLs, sitemap): its production domain
 * when `SITE_URL_<PORTAL>` says so, else the local server of `npm start`.
 */
export function portalSiteUrl(portal: Portal, env: NodeJS.ProcessEnv = process.env): string {
  return env[siteUrlVariable(portal)] || `http://localhost:${portal.localPort}`;
}

/** Where the live `dist` link of a portal lives: `SITE_LIVE_ROOT/<portal>/dist` when set. */
export function liveDirOverride(
  portal: Portal,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return env.SITE_LIVE_ROOT ? `${env.SITE_LIVE_ROOT}/${portal.id}/dist` : undefined;
}
