import { portalList, siteUrlVariable, type PortalId } from '@portals/content-models';

/**
 * Each portal's public address from `SITE_URL_<PORTAL>` (the variable its build reads), else
 * the local server of `npm start`: where the form endpoints send readers back. A value that
 * is not a URL stops start-up, naming the variable.
 */
export function portalSiteUrls(source: NodeJS.ProcessEnv = process.env): Record<PortalId, string> {
  const entries = portalList.map((portal) => {
    const variable = siteUrlVariable(portal);
    const value = source[variable] || `http://localhost:${portal.localPort}`;
    if (!URL.canParse(value)) throw new Error(`${variable} is not a URL: "${value}"`);
    return [portal.id, new URL(value).origin];
  });
  return Object.fromEntries(entries) as Record<PortalId, string>;
}
