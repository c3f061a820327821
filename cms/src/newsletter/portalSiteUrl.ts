import { getPortal, siteUrlVariable, type PortalId } from '@portals/content-models';
import { z } from 'zod';

const url = z.url({ message: 'must be an absolute URL such as https://www.hospichild.be' });

/**
 * The public address of a portal, as its build uses it (`SITE_URL_<PORTAL>`, else the local
 * server of `npm start`): every link the CMS puts in a newsletter e-mail or a redirect after a
 * form starts here, never from anything in the request (no open redirect).
 */
export function portalSiteUrl(portalId: PortalId, env: NodeJS.ProcessEnv = process.env): URL {
  const variable = siteUrlVariable(portalId);
  const configured = env[variable];
  if (!configured) return new URL(`http://localhost:${getPortal(portalId).localPort}`);
  const parsed = url.safeParse(configured);
  if (!parsed.success) throw new Error(`${variable} ${parsed.error.issues[0]?.message ?? ''}`);
  return new URL(parsed.data);
}
